// Shared by the browser end-to-end tests: bootstraps a fresh SQLite database through the CLI (migrate, one agency,
// users whose passwords go in on standard input), starts `sinergi serve` on port 0 serving web/dist, launches
// Debian's Chromium, and signs in through the sign-in page.
//
//   SINERGI_BIN overrides build/ci/sinergi; CHROMIUM_PATH overrides /usr/bin/chromium.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..', '..');
export const bin = process.env.SINERGI_BIN ?? join(repo, 'build', 'ci', 'sinergi');
export const webRoot = join(repo, 'web', 'dist');
export const referenceDir = join(repo, 'reference', 'node_modules');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The agency every bootstrapped user belongs to. */
export const AGENCY = { code: 'BP3MI-JATENG', name: 'BP3MI Jawa Tengah', type: 'BP3MI', region: '33' };

// Passwords of >= 12 characters that are in no blocklist and contain no username.
export const USERS = {
  petugas: { username: 'petugas', name: 'Petugas Jawa Tengah', role: 'CASE_WORKER', password: 'Kopi-Tubruk-Pagi-47' },
  admin: {
    username: 'admin', name: 'Administrator Sistem', role: 'SYSTEM_ADMIN', scope: 'NATIONAL',
    password: 'Gunung-Merbabu-Sore-93',
  },
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs the CLI to completion; `stdin` (e.g. a password line) is written to its standard input. */
export function runCli(args, stdin = '') {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise(out) : reject(new Error(`sinergi ${args.slice(0, 2).join(' ')} exited ${code}:\n${out}`)),
    );
    // A command that reads no input (e.g. `key generate`) may exit before the write: ignore EPIPE on its stdin.
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
  });
}

function readPort(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8').trim();
  const port = Number(text.slice(text.lastIndexOf(':') + 1));
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

/**
 * A fresh database bootstrapped by the CLI, then `serve`. `users` lists the accounts to create (default: petugas
 * and admin); `agencies` lists further agencies ({ code, name, type, region }) besides AGENCY, which a user names
 * by code in `agency`. Returns { base, stop(), log(), moveClock(days) }: moveClock shifts the server's clock
 * (testing.clock_offset_file) to `days` days after the real time; sessions may expire, so sign in again after it.
 */
export async function startServer({ users = Object.values(USERS), agencies = [] } = {}) {
  assert.ok(existsSync(bin), `server binary not found at ${bin} (build it or set SINERGI_BIN)`);
  assert.ok(existsSync(join(webRoot, 'index.html')), `${webRoot} is missing: run "npm run build" in web/`);
  const tmp = mkdtempSync(join(tmpdir(), 'sinergi-e2e-'));
  const db = ['--db', `sqlite:${join(tmp, 'e2e.db')}`];
  const ref = ['--reference-dir', referenceDir];
  // Field-level encryption at rest: a fresh data key per server, in an owner-only file made by the CLI.
  const keyFile = join(tmp, 'sinergi.keys');
  await runCli(['key', 'generate', '--out', keyFile]);
  await runCli(['migrate', ...db, ...ref]);
  for (const a of [AGENCY, ...agencies]) {
    await runCli(['agency', 'add', ...db, ...ref, '--code', a.code, '--name', a.name, '--type', a.type,
      '--region', a.region]);
  }
  for (const u of users) {
    const args = ['user', 'add', ...db, ...ref, '--username', u.username, '--agency', u.agency ?? AGENCY.code,
      '--role', u.role];
    if (u.name) args.push('--name', u.name);
    if (u.scope) args.push('--scope', u.scope);
    await runCli(args, `${u.password}\n`);
  }

  const portFile = join(tmp, 'port');
  const clockFile = join(tmp, 'clock-offset');
  let log = '';
  const server = spawn(
    bin,
    ['serve', '--listen', '127.0.0.1:0', ...db, ...ref, '--data-key-file', keyFile, '--web-root', webRoot,
      '--port-file', portFile],
    // Attachments go to the throwaway directory, not data/attachments under the working directory.
    // The clock reads its shift from clockFile on every call (missing file: no shift), so a test can move time.
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        SINERGI_ATTACHMENTS_DIR: join(tmp, 'attachments'),
        SINERGI_TESTING_CLOCK_OFFSET_FILE: clockFile,
      },
    },
  );
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));

  const waitFor = async (what, fn, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await fn().catch(() => undefined);
      if (value) return value;
      if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}) while waiting for ${what}:\n${log}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${log}`);
      await sleep(100);
    }
  };
  try {
    const port = await waitFor('port file', async () => readPort(portFile));
    const base = `http://127.0.0.1:${port}`;
    await waitFor('/readyz 200', async () => (await fetch(`${base}/readyz`)).status === 200);
    return {
      base,
      log: () => log,
      waitFor,
      moveClock(days) {
        writeFileSync(clockFile, `${Math.round(days * 24 * 3600)}\n`);
      },
      async stop() {
        if (server.exitCode === null) {
          const exited = new Promise((r) => server.once('exit', r));
          server.kill('SIGTERM');
          await Promise.race([exited, sleep(10_000).then(() => server.kill('SIGKILL'))]);
        }
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (e) {
    server.kill('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Never downloads a browser: Debian's Chromium. launch() gives it a fresh temporary user data dir of its own
 * (Playwright refuses an explicit --user-data-dir here) and deletes it on close.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A new page in a fresh context (no cookies) that records uncaught errors and 5xx answers in `errors`. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', (r) => r.status() >= 500 && errors.push(`${r.status()} ${r.url()}`));
  return { context, page, errors };
}

/** Fills and submits the sign-in form (the page must show it). */
export async function submitSignIn(page, username, password) {
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

/** Signs in through /masuk and waits for the application shell. */
export async function signIn(page, base, user) {
  await page.goto(`${base}/masuk`);
  await submitSignIn(page, user.username, user.password);
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Asserts that the element's text contains `expected`, waiting up to `timeoutMs` for it: labels from code lists
 * and names from lookups render after their fetch, so the first text seen may still show a code (as Playwright's
 * toContainText retries). Fails with the last text seen.
 */
export async function assertText(locator, expected, { ignoreCase = false, timeoutMs = 10_000 } = {}) {
  await locator.waitFor();
  const norm = (s) => (ignoreCase ? s.toLowerCase() : s);
  const deadline = Date.now() + timeoutMs;
  let text = await locator.innerText();
  while (!norm(text).includes(norm(expected)) && Date.now() < deadline) {
    await sleep(100);
    text = await locator.innerText();
  }
  assert.ok(norm(text).includes(norm(expected)), `expected "${expected}" in "${text}"`);
}
