// Checks real responses against api/openapi.yaml: the path template, method and status must be documented
// (or the operation's `default`), the media type must be one the response declares, the body must validate
// against its schema (JSON Schema 2020-12, as OpenAPI 3.1 uses), and documented headers that are present
// must match their schemas. Responses for paths the API does not have must be problem documents.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

import { repoRoot } from './server.mjs';

const DOC_ID = 'sinergi-openapi';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

const escapeToken = (t) => encodeURIComponent(String(t).replaceAll('~', '~0').replaceAll('/', '~1'));
const pointer = (...tokens) => `${DOC_ID}#/${tokens.map(escapeToken).join('/')}`;
const mediaType = (contentType) => (contentType ?? '').split(';')[0].trim().toLowerCase();

function resolveRef(doc, node) {
  // Follows a local $ref ("#/components/responses/Problem"); returns [node, tokens of where it lives].
  if (!node || typeof node.$ref !== 'string') return [node, null];
  const tokens = node.$ref.replace(/^#\//, '').split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  let target = doc;
  for (const t of tokens) target = target?.[t];
  if (target === undefined) throw new Error(`unresolvable $ref ${node.$ref}`);
  return [target, tokens];
}

export function loadContract(file = path.join(repoRoot, 'api', 'openapi.yaml')) {
  const doc = YAML.parse(readFileSync(file, 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema(doc, DOC_ID);

  // Literal segments win over parameters ("/persons/search" before "/persons/{id}").
  const routes = Object.keys(doc.paths)
    .map((template) => {
      const segments = template.split('/');
      const source = segments
        .map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      return { template, regex: new RegExp(`^${source}$`), params: segments.filter((s) => s.startsWith('{')).length };
    })
    .sort((a, b) => a.params - b.params);

  const validators = new Map();
  const validatorFor = (ref) => {
    if (!validators.has(ref)) validators.set(ref, ajv.compile({ $ref: ref }));
    return validators.get(ref);
  };
  const problemRef = pointer('components', 'schemas', 'Problem');

  function check(ref, value, what) {
    const validate = validatorFor(ref);
    if (validate(value)) return [];
    return [`${what} does not match the contract: ${ajv.errorsText(validate.errors, { separator: '; ' })}`];
  }

  // "POST /api/v1/persons/{id}/journeys" for a concrete request, or null when the contract has no such operation.
  function operationOf(method, pathname) {
    const route = routes.find((r) => r.regex.test(pathname));
    const lower = method.toLowerCase();
    if (!route || !doc.paths[route.template][lower]) return null;
    return { key: `${method.toUpperCase()} ${route.template}`, template: route.template, method: lower };
  }

  // Every operation of the contract, as "METHOD /template".
  function operations() {
    return Object.entries(doc.paths).flatMap(([template, item]) =>
      METHODS.filter((m) => item[m]).map((m) => `${m.toUpperCase()} ${template}`));
  }

  // Compiles every request and response schema (finds dangling $refs and invalid schemas); returns violations.
  function selfCheck() {
    const errors = [];
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const m of METHODS.filter((x) => item[x])) {
        const op = item[m];
        const bodies = Object.keys(op.requestBody?.content ?? {}).map((t) => ['paths', template, m, 'requestBody', 'content', t, 'schema']);
        const responses = Object.entries(op.responses ?? {}).flatMap(([status, r]) => {
          const [resolved, at] = resolveRef(doc, r);
          const base = at ?? ['paths', template, m, 'responses', status];
          return Object.keys(resolved.content ?? {}).map((t) => [...base, 'content', t, 'schema']);
        });
        for (const tokens of [...bodies, ...responses]) {
          try {
            validatorFor(pointer(...tokens));
          } catch (e) {
            errors.push(`${m.toUpperCase()} ${template} ${tokens.join('/')}: ${e.message}`);
          }
        }
      }
    }
    return errors;
  }

  // A request body the server accepted must be allowed by the operation's request schema.
  function validateRequest({ method, pathname, contentType, json }) {
    const op = operationOf(method, pathname);
    if (!op) return [`${method} ${pathname}: operation not in the contract`];
    const requestBody = doc.paths[op.template][op.method].requestBody;
    if (!requestBody) return json === undefined ? [] : [`${op.key}: the contract documents no request body`];
    const type = mediaType(contentType);
    if (!(type in requestBody.content)) return [`${op.key}: request content type '${type}' not documented`];
    return check(pointer('paths', op.template, op.method, 'requestBody', 'content', type, 'schema'), json, `${op.key} request body`);
  }

  // Returns a list of human-readable violations (empty when the response is as documented).
  function validateResponse({ method, pathname, status, headers, body, json }) {
    const route = routes.find((r) => r.regex.test(pathname));
    const type = mediaType(headers.get('content-type'));
    if (!route) {
      if (status !== 404 && status !== 405) return [`${method} ${pathname}: path not in the contract (status ${status})`];
      if (type !== 'application/problem+json') return [`${pathname}: ${status} must be application/problem+json`];
      return check(problemRef, json, `${status} problem`);
    }
    const lower = method.toLowerCase();
    if (!METHODS.includes(lower) || !doc.paths[route.template][lower]) {
      if (status === 405 && type === 'application/problem+json') return check(problemRef, json, '405 problem');
      return [`${method} ${route.template}: operation not in the contract (status ${status})`];
    }
    const responses = doc.paths[route.template][lower].responses;
    const key = String(status) in responses ? String(status) : 'default';
    if (!(key in responses)) return [`${method} ${route.template}: status ${status} is not documented`];
    let [response, location] = resolveRef(doc, responses[key]);
    location ??= ['paths', route.template, lower, 'responses', key];

    const errors = [];
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = headers.get(name);
      const [h, hLocation] = resolveRef(doc, header);
      if (value === null || !h.schema) continue;
      const at = hLocation ?? [...location, 'headers', name];
      errors.push(...check(pointer(...at, 'schema'), value, `header ${name}`));
    }
    if (!response.content) {
      if (body.length !== 0) errors.push(`${method} ${route.template} ${status}: expected no body`);
      return errors;
    }
    if (!(type in response.content)) {
      return [...errors, `${method} ${route.template} ${status}: content type '${type}' not documented`];
    }
    const what = `${method} ${route.template} ${status} body`;
    if (type.endsWith('json')) {
      if (json === undefined) return [...errors, `${what} is not JSON`];
      errors.push(...check(pointer(...location, 'content', type, 'schema'), json, what));
    } else {
      errors.push(...check(pointer(...location, 'content', type, 'schema'), body, what));
    }
    return errors;
  }

  return { doc, operationOf, operations, selfCheck, validateRequest, validateResponse };
}
