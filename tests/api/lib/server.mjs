// Starts the real `sinergi` binary for the API tests: port 0, a throwaway SQLite database in a temp dir, the
// reference data shipped in reference/node_modules. Waits for the port file and a 200 from /readyz, and stops
// the server with SIGTERM (graceful shutdown) at the end.
//
// SINERGI_BIN: the binary to test (absolute, or relative to the repository root); default build/ci/sinergi.
import { spawn } from 'node:child_process';
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
  const args = [
    'serve',
    '--listen', '127.0.0.1:0',
    '--db', `sqlite:${path.join(dir, 't.db')}`,
    '--reference-dir', path.join(repoRoot, 'reference', 'node_modules'),
    '--port-file', portFile,
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

  return {
    baseUrl,
    log: () => log,
    sanitizerReports: () => sanitizerReports,
    // Stops the server; resolves to its exit {code, signal}.
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exitPromise;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
      return exited;
    },
  };
}
