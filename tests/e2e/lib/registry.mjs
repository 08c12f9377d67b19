// Fixtures for the access and data-protection browser tests: API calls made from inside a signed-in page (its
// session cookie and CSRF token), so records are created by that user exactly as the web UI would create them.
import assert from 'node:assert/strict';
import { assertText } from './server.mjs';

/** `fetch('/api/v1' + path)` in the page; returns { status, json }. */
export function apiCall(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const raw = document.cookie.split('; ').find((c) => c.startsWith('sinergi_csrf='));
      const headers = { Accept: 'application/json' };
      if (raw) headers['X-CSRF-Token'] = decodeURIComponent(raw.slice('sinergi_csrf='.length));
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/** POST /persons as the page's user; returns the created person. */
export async function createPerson(page, body) {
  const res = await apiCall(page, 'POST', '/persons', body);
  assert.equal(res.status, 201, `create person: ${JSON.stringify(res.json)}`);
  return res.json;
}

/** GET /me of the page's user. */
export async function whoAmI(page) {
  const res = await apiCall(page, 'GET', '/me');
  assert.equal(res.status, 200);
  return res.json;
}

/** The visible text of the whole page. */
export const pageText = (page) => page.locator('body').innerText();

/** Like assertText, ignoring case (badges are shown in capitals). */
export async function assertTextIgnoreCase(locator, expected) {
  await assertText(locator, expected, { ignoreCase: true });
}
