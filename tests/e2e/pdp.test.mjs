// End-to-end: UU 27/2022 duties in the browser. A case worker records an adult's informed consent and withdraws it,
// records a child's consent (a parent's, or another lawful basis with a note) and logs data-subject requests; the
// supervisor works the request queue (the overdue one highlighted) and downloads the person's access export; the
// administrator refuses a request with a reason. See profile.test.mjs for how to run.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { assertTextIgnoreCase, createPerson } from './lib/registry.mjs';
import { USERS, assertText, launchBrowser, newPage, signIn, startServer } from './lib/server.mjs';

const SUPERVISOR = {
  username: 'supervisor', name: 'Supervisor Jawa Tengah', role: 'SUPERVISOR', password: 'Awan-Kelabu-Senja-61',
};

const ADULT = { full_name: 'Ratna Sari Dewi', sex: 'PEREMPUAN', birth_date: '1994-08-17' };
const CHILD = { full_name: 'Bagus Prasetyo', sex: 'LAKI_LAKI', birth_date: '2014-11-02' };
const CHECKLIST = [
  'informed_purpose', 'informed_use', 'informed_storage_period', 'informed_right_to_access', 'informed_withdrawal',
];
const WITHDRAWAL = 'Korban meminta datanya tidak lagi dibagikan kepada kepolisian.';
const VITAL_NOTE = 'Ayah kandung adalah terduga pelaku; anak ditempatkan di rumah aman.';

let server;
let base;
let browser;
let adultId;

