// End-to-end: the stand-alone TPPO screening (POST /api/v1/screenings/tppo; DOMAIN.md §1.6 reference rule, §2.1
// ILO-11 rule). A case worker opens "Skrining TPPO" from the navigation and screens the three reference cases: an
// adult deceived into forced labour (presumed TPPO), a child of 15 recruited for sexual exploitation without any
// means (presumed TPPO of a child), an adult recruited for their labour with excessive overtime but no means
// (exploitation without means). Server field errors land on their fields. A viewer has no navigation entry and is
// refused; a police investigator has the entry. See profile.test.mjs for how to run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertTextIgnoreCase } from './lib/registry.mjs';
import { USERS, assertText, launchBrowser, newPage, signIn, startServer } from './lib/server.mjs';

const VIEWER = { username: 'pengamat', name: 'Pengamat BP3MI', role: 'VIEWER', password: 'Perahu-Layar-Biru-28' };
const POLICE = {
  username: 'penyidik', name: 'Penyidik Polda Jateng', role: 'POLICE_INVESTIGATOR', password: 'Sungai-Deras-Barat-64',
};

let server;
let base;
let browser;

before(async () => {
  server = await startServer({ users: [USERS.petugas, VIEWER, POLICE] });
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** Ticks the boxes of a code-list group, e.g. tick(page, 'screening-acts', ['PEREKRUTAN']). */
async function tick(page, group, codes) {
  for (const code of codes) await page.getByTestId(`${group}-${code}`).check();
}

/** Fills the form from a clean state and submits it; waits for a result of `expected`. */
async function screen(page, facts, expected) {
  await page.getByTestId('screening-reset').click();
  await page.getByTestId('screening-no-result').waitFor();
  await tick(page, 'screening-acts', facts.acts ?? []);
  await tick(page, 'screening-means', facts.means ?? []);
  await tick(page, 'screening-purposes', facts.purposes ?? []);
  await tick(page, 'screening-ilo', facts.ilo ?? []);
  await page.getByTestId('screening-victim-age').fill(facts.age ?? '');
  if (facts.exploited) await page.getByTestId('screening-exploitation-occurred').check();
  await page.getByTestId('screening-submit').click();
  const result = page.locator(`[data-testid="screening-result"][data-result="${expected}"]`);
  await result.waitFor();
  return result;
}

/** { act: 'true', means: 'false', ... } from the elements checklist. */
async function elementsMet(page) {
  const rows = page.getByTestId('screening-element');
  const out = {};
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out[await row.getAttribute('data-element')] = await row.getAttribute('data-met');
  }
  return out;
}

const legalBasis = (page) => page.getByTestId('screening-legal-basis-item').allInnerTexts();

test('a case worker screens the three reference cases from the navigation', async () => {
  const { context, page, errors } = await newPage(browser);
  await signIn(page, base, USERS.petugas);
  await assertText(page.getByTestId('nav-screening'), 'Skrining TPPO');
  await page.getByTestId('nav-screening').click();
  await page.waitForURL('**/screening/tppo');
  await page.getByTestId('screening-form').waitFor();
  await page.getByTestId('screening-acts-PEREKRUTAN').waitFor();
  await assertText(page.getByTestId('screening-disclaimer'), 'alat bantu skrining, bukan penetapan');
  await assertText(page.getByTestId('screening-consent-note'), 'UU 21/2007 Pasal 26');

  // 1. An adult recruited by deception into forced labour, actually exploited; ILO deception + retained documents.
  let result = await screen(
    page,
    {
      acts: ['PEREKRUTAN'], means: ['PENIPUAN'], purposes: ['KERJA_PAKSA'], ilo: ['FL02', 'FL07'], age: '27',
      exploited: true,
    },
    'PRESUMED_TPPO',
  );
  await assertText(result, 'Diduga TPPO');
  await assertText(page.getByTestId('screening-explanation'), 'Diduga TPPO: unsur proses, cara, dan tujuan');
  assert.deepEqual(await elementsMet(page), {
    act: 'true', means: 'true', purpose: 'true', child: 'false', exploitation_occurred: 'true',
  });
  assert.deepEqual(await legalBasis(page), [
    'UU 21/2007 Pasal 1 angka 1',
    'UU 21/2007 Pasal 2 ayat (1) (delik formil)',
    'UU 21/2007 Pasal 2 ayat (2) (orang tereksploitasi)',
    'UU 21/2007 Pasal 26 (persetujuan korban tidak menghilangkan penuntutan)',
  ]);
  await page.locator('[data-testid="screening-forced-labour"][data-status="suspected"]').waitFor();
  await assertTextIgnoreCase(page.getByTestId('screening-forced-labour-status'), 'Diduga kerja paksa');
  await assertText(page.getByTestId('screening-fl-involuntariness'), 'FL02 · Penipuan');
  await assertText(page.getByTestId('screening-fl-penalty'), 'FL07 · Penahanan dokumen identitas');
  await assertText(page.getByTestId('screening-disclaimer'), 'Petugas yang menangani mencatat penetapan akhir');
  await assertText(page.getByTestId('screening-consent-note'), 'Persetujuan korban tidak mengubah hasil');

  // The English switch shows the English label and explanation of the same result.
  await page.getByTestId('lang-switch').getByText('EN').click();
  await assertText(result, 'Presumed trafficking: act, means and purpose present');
  await assertText(page.getByTestId('screening-explanation'), "the victim's consent changes nothing (Ps 26)");
  await assertTextIgnoreCase(page.getByTestId('screening-forced-labour-status'), 'Forced labour suspected');
  await assertText(page.getByTestId('screening-fl-penalty'), 'FL07 · Retention of identity documents');
  await assertText(page.getByTestId('screening-disclaimer'), 'screening aid, not a determination');
  await page.getByTestId('lang-switch').getByText('ID').click();
  await assertText(page.getByTestId('screening-explanation'), 'Diduga TPPO');

  // 2. A child of 15 recruited for sexual exploitation, no means at all.
  result = await screen(
    page,
    { acts: ['PEREKRUTAN'], purposes: ['PEMANFAATAN_SEKSUAL'], age: '15' },
    'PRESUMED_TPPO_CHILD',
  );
  await assertText(result, 'Diduga TPPO (anak)');
  await assertText(page.getByTestId('screening-explanation'), 'Untuk anak unsur cara tidak diperlukan');
  assert.deepEqual(await elementsMet(page), {
    act: 'true', means: 'false', purpose: 'true', child: 'true', exploitation_occurred: 'false',
  });
  const waived = page.locator('[data-testid="screening-element"][data-element="means"]');
  await assertTextIgnoreCase(waived, 'Tidak diperlukan (anak)');
  assert.deepEqual(await legalBasis(page), [
    'UU 21/2007 Pasal 1 angka 5 (anak: belum berusia 18 tahun)',
    'UU 21/2007 Pasal 5 dan Pasal 6 (anak, dengan cara apa pun)',
    'UU 21/2007 Pasal 17 (pemberatan sepertiga bila korban anak)',
    'Protokol Palermo Pasal 3(c) (unsur cara tidak diperlukan untuk anak)',
  ]);
  await page.locator('[data-testid="screening-forced-labour"][data-status="none"]').waitFor();

  // 3. An adult recruited for their labour, excessive overtime, no means; the age left empty (unknown = adult).
  result = await screen(
    page,
    { acts: ['PEREKRUTAN'], purposes: ['TENAGA_KEMAMPUAN'], ilo: ['FL11'] },
    'EXPLOITATION_WITHOUT_MEANS',
  );
  await assertText(result, 'Eksploitasi tanpa unsur cara');
  await assertText(page.getByTestId('screening-explanation'), 'Tangani sebagai kasus hak ketenagakerjaan');
  assert.deepEqual(await elementsMet(page), {
    act: 'true', means: 'false', purpose: 'true', child: 'false', exploitation_occurred: 'false',
  });
  // For an adult the missing means are missing, not waived.
  const means = await page.locator('[data-testid="screening-element"][data-element="means"]').innerText();
  assert.ok(/tidak/i.test(means) && !/diperlukan/i.test(means), means);
  assert.deepEqual(await legalBasis(page), [
    'UU 21/2007 Pasal 3 dan Pasal 4 (lintas negara, tanpa unsur cara: periksa)',
    'UU 18/2017 (pelanggaran hak PMI)',
  ]);
  await page.locator('[data-testid="screening-forced-labour"][data-status="none"]').waitFor();
  await assertText(page.getByTestId('screening-fl-involuntariness'), 'FL11 · Lembur berlebihan');
  await assertText(page.getByTestId('screening-fl-penalty'), 'tidak ada');

  // A changed fact hides the result until the next screening.
  await page.getByTestId('screening-means-PENJERATAN_UTANG').check();
  await page.getByTestId('screening-no-result').waitFor();
  assert.equal(await page.getByTestId('screening-result').count(), 0);
  await page.getByTestId('screening-submit').click();
  await page.locator('[data-testid="screening-result"][data-result="PRESUMED_TPPO"]').waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});

test("the server's field errors land on their fields", async () => {
  const { context, page, errors } = await newPage(browser);
  await signIn(page, base, USERS.petugas);
  await page.goto(`${base}/screening/tppo`);
  await page.getByTestId('screening-acts-PEREKRUTAN').check();
  await page.getByTestId('screening-purposes-KERJA_PAKSA').check();
  const age = page.getByTestId('screening-victim-age');

  // An age that is no whole number never leaves the browser.
  let posts = 0;
  page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/v1/screenings/tppo') && posts++);
  await age.fill('15,5');
  await page.getByTestId('screening-submit').click();
  await page.locator('[data-testid="screening-victim-age"][aria-invalid="true"]').waitFor();
  await page.getByText('Isi usia dalam tahun penuh').waitFor();
  assert.equal(posts, 0);

  // 422 victim_age: out of 0..130, named by the server.
  await age.fill('140');
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/screenings/tppo'));
  await page.getByTestId('screening-submit').click();
  assert.equal((await refused).status(), 422);
  await page.getByText('Di luar rentang yang diperbolehkan.').waitFor();
  await page.locator('[data-testid="screening-victim-age"][aria-invalid="true"]').waitFor();
  assert.equal(await page.getByTestId('screening-result').count(), 0);
  assert.equal(await page.getByTestId('form-error').count(), 0, 'a pure validation failure has no general message');

  // 400 unknown_code: a code the server does not know (a stale code list), slipped into the request on its way.
  await age.fill('30');
  await page.route('**/api/v1/screenings/tppo', (route) => {
    const body = JSON.parse(route.request().postData());
    body.acts.push('MENCULIK');
    return route.continue({ postData: JSON.stringify(body) });
  });
  const unknown = page.waitForResponse((r) => r.url().endsWith('/api/v1/screenings/tppo'));
  await page.getByTestId('screening-submit').click();
  assert.equal((await unknown).status(), 400);
  await assertText(page.getByTestId('screening-acts'), 'Kode tidak dikenal.');
  await assertText(page.getByTestId('form-error'), 'Ada kode yang tidak dikenal server.');
  await assertText(page.getByTestId('form-error'), 'acts[1]');
  assert.equal(await page.locator('[data-testid="screening-victim-age"][aria-invalid="true"]').count(), 0);
  await page.unroute('**/api/v1/screenings/tppo');

  // Without the stray code the same facts screen.
  await page.getByTestId('screening-submit').click();
  await page.locator('[data-testid="screening-result"][data-result="EXPLOITATION_WITHOUT_MEANS"]').waitFor();
  assert.equal(await page.getByTestId('form-error').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a viewer has no screening; a police investigator has', async () => {
  const viewer = await newPage(browser);
  await signIn(viewer.page, base, VIEWER);
  await viewer.page.getByTestId('nav-persons').waitFor();
  assert.equal(await viewer.page.getByTestId('nav-screening').count(), 0, 'no navigation entry for a viewer');
  await viewer.page.goto(`${base}/screening/tppo`);
  await viewer.page.getByTestId('forbidden').waitFor();
  assert.equal(await viewer.page.getByTestId('screening-form').count(), 0);
  const refused = await apiCall(viewer.page, 'POST', '/screenings/tppo', { acts: ['PEREKRUTAN'] });
  assert.equal(refused.status, 403);
  assert.deepEqual(viewer.errors, []);
  await viewer.context.close();

  const police = await newPage(browser);
  await signIn(police.page, base, POLICE);
  await police.page.getByTestId('nav-screening').click();
  await police.page.getByTestId('screening-acts-PENGIRIMAN').check();
  await police.page.getByTestId('screening-means-PENYEKAPAN').check();
  await police.page.getByTestId('screening-purposes-PELACURAN').check();
  await police.page.getByTestId('screening-submit').click();
  await assertText(police.page.locator('[data-testid="screening-result"][data-result="PRESUMED_TPPO"]'), 'Diduga TPPO');
  assert.deepEqual(police.errors, []);
  await police.context.close();
});
