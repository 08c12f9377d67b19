// Runs one scenario file against a live server. A scenario is data:
//   {name, description, group, as?, steps: [step...]}
// A step:
//   as:       who sends it: a user of lib/server.mjs USERS ("admin", "viewer", ...; default the scenario's `as`,
//             else "caseworker"), whose bearer token is added as Authorization, or null for an anonymous request.
//             A request that sets its own Authorization or Cookie header is sent as written.
//   request:  {method, path, headers, body (JSON, sent as application/json), raw_body (text sent as is),
//              raw_body_base64 (bytes sent as is, e.g. a file upload; set its Content-Type in headers),
//              raw_body_repeat: N (the raw body, text or bytes, N times over: large bodies without large files)}
//             A raw body without a Content-Type header is sent as application/json.
//   expect:   {status, json_subset, body_contains: [text], body_base64 (the exact response bytes),
//              headers: {name: value | "$present" | "$absent" | {"$includes": [text...]}}}
//   save:     {var: "json.a.b[0].c" | "header.etag" | "status"}     -> ${var} in later steps
//   collect:  {var: path}          appends the value (or values, for "[*]") to the list variable `var`
//   repeat:   N                    runs the step N times with ${i} = 1..N
//   paginate: {max_pages: N}       follows next_cursor (adding/replacing ?cursor=), checking every page;
//                                  ${pages} is the number of pages seen
//   expect_vars: {var: {unique, includes_all: "${list}", min_length, equals}}  checked after the step
// Variables ${test_password} (every test user's password) and ${username_<name>} are predefined.
// ${var} is replaced in strings; a string that is exactly "${var}" becomes the variable's value (any type).
// json_subset matches objects by subset, arrays element-wise with equal length, and these operators:
//   {"$contains": x} {"$not_contains": x} {"$len": n} {"$min_len": n} {"$type": t} {"$absent": true}
//   {"$ne": x} {"$gte": n} {"$any": true}
import assert from 'node:assert/strict';

import { DEFAULT_USER, TEST_PASSWORD, USERS } from './server.mjs';

const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export function substitute(value, vars) {
  if (typeof value === 'string') {
    const whole = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(value);
    if (whole) {
      if (!(whole[1] in vars)) throw new Error(`unknown variable \${${whole[1]}}`);
      return vars[whole[1]];
    }
    return value.replace(VAR, (_, name) => {
      if (!(name in vars)) throw new Error(`unknown variable \${${name}}`);
      return String(vars[name]);
    });
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, vars));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, vars)]));
  }
  return value;
}

// "json.items[0].id", "json.items[*].id", "header.etag", "status"
export function extract(response, spec) {
  if (spec === 'status') return response.status;
  if (spec.startsWith('header.')) return response.headers.get(spec.slice('header.'.length));
  if (spec !== 'json' && !spec.startsWith('json.')) throw new Error(`bad path '${spec}' (json.…, header.…, status)`);
  const tokens = [];
  for (const part of spec.slice(5).split('.').filter(Boolean)) {
    const m = /^([^[\]]*)((?:\[(?:\d+|\*)\])*)$/.exec(part);
    if (!m) throw new Error(`bad path '${spec}'`);
    if (m[1]) tokens.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+|\*)\]/g)) tokens.push(idx[1] === '*' ? '*' : Number(idx[1]));
  }
  const walk = (node, i) => {
    if (i === tokens.length) return node;
    const t = tokens[i];
    if (t === '*') return Array.isArray(node) ? node.map((n) => walk(n, i + 1)) : undefined;
    return node == null ? undefined : walk(node[t], i + 1);
  };
  return walk(response.json, 0);
}

const typeOf = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function isOperator(e) {
  if (!e || typeof e !== 'object' || Array.isArray(e)) return false;
  const keys = Object.keys(e);
  return keys.length === 1 && keys[0].startsWith('$');
}