before(async () => {
  server = await startServer({ users: [USERS.petugas, USERS.admin, SUPERVISOR] });
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** A datetime-local value `hours` before now, in the browser's (= this machine's) time zone. */
function localDateTime(hoursAgo) {
  const d = new Date(Date.now() - hoursAgo * 3_600_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

test('consent: an adult consents, the consent is withdrawn; a child consents through a parent or another basis', async () => {
  const { context, page, errors } = await newPage(browser);
  await signIn(page, base, USERS.petugas);
  adultId = (await createPerson(page, ADULT)).id;
  const childId = (await createPerson(page, CHILD)).id;

  await page.goto(`${base}/persons/${adultId}`);
  await page.getByTestId('consent-empty').waitFor();
  assert.equal(await page.getByTestId('person-export').count(), 0, 'a case worker cannot export');
  await page.getByTestId('consent-add').click();
  await page.getByTestId('consent-form').waitFor();
  assert.equal(await page.getByTestId('consent-child-alert').count(), 0);
  await page.getByTestId('consent-given-by-select').locator('option[value="SUBJEK"]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('consent-given-by-select').inputValue(), 'SUBJEK');
  await page.getByTestId('consent-purpose-select').selectOption('PENANGANAN_KASUS');
  await page.getByTestId('consent-recipient-UPTD_PPA').check();
  await page.getByTestId('consent-recipient-POLRI').check();
  // Not yet told how to withdraw: the server refuses (UU 27/2022 Ps 22) and the error lands on that item.
  for (const item of CHECKLIST.slice(0, 4)) await page.getByTestId(`consent-check-${item}`).check();
  await page.getByTestId('consent-submit').click();
  await assertText(page.getByTestId('consent-checklist'), 'Persetujuan hanya sah setelah hal ini dijelaskan');
  assert.equal(await page.getByTestId('consent-item').count(), 0);
  await page.getByTestId('consent-check-informed_withdrawal').check();
  await page.getByTestId('consent-submit').click();
  const consent = page.locator('[data-testid="consent-item"][data-purpose="PENANGANAN_KASUS"]');
  await consent.waitFor();
  assert.equal(await consent.getAttribute('data-withdrawn'), 'false');
  await assertText(consent.getByTestId('consent-recipients-shown'), 'Kepolisian Negara Republik Indonesia');
  await assertText(consent, 'Dijelaskan: 5 dari 5');
  await assertText(consent, 'Petugas Jawa Tengah (Anda)');

  // Withdrawn with a reason; the record stays, marked withdrawn.
  await consent.getByTestId('consent-withdraw').click();
  await page.getByTestId('consent-withdraw-form').waitFor();
  assert.ok(await page.getByTestId('consent-withdraw-submit').isDisabled(), 'a reason is required');
  await page.getByTestId('consent-withdraw-reason').fill(WITHDRAWAL);
  await page.getByTestId('consent-withdraw-submit').click();
  await page.locator('[data-testid="consent-item"][data-withdrawn="true"]').waitFor();
  await assertText(consent.getByTestId('consent-withdrawal'), WITHDRAWAL);
  assert.equal(await consent.getByTestId('consent-withdraw').count(), 0, 'a withdrawn consent cannot be withdrawn again');

  // A child: a parent gives consent by default; the child's own consent is not offered as valid.
  await page.goto(`${base}/persons/${childId}`);
  await page.getByTestId('consent-add').click();
  await page.getByTestId('consent-child-alert').waitFor();
  // The select's options come from a code list loaded after the form opens: wait for them before reading it.
  await page.getByTestId('consent-given-by-select').locator('option[value="ORANG_TUA"]').waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('consent-given-by-select').inputValue(), 'ORANG_TUA');
  await page.getByTestId('consent-purpose-select').selectOption('RUJUKAN_LAYANAN');
  await page.getByTestId('consent-given-by-select').selectOption('SUBJEK');
  await assertText(page.getByTestId('consent-form'), 'Persetujuan anak harus diberikan oleh orang tua atau wali');
  assert.ok(await page.getByTestId('consent-submit').isDisabled());
  // The parent is the suspected abuser: vital interests, which needs a note (the server says so first).
  await page.getByTestId('consent-basis-select').selectOption('KEPENTINGAN_VITAL');
  assert.ok(await page.getByTestId('consent-submit').isEnabled());
  await page.getByTestId('consent-submit').click();
  await assertText(page.getByTestId('consent-form'), 'Wajib diisi');
  await page.getByTestId('consent-note').fill(VITAL_NOTE);
  await page.getByTestId('consent-submit').click();
  const vital = page.locator('[data-testid="consent-item"][data-purpose="RUJUKAN_LAYANAN"]');
  await vital.waitFor();
  await assertTextIgnoreCase(vital, 'Pelindungan kepentingan vital');
  await assertText(vital, VITAL_NOTE);
  assert.deepEqual(errors, []);
  await context.close();
});

test('data-subject requests: logged by the case worker, worked by the supervisor and the administrator', async () => {
  assert.ok(adultId, 'needs the adult of the consent test');
  const worker = await newPage(browser);
  let page = worker.page;
  await signIn(page, base, USERS.petugas);
  assert.equal(await page.getByTestId('nav-subject-requests').count(), 0, 'the queue is not for case workers');
  await page.goto(`${base}/persons/${adultId}`);
  await page.getByTestId('request-handled-elsewhere').waitFor();

  // A correction asked for by telephone now, and an access request that came by letter 100 hours ago (28 h late).
  await page.getByTestId('request-add').click();
  await page.getByTestId('request-form').waitFor();
  await assertText(page.getByTestId('request-due-preview'), 'Batas waktu');
  await page.getByTestId('request-kind-select').selectOption('KOREKSI');
  await page.getByTestId('request-channel-select').selectOption('TELEPON');
  await page.getByTestId('request-note').fill('Nomor telepon lama tidak aktif lagi.');
  await page.getByTestId('request-submit').click();
  await page.getByTestId('request-lodged').waitFor();
  const fresh = page.locator('[data-testid="request-row"][data-kind="KOREKSI"]');
  await fresh.waitFor();
  assert.equal(await fresh.getAttribute('data-overdue'), 'false');
  await assertTextIgnoreCase(fresh.getByTestId('request-deadline'), 'sisa 2 hari 23 jam');

  await page.getByTestId('request-add').click();
  await page.getByTestId('request-kind-select').selectOption('AKSES_SALINAN');
  await page.getByTestId('request-channel-select').selectOption('SURAT');
  await page.getByTestId('request-received-at').fill(localDateTime(100));
  await page.getByTestId('request-submit').click();
  const late = page.locator('[data-testid="request-row"][data-kind="AKSES_SALINAN"]');
  await late.waitFor();
  assert.equal(await late.getAttribute('data-overdue'), 'true');
  await assertTextIgnoreCase(late.getByTestId('request-deadline'), 'terlambat 1 hari');

  await page.goto(`${base}/data-subject-requests`);
  await page.getByTestId('forbidden').waitFor();
  assert.deepEqual(worker.errors, []);
  await worker.context.close();

  // The supervisor works the queue: the overdue request is highlighted and found by the overdue filter.
  const sup = await newPage(browser);
  page = sup.page;
  await signIn(page, base, SUPERVISOR);
  await page.getByTestId('nav-subject-requests').click();
  await page.getByTestId('requests-page').waitFor();
  const rows = page.getByTestId('request-row');
  await rows.nth(1).waitFor();
  assert.equal(await rows.count(), 2);
  const overdue = page.locator('[data-testid="request-row"][data-overdue="true"]');
  assert.equal(await overdue.getAttribute('data-kind'), 'AKSES_SALINAN');
  await page.getByTestId('request-filter-overdue').check();
  await page.getByTestId('request-filter-apply').click();
  await page.waitForURL((u) => u.searchParams.get('overdue') === 'true');
  await page.locator('[data-testid="request-row"][data-kind="KOREKSI"]').waitFor({ state: 'detached' });
  assert.equal(await rows.count(), 1);
  await page.getByTestId('request-filter-reset').click();
  await rows.nth(1).waitFor();

  // Complete the correction from the queue, with what was done.
  const correction = page.locator('[data-testid="request-row"][data-kind="KOREKSI"]');
  await correction.getByTestId('request-complete').click();
  await page.getByTestId('request-outcome-form').waitFor();
  await page.getByTestId('request-outcome-note').fill('Nomor telepon diperbarui sesuai permintaan.');
  await page.getByTestId('request-outcome-submit').click();
  await page.locator('[data-testid="request-row"][data-kind="KOREKSI"][data-status="completed"]').waitFor();
  await assertText(correction.getByTestId('request-outcome'), 'Nomor telepon diperbarui');
  assert.equal(await correction.getByTestId('request-complete').count(), 0, 'a closed request offers no action');

  // On the profile the supervisor sees the person's requests and downloads the machine-readable export.
  await correction.getByTestId('request-person').click();
  await page.waitForURL(`**/persons/${adultId}`);
  const section = page.getByTestId('request-section');
  await section.locator('[data-testid="request-row"][data-status="completed"]').waitFor();
  assert.equal(await section.getByTestId('request-row').count(), 2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('person-export').click()]);
  assert.equal(download.suggestedFilename(), `sinergi-person-${adultId}.json`);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.format, 'sinergi.person_export.v1');
  assert.equal(exported.person.id, adultId);
  assert.equal(exported.consents.length, 1);
  assert.equal(exported.consents[0].withdrawal_reason, WITHDRAWAL);
  assert.deepEqual(exported.data_subject_requests.map((r) => r.status).sort(), ['completed', 'open']);
  assert.ok(exported.processing.some((e) => e.action === 'create'), 'the processing trail is included');
  await page.getByTestId('person-export-done').waitFor();
  assert.deepEqual(sup.errors, []);
  await sup.context.close();

  // The administrator (no registry access) refuses the overdue request; a reason is required.
  const admin = await newPage(browser);
  page = admin.page;
  await signIn(page, base, USERS.admin);
  await page.getByTestId('nav-subject-requests').click();
  const access = page.locator('[data-testid="request-row"][data-kind="AKSES_SALINAN"]');
  await access.waitFor();
  assert.equal(await access.getAttribute('data-overdue'), 'true');
  assert.equal(await access.getByTestId('request-person').getAttribute('href'), null, 'no link to the registry');
  await access.getByTestId('request-refuse').click();
  await page.getByTestId('request-outcome-form').waitFor();
  assert.ok(await page.getByTestId('request-outcome-submit').isDisabled(), 'refusing needs a reason');
  await page.getByTestId('request-outcome-note').fill('Salinan akan membuka alamat rumah aman (UU 27/2022 Pasal 33).');
  await page.getByTestId('request-outcome-submit').click();
  await page.locator('[data-testid="request-row"][data-kind="AKSES_SALINAN"][data-status="refused"]').waitFor();
  assert.equal(await access.getAttribute('data-overdue'), 'false', 'a closed request is no longer overdue');
  await page.getByTestId('request-filter-status').selectOption('open');
  await page.getByTestId('request-filter-apply').click();
  await page.getByTestId('request-empty').waitFor();
  assert.deepEqual(admin.errors, []);
  await admin.context.close();
});
