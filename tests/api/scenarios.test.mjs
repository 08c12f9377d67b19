// The API scenarios (tests/api/scenarios/*.json) against one real server with a fresh database. Scenarios run
// in file-name order and share the database, so each one uses its own NIKs/names and asserts on what it made.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

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

const ctx = { baseUrl: null, contract: loadContract(), exercised: new Set() };
let server;

before(async () => {
  server = await startServer();
  ctx.baseUrl = server.baseUrl;
});

// A graceful stop must end with exit code 0, and a sanitizer build must have reported nothing.
after(async () => {
  if (!server) return;
  const exit = await server.stop();
  assert.equal(server.sanitizerReports(), '', 'the server reported sanitizer findings');
  assert.deepEqual(exit, { code: 0, signal: null }, `sinergi did not stop cleanly:\n${server.log()}`);
});

test('the contract compiles: every request and response schema resolves', () => {
  assert.deepEqual(ctx.contract.selfCheck(), []);
});

for (const { file, scenario } of scenarios) {
  test(`[${scenario.group}] ${scenario.name} (${file})`, async () => {
    await runScenario(ctx, scenario);
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
