// End-to-end: the real sinergi binary (fresh SQLite database, port 0) serving web/dist, driven with Debian's
// Chromium through playwright-core. Walks a person profile through the three UU 18/2017 protection phases.
//
//   cmake --build --preset ci && (cd web && npm ci && npm run build)
//   cd tests/e2e && npm ci && npm test            # SINERGI_BIN overrides build/ci/sinergi
//                                                  # CHROMIUM_PATH overrides /usr/bin/chromium
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const bin = process.env.SINERGI_BIN ?? join(repo, 'build', 'ci', 'sinergi');
const webRoot = join(repo, 'web', 'dist');
const screenshot = join(repo, 'docs', 'screenshots', 'person-profile.png');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// A woman born 12 May 1990, first registered in Kec. Tembalang, Kota Semarang (33.74.10): day 12 + 40 = 52.
const MAIN = { name: 'Siti Nurhaliza Rahmawati', nik: '3374105205900001', sex: 'PEREMPUAN', birth: '1990-05-12' };
// The NIK says female (day 41) but the stated sex is male: saved with warning nik.sex_mismatch.
const OTHER = { name: 'Budi Santoso', nik: '3374104101850002', sex: 'LAKI_LAKI', birth: '1985-01-01' };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let tmp;
let server;
let serverLog = '';
let base;
let browser;

async function waitFor(what, fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn().catch(() => undefined);
    if (value) return value;
    if (server?.exitCode !== null && server?.exitCode !== undefined) {
      throw new Error(`server exited (${server.exitCode}) while waiting for ${what}:\n${serverLog}`);
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${serverLog}`);
    await sleep(100);
  }
}

function readPort(file) {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8').trim();
  const port = Number(text.slice(text.lastIndexOf(':') + 1));
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

before(async () => {
  assert.ok(existsSync(bin), `server binary not found at ${bin} (build it or set SINERGI_BIN)`);
  assert.ok(existsSync(join(webRoot, 'index.html')), `${webRoot} is missing: run "npm run build" in web/`);
  tmp = mkdtempSync(join(tmpdir(), 'sinergi-e2e-'));
  const portFile = join(tmp, 'port');
  server = spawn(
    bin,
    [
      'serve',
      '--listen', '127.0.0.1:0',
      '--db', `sqlite:${join(tmp, 'e2e.db')}`,
      '--reference-dir', join(repo, 'reference', 'node_modules'),
      '--web-root', webRoot,
      '--port-file', portFile,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server.stdout.on('data', (d) => (serverLog += d));
  server.stderr.on('data', (d) => (serverLog += d));
  const port = await waitFor('port file', async () => readPort(portFile));
  base = `http://127.0.0.1:${port}`;
  await waitFor('/readyz 200', async () => (await fetch(`${base}/readyz`)).status === 200);

  // Never downloads a browser: Debian's Chromium. launch() gives it a fresh temporary user data dir of its own
  // (Playwright refuses an explicit --user-data-dir here) and deletes it on close.
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close().catch(() => {});
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000).then(() => server.kill('SIGKILL'))]);
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Creates a person through the form and returns the profile URL. */
async function createPerson(page, p, { region } = {}) {
  await page.goto(`${base}/persons`);
  await page.getByTestId('person-new').click();
  await page.getByTestId('person-full_name').fill(p.name);
  await page.getByTestId('person-nik').fill(p.nik);
  await page.getByTestId('nik-info').waitFor(); // the NIK is decoded while typing
  await page.getByTestId('person-sex-select').selectOption(p.sex);
  await page.getByTestId('person-birth_date').fill(p.birth);
  if (region) {
    for (const [level, name] of region.entries()) {
      const input = page.getByTestId(`person-region-level-${level + 1}`);
      await input.click();
      await input.fill(name);
      await page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).first().click();
    }
  }
  await page.getByTestId('person-submit').click();
  await page.getByTestId('person-profile').waitFor();
  await assertText(page.getByTestId('profile-name'), p.name);
  return page.url();
}

async function assertText(locator, expected) {
  await locator.waitFor();
  const text = await locator.innerText();
  assert.ok(text.includes(expected), `expected "${expected}" in "${text}"`);
}

/** Clicks a transition button, fills the modal and waits for the journey to reach `to`. */
async function transition(page, to, fill = async () => {}) {
  await page.getByTestId(`transition-btn-${to}`).click();
  await page.getByTestId('transition-modal').waitFor();
  await fill();
  await page.getByTestId('transition-submit').click();
  await page.locator(`[data-testid="journey-card"][data-status="${to}"]`).waitFor();
}

