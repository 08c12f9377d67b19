// End-to-end: the real sinergi binary (a fresh SQLite database bootstrapped by the CLI, port 0) serving web/dist,
// driven with Debian's Chromium through playwright-core. A case worker signs in, then walks a person profile through
// the three UU 18/2017 protection phases.
//
//   cmake --build --preset ci && (cd web && npm ci && npm run build)
//   cd tests/e2e && npm ci && npm test            # SINERGI_BIN overrides build/ci/sinergi
//                                                  # CHROMIUM_PATH overrides /usr/bin/chromium
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { USERS, assertText, launchBrowser, newPage, repo, signIn, startServer } from './lib/server.mjs';

const screenshot = join(repo, 'docs', 'screenshots', 'person-profile.png');

// A woman born 12 May 1990, first registered in Kec. Tembalang, Kota Semarang (33.74.10): day 12 + 40 = 52.
const MAIN = { name: 'Siti Nurhaliza Rahmawati', nik: '3374105205900001', sex: 'PEREMPUAN', birth: '1990-05-12' };
// The NIK says female (day 41) but the stated sex is male: saved with warning nik.sex_mismatch.
const OTHER = { name: 'Budi Santoso', nik: '3374104101850002', sex: 'LAKI_LAKI', birth: '1985-01-01' };

let server;
let base;
let browser;

before(async () => {
  server = await startServer();
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
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

/** Clicks a transition button, fills the modal and waits for the journey to reach `to`. */
async function transition(page, to, fill = async () => {}) {
  await page.getByTestId(`transition-btn-${to}`).click();
  await page.getByTestId('transition-modal').waitFor();
  await fill();
  await page.getByTestId('transition-submit').click();
  await page.locator(`[data-testid="journey-card"][data-status="${to}"]`).waitFor();
}

test('person profile: create, NIK warning, family, journey through three phases, fuzzy search', async () => {
  const { context, page, errors: pageErrors } = await newPage(browser);

  // A case worker signs in through the sign-in page, then opens the registry.
  await signIn(page, base, USERS.petugas);
  await page.getByTestId('nav-persons').click();
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
  await server.waitFor('four transitions in the history', async () => (await page.getByTestId('journey-transition').count()) === 4, 15_000);

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
