// End-to-end: the case pages (issue #4). A case worker registers three persons (one a child of 16) through the API,
// opens "Kasus baru" and takes in a TPPO case (a server field error lands on its field first), adds the three as
// victims after searching the registry, screens the child (the age comes from the birth date: presumed TPPO of a
// child), records the determination, sees "1 kasus, 3 korban" in the list, and asks to close the case. Approving the
// closure himself is refused (a supervisor must approve); the supervisor approves it. A viewer sees the case with its
// summary and reporter masked and cannot open a case. See profile.test.mjs for how to run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertTextIgnoreCase, createPerson, pageText } from './lib/registry.mjs';
import { USERS, assertText, launchBrowser, newPage, signIn, startServer } from './lib/server.mjs';

const SUPERVISOR = {
  username: 'supervisor', name: 'Supervisor Jawa Tengah', role: 'SUPERVISOR', password: 'Awan-Kelabu-Senja-61',
};
const VIEWER = { username: 'pengamat', name: 'Pengamat BP3MI', role: 'VIEWER', password: 'Perahu-Layar-Biru-28' };

/** YYYY-MM-DD of today minus `years` and `days` (UTC). */
function yearsAgo(years, days = 0) {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const PERSONS = [
  { full_name: 'Wulan Sekar Arum', sex: 'PEREMPUAN', birth_date: '1997-03-21' },
  { full_name: 'Joko Susilo Pranoto', sex: 'LAKI_LAKI', birth_date: '1992-10-09' },
  // Sixteen on the day the case is reported (a month and more past the birthday).
  { full_name: 'Anisa Rahma Putri', sex: 'PEREMPUAN', birth_date: yearsAgo(16, 40) },
];
const CHILD = PERSONS[2];
const SUMMARY = 'Dijanjikan kerja di restoran Johor Bahru, paspor ditahan agen, dipaksa bekerja tanpa upah.';
const REPORTER = 'Bu Sumiati (bibi korban)';

let server;
let base;
let browser;
let caseId;
const personIds = {};

before(async () => {
  server = await startServer({ users: [USERS.petugas, SUPERVISOR, VIEWER] });
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** Waits until a native select has its code-list options, then picks `value`. */
async function pick(page, testId, value) {
  const select = page.getByTestId(testId);
  await select.locator(`option[value="${value}"]`).waitFor({ state: 'attached' });
  await select.selectOption(value);
}

async function tick(page, group, codes) {
  for (const code of codes) await page.getByTestId(`${group}-${code}`).check();
}

/** Opens the transition modal, picks the target (and closure reason), submits; returns the response. */
async function moveStatus(page, { to, reason, closureReason }) {
  await page.getByTestId('case-transition-open').click();
  await page.getByTestId('case-transition-modal').waitFor();
  await pick(page, 'case-transition-to', to);
  if (closureReason) await pick(page, 'case-transition-closure-reason', closureReason);
  if (reason) await page.getByTestId('case-transition-reason').fill(reason);
  const answer = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}/transitions`));
  await page.getByTestId('case-transition-submit').click();
  return answer;
}

/** GETs `url` from inside the page (its session) and returns the status and the headers that keep a file from
 * being shown inline. */
async function apiFetchHeaders(page, url) {
  return page.evaluate(async (u) => {
    const r = await fetch(u, { credentials: 'same-origin' });
    return { status: r.status, disposition: r.headers.get('content-disposition'), nosniff: r.headers.get('x-content-type-options') };
  }, url);
}

test('a case worker takes in a TPPO case, adds and screens the victims, and asks to close it', async () => {
  const { context, page, errors } = await newPage(browser);
  await signIn(page, base, USERS.petugas);
  for (const p of PERSONS) personIds[p.full_name] = (await createPerson(page, p)).id;

  // The navigation entry and the empty list.
  await assertText(page.getByTestId('nav-cases'), 'Kasus');
  await page.getByTestId('nav-cases').click();
  await page.waitForURL('**/cases');
  await page.getByTestId('cases-empty').waitFor();
  await page.getByTestId('case-new').click();
  await page.waitForURL('**/cases/new');
  await page.getByTestId('case-form').waitFor();

  // The intake: the report, the incident, what happened, the reporter.
  await pick(page, 'case-intake-channel', 'HOTLINE');
  await pick(page, 'case-urgency', 'TINGGI');
  await page.getByText('Ada risiko keselamatan segera').click(); // a switch: its input is visually hidden
  assert.ok(await page.getByTestId('case-immediate-safety-risk').isChecked());
  await page.getByTestId('case-occurred_on').fill(yearsAgo(0, 60));
  // The region cascade is offered only for Indonesia.
  await page.getByTestId('case-occurrence-country').click();
  await page.getByTestId('case-occurrence-country').fill('Indonesia');
  await page.getByRole('option', { name: /Indonesia/ }).first().click();
  await page.getByTestId('case-region-level-1').waitFor();
  await page.getByTestId('case-occurrence-country').click();
  await page.getByTestId('case-occurrence-country').fill('Malaysia');
  await page.getByRole('option', { name: /Malaysia/ }).first().click();
  await page.getByTestId('case-region-level-1').waitFor({ state: 'detached' });
  await tick(page, 'case-places', ['TEMPAT_KERJA']);
  await tick(page, 'case-violence_acts', ['PERDAGANGAN_ORANG', 'EKSPLOITASI_EKONOMI']);
  await tick(page, 'case-pmi_problems', ['PENAHANAN_DOKUMEN', 'GAJI_TIDAK_DIBAYAR']);
  await page.getByTestId('case-summary').fill(SUMMARY);
  await page.getByTestId('case-reporter-name').fill(REPORTER);
  await page.getByTestId('case-reporter-contact').fill('0812-3456-7788');
  await page.getByTestId('case-reporter-confidential').check();

  // No case type yet: the server's 422 names case_types, and the message lands on that field.
  let answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/cases') && r.request().method() === 'POST');
  await page.getByTestId('case-submit').click();
  assert.equal((await answer).status(), 422);
  await assertText(page.getByTestId('case-case_types'), 'Wajib diisi');
  assert.ok(page.url().endsWith('/cases/new'));

  await tick(page, 'case-case_types', ['TPPO', 'PMI_BERMASALAH']);
  answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/cases') && r.request().method() === 'POST');
  await page.getByTestId('case-submit').click();
  assert.equal((await answer).status(), 201);
  await page.waitForURL(/\/cases\/[^/]+$/);
  await page.getByTestId('case-page').waitFor();
  caseId = await page.getByTestId('case-page').getAttribute('data-case-id');
  assert.ok(caseId && page.url().endsWith(`/cases/${caseId}`));

  // The header: status, urgency, types, the derived classification.
  await page.locator('[data-testid="case-status"][data-status="INTAKE"]').waitFor();
  await assertTextIgnoreCase(page.getByTestId('case-status'), 'Penerimaan pengaduan');
  await page.locator('[data-testid="case-urgency-badge"][data-urgency="TINGGI"]').waitFor();
  await page.getByTestId('case-safety-risk').waitFor();
  await page.locator('[data-testid="case-type-badge"][data-type="TPPO"]').waitFor();
  await page.getByTestId('case-trafficking-context').waitFor();
  assert.ok((await page.getByTestId('case-simfoni-form').count()) > 0, 'SIMFONI forms derived from the acts');
  await assertText(page.getByTestId('case-summary'), SUMMARY);
  await assertText(page.getByTestId('case-reporter_name'), REPORTER);
  await page.getByTestId('case-reporter-confidential-badge').waitFor();
  await page.getByTestId('parties-empty').waitFor();
  await page.getByTestId('screenings-no-victims').waitFor();

  // The three persons as victims: search the registry, then choose.
  for (const [i, p] of PERSONS.entries()) {
    await page.getByTestId('party-add').click();
    await page.getByTestId('party-modal').waitFor();
    await page.getByTestId('party-create-person').waitFor(); // offered next to the search, never instead of it
    await pick(page, 'party-role', 'KORBAN');
    await page.getByTestId('party-search-input').fill(p.full_name);
    await page.getByTestId('party-search-result').filter({ hasText: p.full_name }).first().click();
    await assertText(page.getByTestId('party-chosen'), p.full_name);
    await page.getByTestId('party-submit').click();
    await page.getByTestId('party-modal').waitFor({ state: 'detached' });
    await page.locator('[data-testid="party-row"][data-role="KORBAN"]').nth(i).waitFor();
  }
  assert.equal(await page.locator('[data-testid="party-row"][data-role="KORBAN"]').count(), 3);
  const link = page.getByTestId('party-table').getByTestId('party-person-link').filter({ hasText: CHILD.full_name });
  assert.equal(await link.getAttribute('href'), `/persons/${personIds[CHILD.full_name]}`);
  await assertText(page.getByTestId('case-counts'), '3 korban');

  // Screen the child; no age typed: the server takes 16 from the birth date.
  const child = page.locator(`[data-testid="victim-screenings"][data-person-id="${personIds[CHILD.full_name]}"]`);
  await child.getByTestId('screen-victim').click();
  await page.getByTestId('case-screening-form').waitFor();
  await tick(page, 'screening-acts', ['PEREKRUTAN']);
  await tick(page, 'screening-purposes', ['PEMANFAATAN_SEKSUAL']);
  await page.getByTestId('case-screening-submit').click();
  const result = page.locator('[data-testid="screening-result"][data-result="PRESUMED_TPPO_CHILD"]');
  await assertText(result, 'Diduga TPPO (anak)');
  await assertText(page.getByTestId('screening-explanation'), 'Untuk anak unsur cara tidak diperlukan');
  await page.getByTestId('case-screening-close').click();
  const stored = child.locator('[data-testid="case-screening"][data-result="PRESUMED_TPPO_CHILD"]');
  await assertTextIgnoreCase(stored.getByTestId('case-screening-result'), 'Diduga TPPO (anak)');
  await assertText(stored, 'usia 16');
  await assertText(stored.getByTestId('case-screening-elements'), 'Korban anak');
  await stored.getByTestId('case-screening-undetermined').waitFor();

  // The officer's determination: a note is required.
  await stored.getByTestId('determination-open').click();
  await pick(page, 'determination-select', 'DIDUGA_KORBAN_TPPO');
  await stored.getByTestId('determination-submit').click();
  await assertText(stored.getByTestId('determination-form'), 'Wajib diisi');
  await stored.getByTestId('determination-note').fill('Unsur proses dan tujuan terpenuhi; korban anak, diteruskan ke penyidik.');
  await stored.getByTestId('determination-submit').click();
  await assertText(stored.getByTestId('case-screening-determination'), 'Diduga korban TPPO');

  // The list: one case, three victims; the filters live in the URL.
  await page.getByTestId('nav-cases').click();
  const row = page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
  await assertText(row.getByTestId('case-victim-count'), '3');
  await assertTextIgnoreCase(row, 'Penerimaan pengaduan');
  await assertText(page.getByTestId('case-totals'), '1 kasus, 3 korban');
  await pick(page, 'case-filter-status', 'DITUTUP');
  await page.waitForURL('**/cases?status=DITUTUP');
  await page.getByTestId('cases-empty').waitFor();
  await page.goto(`${base}/cases?case_type=TPPO`);
  await row.waitFor();
  await page.getByTestId('case-filter-type').locator('option[value="TPPO"]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('case-filter-type').inputValue(), 'TPPO');
  await row.getByTestId('case-link').click();
  await page.getByTestId('case-page').waitFor();

  // Edit the case data (merge patch with If-Match): the urgency becomes an emergency.
  await page.getByTestId('case-edit').click();
  await page.getByTestId('case-form').waitFor();
  await pick(page, 'case-urgency', 'DARURAT');
  assert.ok(await page.getByTestId('case-case_types-TPPO').isChecked(), 'the form starts from the case');
  const patched = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}`) && r.request().method() === 'PATCH');
  await page.getByTestId('case-submit').click();
  const patch = await patched;
  assert.equal(patch.status(), 200);
  assert.deepEqual(JSON.parse(patch.request().postData()), { urgency: 'DARURAT' });
  assert.ok(patch.request().headers()['if-match'], 'the patch names the version it changes');
  await page.locator('[data-testid="case-urgency-badge"][data-urgency="DARURAT"]').waitFor();

  // An attachment (a scanned statement as PNG): uploaded, listed, offered as a download, never shown inline.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await page.getByTestId('case-attachments').locator('input[type="file"]').setInputFiles(
    { name: 'surat pernyataan.png', mimeType: 'image/png', buffer: png });
  const uploaded = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}/attachments`) && r.request().method() === 'POST');
  await page.getByTestId('attachment-submit').click();
  assert.equal((await uploaded).status(), 201);
  const item = page.getByTestId('attachment-item');
  await item.waitFor();
  await assertText(item, 'surat pernyataan.png');
  const href = await item.getByTestId('attachment-download').getAttribute('href');
  const download = await apiFetchHeaders(page, href);
  assert.equal(download.status, 200);
  assert.match(download.disposition, /^attachment;/);
  assert.equal(download.nosniff, 'nosniff');

  // Ask to close: a closure reason is required by the server, then accepted.
  answer = await moveStatus(page, { to: 'MENUNGGU_PENUTUPAN', reason: 'Korban menolak pendampingan lanjutan.' });
  assert.equal(answer.status(), 422);
  await page.locator('[data-testid="case-transition-closure-reason"][aria-invalid="true"]').waitFor();
  await pick(page, 'case-transition-closure-reason', 'KORBAN_MENOLAK');
  const accepted = page.waitForResponse((r) => r.url().endsWith(`/api/v1/cases/${caseId}/transitions`));
  await page.getByTestId('case-transition-submit').click();
  assert.equal((await accepted).status(), 200);
  await page.locator('[data-testid="case-status"][data-status="MENUNGGU_PENUTUPAN"]').waitFor();
  await assertText(page.getByTestId('case-closure-pending'), 'Korban menolak layanan');

  // Approving it himself is refused: only a supervisor approves a closure.
  answer = await moveStatus(page, { to: 'DITUTUP' });
  assert.equal(answer.status(), 403);
  await assertText(page.getByTestId('case-transition-supervisor-note'), 'supervisor');
  await assertText(page.getByTestId('form-error'), 'Hanya supervisor yang dapat menyetujui');
  await page.getByTestId('case-transition-modal').getByText('Batal').click();
  await page.locator('[data-testid="case-status"][data-status="MENUNGGU_PENUTUPAN"]').waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});

test('a supervisor approves the closure', async () => {
  assert.ok(caseId, 'the first test opened the case');
  const { context, page, errors } = await newPage(browser);
  await signIn(page, base, SUPERVISOR);
  await page.getByTestId('nav-cases').click();
  await page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`).getByTestId('case-link').click();
  await page.locator('[data-testid="case-status"][data-status="MENUNGGU_PENUTUPAN"]').waitFor();
  const answer = await moveStatus(page, { to: 'DITUTUP', reason: 'Disetujui: korban menolak layanan.' });
  assert.equal(answer.status(), 200);
  await page.locator('[data-testid="case-status"][data-status="DITUTUP"]').waitFor();
  await assertTextIgnoreCase(page.getByTestId('case-status'), 'Ditutup');
  await page.getByTestId('case-closed-note').waitFor();
  await page.locator('[data-testid="case-stepper"][data-status="DITUTUP"]').waitFor();
  const steps = page.getByTestId('case-transition');
  assert.equal(await steps.count(), 2);
  await assertText(steps.nth(0), 'Menunggu persetujuan penutupan');
  await assertText(steps.nth(0), 'Alasan penutupan: Korban menolak layanan');
  await assertText(steps.nth(1), 'Ditutup');
  // A closed case is read-only: no adding, screening or editing.
  assert.equal(await page.getByTestId('party-add').count(), 0);
  assert.equal(await page.getByTestId('screen-victim').count(), 0);
  assert.equal(await page.getByTestId('case-edit').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a viewer sees the case with its summary and reporter masked', async () => {
  assert.ok(caseId, 'the first test opened the case');
  const { context, page, errors } = await newPage(browser);
  await signIn(page, base, VIEWER);
  await page.getByTestId('nav-cases').click();
  const row = page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
  await assertText(row.getByTestId('case-victim-count'), '3');
  assert.equal(await page.getByTestId('case-new').count(), 0, 'a viewer opens no case');
  await row.getByTestId('case-link').click();
  await page.getByTestId('case-page').waitFor();
  await page.getByTestId('masked-summary').waitFor();
  await page.getByTestId('masked-reporter_name').waitFor();
  await page.getByTestId('masked-reporter_contact').waitFor();
  const text = await pageText(page);
  assert.ok(!text.includes(SUMMARY) && !text.includes(REPORTER), 'the sensitive fields never reach the page');
  assert.equal(await page.getByTestId('case-transition-open').count(), 0);
  // The English switch: the same page in English.
  await page.getByTestId('lang-switch').getByText('EN').click();
  await assertText(page.getByTestId('nav-cases'), 'Cases');
  await assertText(page.getByTestId('case-workflow'), 'Workflow');
  await assertText(page.getByTestId('case-counts'), '3 victim(s)');
  await page.getByTestId('lang-switch').getByText('ID').click();
  await assertText(page.getByTestId('case-workflow'), 'Alur penanganan');
  assert.equal(await page.getByTestId('party-add').count(), 0);
  await page.goto(`${base}/cases/new`);
  await page.getByTestId('forbidden').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
