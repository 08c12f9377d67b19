// Access-control checks generated from data rather than written per endpoint:
//   anonymousProbes: every operation of api/openapi.yaml that is not marked `security: []` must answer an
//     anonymous request with 401 auth.required — so an endpoint added without authentication fails the run;
//   matrixCases: tests/api/matrix.json, role x operation -> expected status, so a handler or policy change
//     that lets a role do more (or less) than the table says fails the run.
import assert from 'node:assert/strict';

import { checkContract, runScenario, send, substitute, withCredentials } from './scenario.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

// One anonymous request per protected operation: path parameters filled with a harmless id, a JSON body `{}`
// where the operation takes one (authentication comes before reading the body).
export function anonymousProbes(contract) {
  const probes = [];
  for (const [template, item] of Object.entries(contract.doc.paths)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const op = item[method];
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (isPublic) continue;
      const path = template.replace(/\{[^}]+\}/g, '01PROBE0000000000000000000');
      const request = { method: method.toUpperCase(), path };
      if (op.requestBody) request.body = {};
      probes.push({ key: `${method.toUpperCase()} ${template}`, request });
    }
  }
  return probes;
}

export async function checkAnonymous(ctx, probe) {
  const response = await send(ctx.baseUrl, probe.request);
  const where = `${probe.key} (anonymous) -> ${response.status}\n${response.body.slice(0, 500)}`;
  checkContract(ctx, probe.request, response, where, { exercise: false });
  assert.equal(response.status, 401, `an anonymous request must be refused: ${where}`);
  assert.equal(response.json?.code, 'auth.required', where);
  assert.ok(response.headers.get('www-authenticate')?.startsWith('Bearer'), `WWW-Authenticate: ${where}`);
}

// Runs the matrix's setup steps; resolves to the variables they saved.
export function matrixSetup(ctx, matrix) {
  return runScenario(ctx, { name: 'matrix setup', steps: matrix.setup });
}

// Sends the case as every role and returns the cells that differ from the table (all of them, not just the
// first, so one run shows the whole picture).
export async function checkMatrixCase(ctx, matrix, testCase, vars) {
  const mismatches = [];
  for (const role of matrix.roles) {
    const expected = testCase.expect[role];
    assert.equal(typeof expected, 'number', `matrix case ${testCase.request.path}: no expectation for ${role}`);
    const request = withCredentials(ctx, substitute(testCase.request, { ...vars, role, ROLE: role.toUpperCase() }), role);
    const response = await send(ctx.baseUrl, request);
    const where = `${role}: ${request.method} ${request.path} -> ${response.status} ${response.body.slice(0, 300)}`;
    checkContract(ctx, request, response, where, { exercise: false });
    if (response.status !== expected) mismatches.push(`${where} (expected ${expected})`);
    // A 403 is the policy's ('forbidden') unless the row names another refusal for the role (`codes`, e.g. the
    // wrong side of a referral: referral.not_receiver).
    else if (expected === 403) assert.equal(response.json?.code, testCase.codes?.[role] ?? 'forbidden', where);
  }
  return mismatches;
}