// Returns a list of mismatch descriptions.
export function match(actual, expected, at = '$') {
  if (isOperator(expected)) {
    const [op, arg] = Object.entries(expected)[0];
    const fails = (why) => [`${at}: ${why} (actual ${JSON.stringify(actual)?.slice(0, 400)})`];
    switch (op) {
      case '$any': return [];
      case '$absent': return actual === undefined ? [] : fails('expected to be absent');
      case '$type': return typeOf(actual) === arg ? [] : fails(`expected type ${arg}`);
      case '$len': return actual?.length === arg ? [] : fails(`expected length ${arg}`);
      case '$min_len': return (actual?.length ?? -1) >= arg ? [] : fails(`expected length >= ${arg}`);
      case '$gte': return typeof actual === 'number' && actual >= arg ? [] : fails(`expected >= ${arg}`);
      case '$ne': return match(actual, arg).length > 0 ? [] : fails(`expected not ${JSON.stringify(arg)}`);
      case '$contains':
        return Array.isArray(actual) && actual.some((a) => match(a, arg).length === 0)
          ? [] : fails(`expected an element matching ${JSON.stringify(arg)}`);
      case '$not_contains':
        return Array.isArray(actual) && !actual.some((a) => match(a, arg).length === 0)
          ? [] : fails(`expected no element matching ${JSON.stringify(arg)}`);
      default: return [`${at}: unknown operator ${op}`];
    }
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array, got ${typeOf(actual)}`];
    if (actual.length !== expected.length) return [`${at}: expected ${expected.length} items, got ${actual.length}`];
    return expected.flatMap((e, i) => match(actual[i], e, `${at}[${i}]`));
  }
  if (expected && typeof expected === 'object') {
    if (typeOf(actual) !== 'object') return [`${at}: expected an object, got ${typeOf(actual)}`];
    return Object.entries(expected).flatMap(([k, e]) => match(actual[k], e, `${at}.${k}`));
  }
  return Object.is(actual, expected) ? [] : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

export function checkScenarioShape(scenario, file) {
  for (const key of ['name', 'description', 'group']) {
    assert.equal(typeof scenario[key], 'string', `${file}: '${key}' must be a string`);
  }
  assert.ok(Array.isArray(scenario.steps) && scenario.steps.length > 0, `${file}: 'steps' must be a non-empty array`);
  scenario.steps.forEach((step, i) => {
    assert.ok(step.request?.method && step.request?.path, `${file}: step ${i + 1} needs request.method and request.path`);
    assert.equal(typeof step.expect?.status, 'number', `${file}: step ${i + 1} needs expect.status`);
  });
}

export async function send(baseUrl, request) {
  const headers = new Headers(request.headers ?? {});
  let body;
  if (request.raw_body !== undefined || request.raw_body_base64 !== undefined) {
    body = request.raw_body_base64 !== undefined ? Buffer.from(request.raw_body_base64, 'base64') : request.raw_body;
    if (request.raw_body_repeat !== undefined) {
      body = typeof body === 'string' ? body.repeat(request.raw_body_repeat) : Buffer.concat(Array(request.raw_body_repeat).fill(body));
    }
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  } else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  const res = await fetch(baseUrl + request.path, { method: request.method, headers, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);  // as res.text() would (a BOM dropped, bad UTF-8 replaced)
  let json;
  const type = res.headers.get('content-type') ?? '';
  if (/json/.test(type) && text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, headers: res.headers, body: text, bytes, json };
}

function describe(step, request, response) {
  return `${step.name ?? ''} ${request.method} ${request.path} -> ${response.status}\n${response.body.slice(0, 2000)}`;
}

// Adds the bearer token of the step's user unless the request carries its own credentials.
export function withCredentials(ctx, request, who) {
  const headers = new Headers(request.headers ?? {});
  if (who === null || headers.has('authorization') || headers.has('cookie')) return request;
  const token = ctx.tokens[who];
  if (!token) throw new Error(`unknown test user '${who}' (lib/server.mjs USERS)`);
  return { ...request, headers: { ...(request.headers ?? {}), Authorization: `Bearer ${token}` } };
}

// Checks `violations` of the contract for a request/response pair and records the operation as exercised.
export function checkContract(ctx, request, response, where, { exercise = true } = {}) {
  const pathname = new URL(request.path, ctx.baseUrl).pathname;
  const violations = ctx.contract.validateResponse({ method: request.method, pathname, ...response });
  assert.deepEqual(violations, [], `contract violation: ${where}`);
  const operation = ctx.contract.operationOf(request.method, pathname);
  if (operation && exercise) ctx.exercised.add(operation.key);
  return { operation, pathname };
}

async function runOnce(ctx, step, vars, pathOverride, defaultAs) {
  const who = 'as' in step ? step.as : defaultAs;
  const request = withCredentials(ctx, substitute(step.request, vars), who);
  if (pathOverride) request.path = pathOverride;
  const response = await send(ctx.baseUrl, request);
  const where = describe(step, request, response);
  const { operation, pathname } = checkContract(ctx, request, response, where);
  // What the server accepted must be what the contract allows clients to send.
  if (operation && response.status >= 200 && response.status < 300 && request.body !== undefined) {
    const contentType = new Headers(request.headers ?? {}).get('content-type') ?? 'application/json';
    const requestViolations = ctx.contract.validateRequest({ method: request.method, pathname, contentType, json: request.body });
    assert.deepEqual(requestViolations, [], `accepted request not allowed by the contract: ${where}`);
  }

  const expect = substitute(step.expect, vars);
  assert.equal(response.status, expect.status, `unexpected status: ${where}`);
  for (const [name, want] of Object.entries(expect.headers ?? {})) {
    const got = response.headers.get(name);
    if (want === '$present') assert.notEqual(got, null, `header ${name} missing: ${where}`);
    else if (want === '$absent') assert.equal(got, null, `header ${name} should be absent: ${where}`);
    else if (want && typeof want === 'object' && Array.isArray(want.$includes)) {
      assert.notEqual(got, null, `header ${name} missing: ${where}`);
      for (const text of want.$includes) assert.ok(got.includes(text), `header ${name} should include '${text}': ${where}`);
    }
    else assert.equal(got, want, `header ${name}: ${where}`);
  }
  if (expect.json_subset !== undefined) {
    assert.deepEqual(match(response.json, expect.json_subset), [], `body mismatch: ${where}`);
  }
  for (const text of expect.body_contains ?? []) {
    assert.ok(response.body.includes(text), `body should contain '${text}': ${where}`);
  }
  if (expect.body_base64 !== undefined) {
    assert.equal(response.bytes.toString('base64'), expect.body_base64, `body bytes differ: ${where}`);
  }
  for (const [name, spec] of Object.entries(step.save ?? {})) {
    const value = extract(response, spec);
    assert.notEqual(value, undefined, `save ${name}: '${spec}' not found: ${where}`);
    vars[name] = value;
  }
  for (const [name, spec] of Object.entries(step.collect ?? {})) {
    const value = extract(response, spec);
    vars[name] = [...(vars[name] ?? []), ...(Array.isArray(value) ? value : [value])];
  }
  return { request, response };
}

function checkVars(step, vars) {
  for (const [name, rules] of Object.entries(substitute(step.expect_vars ?? {}, vars))) {
    const value = vars[name];
    const label = `${step.name ?? ''}: variable ${name} = ${JSON.stringify(value)?.slice(0, 1000)}`;
    if (rules.unique) assert.equal(new Set(value).size, value.length, `duplicates in ${label}`);
    if (rules.min_length !== undefined) assert.ok(value.length >= rules.min_length, `too short: ${label}`);
    if (rules.min !== undefined) assert.ok(value >= rules.min, `too small: ${label}`);
    if (rules.equals !== undefined) assert.deepEqual(value, rules.equals, label);
    for (const item of rules.includes_all ?? []) assert.ok(value.includes(item), `missing ${item} in ${label}`);
  }
}

// Runs every step; resolves to the variables the steps saved.
export async function runScenario(ctx, scenario) {
  const vars = { test_password: TEST_PASSWORD };
  for (const name of Object.keys(USERS)) vars[`username_${name}`] = name;
  const defaultAs = 'as' in scenario ? scenario.as : DEFAULT_USER;
  for (const step of scenario.steps) {
    const times = step.repeat ?? 1;
    for (let i = 1; i <= times; i++) {
      vars.i = i;
      if (!step.paginate) {
        await runOnce(ctx, step, vars, undefined, defaultAs);
        continue;
      }
      const maxPages = step.paginate.max_pages ?? 50;
      let path;
      let pages = 0;
      for (;;) {
        const { request, response } = await runOnce(ctx, step, vars, path, defaultAs);
        pages += 1;
        const next = response.json?.next_cursor;
        if (next === null || next === undefined) break;
        assert.ok(pages < maxPages, `${step.name}: more than ${maxPages} pages`);
        const url = new URL(request.path, ctx.baseUrl);
        url.searchParams.set('cursor', next);
        path = url.pathname + url.search;
      }
      vars.pages = pages;
    }
    checkVars(step, vars);
  }
  return vars;
}
