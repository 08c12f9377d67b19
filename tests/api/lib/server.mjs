// Starts the real `sinergi` binary for the API tests: port 0, a throwaway SQLite database in a temp dir, the
// reference data shipped in reference/node_modules. Before `serve` it bootstraps the database the way an
// operator would, with the CLI: `sinergi migrate`, `sinergi agency add`, and `sinergi user add` (password on
// standard input) for one user per role (USERS below). Waits for the port file and a 200 from /readyz, signs
// every user in (their bearer tokens are in `tokens`), and stops the server with SIGTERM (graceful shutdown) at
// the end, after which `verifyAudit()` runs `sinergi audit verify` on the database.
//
// SINERGI_BIN: the binary to test (absolute, or relative to the repository root); default build/ci/sinergi.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const LOG_TAIL_BYTES = 16_384;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The test agency and one user per role; scenarios act as one of them with `"as": "<name>"` (default
// caseworker). A second agency in another province holds `caseworker2`, a user outside the first agency's scope
// (record-level access scenarios). All share one password that passes the server's strength rule.
export const TEST_PASSWORD = 'Uji-Skenario-API-2026!';
export const TEST_AGENCY = { code: 'UJI-API', name: 'Instansi Uji API', type: 'BP3MI', region: '33' };
export const OTHER_AGENCY = { code: 'UJI-API-BALI', name: 'Instansi Uji API Bali', type: 'BP3MI', region: '51' };
export const USERS = {
  admin: { role: 'SYSTEM_ADMIN', scope: 'NATIONAL' },
  supervisor: { role: 'SUPERVISOR', scope: 'AGENCY' },
  caseworker: { role: 'CASE_WORKER', scope: 'AGENCY' },
  police: { role: 'POLICE_INVESTIGATOR', scope: 'REGION' },
  analyst: { role: 'DATA_ANALYST', scope: 'NATIONAL' },
  viewer: { role: 'VIEWER', scope: 'AGENCY' },
  caseworker2: { role: 'CASE_WORKER', scope: 'AGENCY', agency: OTHER_AGENCY.code },
};
export const DEFAULT_USER = 'caseworker';

// Runs `sinergi <args>` to completion; rejects with its output when it exits non-zero.
function runCli(bin, args, stdin) {
  return new Promise((resolve, reject) => {
    const child = execFile(bin, args, { timeout: START_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error) reject(new Error(`sinergi ${args.slice(0, 2).join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
      else resolve({ stdout, stderr });
    });
    // A command that reads no input (e.g. `key generate`) may exit before the write: ignore EPIPE on its stdin.
    child.stdin.on('error', () => {});
    child.stdin.end(stdin ?? '');
  });
}

async function bootstrap(bin, common) {
  await runCli(bin, ['migrate', ...common]);
  for (const a of [TEST_AGENCY, OTHER_AGENCY]) {
    await runCli(bin, ['agency', 'add', ...common, '--code', a.code, '--name', a.name, '--type', a.type, '--region', a.region]);
  }
  for (const [username, { role, scope, agency }] of Object.entries(USERS)) {
    await runCli(
      bin,
      ['user', 'add', ...common, '--username', username, '--agency', agency ?? TEST_AGENCY.code, '--role', role,
        '--scope', scope, '--name', `Uji ${username}`],
      `${TEST_PASSWORD}\n`,
    );
  }
}

async function signIn(baseUrl, username) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(body)}`);
  return body.token;
}

export function binaryPath() {
  return path.resolve(repoRoot, process.env.SINERGI_BIN ?? 'build/ci/sinergi');
}

export async function startServer() {
  const bin = binaryPath();
  if (!existsSync(bin)) {
    throw new Error(`sinergi binary not found at ${bin}; build it (make build) or set SINERGI_BIN`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sinergi-api-'));
  const portFile = path.join(dir, 'port');
  // Field-level encryption at rest: a fresh data key per server, in an owner-only file made by the CLI.
  const keyFile = path.join(dir, 'sinergi.keys');
  const common = [
    '--db', `sqlite:${path.join(dir, 't.db')}`,
    '--reference-dir', path.join(repoRoot, 'reference', 'node_modules'),
    '--data-key-file', keyFile,
  ];
  try {
    await runCli(bin, ['key', 'generate', '--out', keyFile]);
    await bootstrap(bin, common);
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  const args = ['serve', '--listen', '127.0.0.1:0', ...common, '--port-file', portFile];
  // Attachment contents go to the throwaway directory too; a small upload limit lets scenarios test it cheaply.
  const env = { ...process.env, SINERGI_ATTACHMENTS_DIR: path.join(dir, 'attachments'), SINERGI_ATTACHMENTS_MAX_BYTES: '65536' };
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let log = '';
  let sanitizerReports = '';
  const keep = (chunk) => {
    const text = chunk.toString();
    log = (log + text).slice(-LOG_TAIL_BYTES);
    // Sanitizer findings (UBSan goes on after reporting) must fail the run even when every response was right.
    if (/runtime error:|Sanitizer/.test(text)) sanitizerReports = (sanitizerReports + text).slice(0, LOG_TAIL_BYTES);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  const fail = async (why) => {
    if (!exited) child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`${why}\n--- server output (tail) ---\n${log}`);
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  let baseUrl = null;
  while (Date.now() < deadline) {
    if (exited) return fail(`sinergi exited early (${JSON.stringify(exited)})`);
    if (!baseUrl && existsSync(portFile)) {
      const text = (await readFile(portFile, 'utf8')).trim();
      if (/^\d+$/.test(text)) baseUrl = `http://127.0.0.1:${text}`;
    }
    if (baseUrl) {
      try {
        const res = await fetch(`${baseUrl}/readyz`);
        await res.arrayBuffer();
        if (res.status === 200) break;
      } catch {
        // not accepting yet
      }
    }
    await sleep(100);
  }
  if (Date.now() >= deadline) return fail(`sinergi did not become ready within ${START_TIMEOUT_MS} ms`);

  const tokens = {};
  try {
    for (const username of Object.keys(USERS)) tokens[username] = await signIn(baseUrl, username);
  } catch (e) {
    return fail(e.message);
  }

  return {
    baseUrl,
    tokens,
    log: () => log,
    sanitizerReports: () => sanitizerReports,
    // Stops the server; resolves to its exit {code, signal}. The database stays until remove().
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exitPromise;
        clearTimeout(timer);
      }
      return exited;
    },
    // `sinergi audit verify` on the test database (after stop()): resolves to {code, output}.
    async verifyAudit() {
      try {
        const { stdout, stderr } = await runCli(bin, ['audit', 'verify', ...common]);
        return { code: 0, output: stdout + stderr };
      } catch (e) {
        return { code: 1, output: e.message };
      }
    },
    async remove() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}