test('person profile: create, NIK warning, family, journey through three phases, fuzzy search', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('response', (r) => r.status() >= 500 && pageErrors.push(`${r.status()} ${r.url()}`));

  // Sign-in placeholder -> registry.
  await page.goto(`${base}/masuk`);
  assert.equal(await page.getByTestId('signin-username').isDisabled(), true);
  await page.getByTestId('signin-continue').click();
  await page.waitForURL('**/persons');

  // Language switch (persisted), then back to Indonesian.
  await page.getByTestId('lang-switch').getByText('EN').click();
  await assertText(page.getByTestId('nav-persons'), 'Person registry');
  await page.reload();
  await assertText(page.getByTestId('nav-persons'), 'Person registry');
  await page.getByTestId('lang-switch').getByText('ID').click();
  await assertText(page.getByTestId('nav-persons'), 'Registri Orang');

  // A consistent person: no warnings, the NIK decodes to Kota Semarang.
  const mainUrl = await createPerson(page, MAIN, { region: ['Jawa Tengah', 'Kota Semarang', 'Tembalang'] });
  await assertText(page.getByTestId('nik-region'), 'Semarang');
  assert.equal(await page.getByTestId('person-warning').count(), 0, 'a consistent NIK gives no warning');

  // Edit (PATCH with If-Match): add an alias.
  await page.getByTestId('person-edit').click();
  await page.getByTestId('person-form').waitFor();
  await page.getByTestId('person-aliases-input').fill('Ita');
  await page.getByTestId('person-aliases-input').press('Enter');
  await page.getByTestId('person-submit').click();
  await assertText(page.getByTestId('person-aliases'), 'Ita');

  // A mismatched person: the NIK says female, the form says male -> yellow warning.
  await createPerson(page, OTHER);
  await page.locator('[data-testid="person-warning"][data-warning-code="nik.sex_mismatch"]').waitFor();

  // Family link from the main person to the other one.
  await page.goto(mainUrl);
  await page.getByTestId('family-add').click();
  await page.getByTestId('family-search-input').fill(OTHER.name);
  await page.getByTestId('family-search-result').filter({ hasText: OTHER.name }).first().click();
  await page.getByTestId('family-relation').selectOption('PASANGAN');
  await page.getByTestId('family-submit').click();
  await assertText(page.getByTestId('family-link').first(), OTHER.name);

  // A journey with incomplete Ps 13 documents.
  await page.getByTestId('journey-new').click();
  await page.getByTestId('journey-form').waitFor();
  await page.getByTestId('journey-scheme-select').selectOption('P3MI');
  await page.getByTestId('journey-p3mi_name').fill('PT Maju Bersama Sejahtera');
  await page.getByTestId('journey-category-select').selectOption('PERSEORANGAN_RT');
  await page.getByTestId('journey-country-select').click();
  await page.getByTestId('journey-country-select').fill('Malaysia');
  await page.getByRole('option', { name: /Malaysia/ }).first().click();
  await page.getByTestId('journey-job_title').fill('Penata laksana rumah tangga');
  await page.getByTestId('doc-status-PASPOR').selectOption('verified');
  await page.getByTestId('doc-number-PASPOR').fill('C1234567');
  await page.getByTestId('doc-status-SK_SEHAT_PSIKOLOGI').selectOption('verified');
  await page.getByTestId('journey-submit').click();
  await page.locator('[data-testid="journey-card"][data-status="registered"]').waitFor();

  // Sebelum bekerja -> Selama bekerja -> Setelah bekerja.
  await transition(page, 'in_training');
  await transition(page, 'ready_to_depart');
  await transition(page, 'working_abroad', async () => {
    await page.getByTestId('transition-override-reason').fill('Visa kerja dan perjanjian kerja menyusul; disetujui kepala dinas.');
  });
  await page.getByTestId('journey-flag-DOCUMENTS_OVERRIDE').waitFor();
  await transition(page, 'returned', async () => {
    await page.getByTestId('transition-return-reason').selectOption('BERAKHIR_PK');
    await page.getByTestId('transition-debarkation').fill('Bandara Internasional Soekarno-Hatta');
  });
  assert.equal(await page.getByTestId('journey-phases').getAttribute('data-phase'), 'after');
  await page.getByTestId('journey-return-reason').waitFor();
  await waitFor('four transitions in the history', async () => (await page.getByTestId('journey-transition').count()) === 4, 15_000);

  // Found again by a misspelled name through the type-ahead.
  await page.getByTestId('nav-persons').click();
  await page.getByTestId('person-search-input').fill('Siti Nurhalisa');
  await page.getByTestId('person-search-result').filter({ hasText: MAIN.name }).first().click();
  await page.getByTestId('person-profile').waitFor();
  assert.equal(page.url(), mainUrl);

  // Everything on the profile has loaded before the screenshot.
  for (const id of ['nik-info', 'journey-transitions', 'family-link', 'history-record']) {
    await page.getByTestId(id).first().waitFor();
  }
  await page.getByTestId('journey-flag-DOCUMENTS_OVERRIDE').waitFor();
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });

  assert.deepEqual(pageErrors, [], 'no uncaught page errors or 5xx responses');
  await context.close();
});
