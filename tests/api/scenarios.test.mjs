// The API scenarios (tests/api/scenarios/*.json) against one real server with a fresh database. Scenarios run
// in file-name order and share the database, so each one uses its own NIKs/names and asserts on what it made.
// Then the generated access checks (lib/access.mjs): every protected operation refuses anonymous requests, and
// the role x operation table in matrix.json holds. After the server stops, its audit chain must verify.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { anonymousProbes, checkAnonymous, checkMatrixCase, matrixSetup } from './lib/access.mjs';
import { loadContract } from './lib/openapi.mjs';
import { checkScenarioShape, runScenario } from './lib/scenario.mjs';
import { startServer } from './lib/server.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scenarios');
// SINERGI_SCENARIO=06_pagination runs only the scenario files whose names contain it.
const only = process.env.SINERGI_SCENARIO;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && (!only || f.includes(only)))
  .sort();
const scenarios = files.map((file) => {
  const scenario = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  checkScenarioShape(scenario, file);
  return { file, scenario };
});

const matrix = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'matrix.json'), 'utf8'));
const ctx = { baseUrl: null, tokens: {}, contract: loadContract(), exercised: new Set() };
let server;

before(async () => {
  server = await startServer();
  ctx.baseUrl = server.baseUrl;
  ctx.tokens = server.tokens;
});

// A graceful stop must end with exit code 0, a sanitizer build must have reported nothing, and the audit
// trail the whole run wrote must verify (`sinergi audit verify` exits 0).
after(async () => {
  if (!server) return;
  try {
    const exit = await server.stop();
    assert.equal(server.sanitizerReports(), '', 'the server reported sanitizer findings');
    assert.deepEqual(exit, { code: 0, signal: null }, `sinergi did not stop cleanly:\n${server.log()}`);
    const audit = await server.verifyAudit();
    assert.equal(audit.code, 0, `sinergi audit verify failed on the test database:\n${audit.output}`);
  } finally {
    await server.remove();
  }
});

test('the contract compiles: every request and response schema resolves', () => {
  assert.deepEqual(ctx.contract.selfCheck(), []);
});

for (const { file, scenario } of scenarios) {
  test(`[${scenario.group}] ${scenario.name} (${file})`, async () => {
    await runScenario(ctx, scenario);
  });
}

// Default deny, checked from the contract: an operation that is not explicitly public must refuse strangers.
for (const probe of anonymousProbes(ctx.contract)) {
  test(`[access] anonymous ${probe.key} is 401`, async (t) => {
    if (process.env.SINERGI_SCENARIO) {
      t.skip('only some scenarios ran');
      return;
    }
    await checkAnonymous(ctx, probe);
  });
}

// The authorization matrix: every role against the operations of matrix.json.
let matrixVars = null;
for (const testCase of matrix.cases) {
  test(`[access] matrix ${testCase.request.method} ${testCase.request.path}`, async (t) => {
    if (process.env.SINERGI_SCENARIO) {
      t.skip('only some scenarios ran');
      return;
    }
    matrixVars ??= await matrixSetup(ctx, matrix);
    assert.deepEqual(await checkMatrixCase(ctx, matrix, testCase, matrixVars), []);
  });
}

// Runs last (tests run in order): an operation no scenario calls is an untested promise of the contract.
test('every operation in the contract is exercised by a scenario', (t) => {
  if (process.env.SINERGI_SCENARIO) {
    t.skip('only some scenarios ran');
    return;
  }
  const missing = ctx.contract.operations().filter((op) => !ctx.exercised.has(op));
  assert.deepEqual(missing, []);
});
