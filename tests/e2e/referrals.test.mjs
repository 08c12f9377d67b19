// End-to-end: referrals between agencies, services delivered and case notes (issue #4). Two agencies: the BP3MI
// Jawa Tengah (the case worker "petugas") and the DP3A Kalimantan Barat (its case worker "dp3a"). The BP3MI case
// worker records a TPPO case with two victims and a suspected perpetrator through the API, records a police report
// (a PENEGAKAN_HUKUM service with its number) and a note on the case page, then refers victim A to the DP3A: refused
// and explained, because A has no consent for referral to a DP3A; once the consent is recorded the referral goes.
// The DP3A sees it in its inbox without A's identity and cannot open the case; it accepts, then sees the case with
// victim A only (neither victim B nor the perpetrator), completes the referral with an outcome, and the sender sees
// it completed. A referral of a second case that the DP3A declines leaves that case closed to the DP3A.
// See profile.test.mjs for how to run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, assertTextIgnoreCase, createPerson, pageText, whoAmI } from './lib/registry.mjs';
import { USERS, assertText, launchBrowser, newPage, signIn, startServer } from './lib/server.mjs';

const DP3A = { code: 'DP3A-KALBAR', name: 'DP3A Kalimantan Barat', type: 'DP3A', region: '61' };
const DP3A_WORKER = {
  username: 'dp3a', name: 'Petugas DP3A Kalbar', role: 'CASE_WORKER', agency: DP3A.code, password: 'Sungai-Kapuas-Malam-58',
};

const VICTIM_A = { full_name: 'Sri Rahayu Lestari', sex: 'PEREMPUAN', birth_date: '1995-04-12' };
const VICTIM_B = { full_name: 'Dewi Anggraini Putri', sex: 'PEREMPUAN', birth_date: '1998-09-30' };
const SUSPECT = { full_name: 'Hendra Wijaya Kusuma', sex: 'LAKI_LAKI', birth_date: '1980-01-15' };
const POLICE_REPORT = 'LP/B/123/XI/2025/JATENG';
const NOTE = 'Korban A berkeluarga di Pontianak dan ingin didampingi DP3A setempat.';
const MESSAGE = 'Mohon pendampingan psikososial bagi korban setelah pemulangan ke Pontianak.';
const OUTCOME = 'Korban telah menerima tiga sesi konseling dan kembali ke keluarganya.';
const DECLINE = 'Korban berdomisili di luar wilayah layanan kami.';

let server;
let base;
let browser;

before(async () => {
  server = await startServer({ users: [USERS.petugas, DP3A_WORKER], agencies: [DP3A] });
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

const today = () => new Date().toISOString().slice(0, 10);

/** A TPPO case of the page's user with the given parties ({ person_id, role }); returns its id. */
async function createCase(page, parties) {
  const res = await apiCall(page, 'POST', '/cases', {
    intake_channel: 'PENGADUAN_LANGSUNG', reported_on: today(), case_types: ['TPPO'],
    summary: 'Dijanjikan kerja di pabrik, paspor ditahan, dipaksa bekerja tanpa upah.',
  });
  assert.equal(res.status, 201, `create case: ${JSON.stringify(res.json)}`);
  for (const p of parties) {
    const added = await apiCall(page, 'POST', `/cases/${res.json.id}/parties`, p);
    assert.equal(added.status, 201, `add party: ${JSON.stringify(added.json)}`);
  }
  return res.json.id;
}

/** A consent of the person to referral to services, shared with DP3A agencies. */
async function recordReferralConsent(page, personId) {
  const res = await apiCall(page, 'POST', `/persons/${personId}/consents`, {
    purpose: 'RUJUKAN_LAYANAN', recipient_types: ['DP3A'], lawful_basis: 'PERSETUJUAN', given_by: 'SUBJEK',
    checklist: {
      informed_purpose: true, informed_use: true, informed_storage_period: true, informed_right_to_access: true,
      informed_withdrawal: true,
    },
  });
  assert.equal(res.status, 201, `consent: ${JSON.stringify(res.json)}`);
}

/** Opens "Rujuk" on the case page, fills it in and submits; returns the server's answer. */
async function refer(page, { agencyId, personId, service, message }) {
  await page.getByTestId('referral-new').click();
  await page.getByTestId('refer-modal').waitFor();
  // Every case worker reads the agency directory: the receiver is chosen by name from a select.
  await page.getByTestId('refer-agency').locator(`option[value="${agencyId}"]`).waitFor({ state: 'attached' });
  await assertTextIgnoreCase(page.getByTestId('refer-agency'), 'DP3A Kalimantan Barat');
  await page.getByTestId('refer-agency').selectOption(agencyId);
  const person = page.getByTestId(`refer-person-${personId}`);
  if (!(await person.isChecked())) await person.check();
  const box = page.getByTestId(`refer-service-${service}`);
  await box.waitFor();
  if (!(await box.isChecked())) await box.check();
  await page.getByTestId('refer-message').fill(message);
  return submitReferral(page);
}

async function submitReferral(page) {
  const answer = page.waitForResponse((r) => /\/api\/v1\/cases\/[^/]+\/referrals$/.test(r.url()) && r.request().method() === 'POST');
  await page.getByTestId('refer-submit').click();
  return answer;
}

test('a referral needs the victim consent; the receiver sees the victim only after accepting, and completes it', async () => {
  const sender = await newPage(browser);
  const receiver = await newPage(browser);
  let page = sender.page;
  await signIn(page, base, USERS.petugas);
  const a = (await createPerson(page, VICTIM_A)).id;
  const b = (await createPerson(page, VICTIM_B)).id;
  const suspect = (await createPerson(page, SUSPECT)).id;
  const caseId = await createCase(page, [
    { person_id: a, role: 'KORBAN' },
    { person_id: b, role: 'KORBAN' },
    { person_id: suspect, role: 'TERDUGA_PELAKU', relationship_to_victim: null },
  ]);

  await signIn(receiver.page, base, DP3A_WORKER);
  const dp3aAgencyId = (await whoAmI(receiver.page)).agency.id;

  // The navigation entries.
  await page.getByTestId('nav-referrals').waitFor();
  await page.getByTestId('nav-tasks').waitFor();

  // Services delivered: the police report, with its number.
  await page.goto(`${base}/cases/${caseId}`);
  await page.getByTestId('case-services').waitFor();
  await page.getByTestId('services-empty').waitFor();
  await page.getByTestId('service-add').click();
  await page.getByTestId('service-modal').waitFor();
  await page.getByTestId('service-kind').locator('option[value="PENEGAKAN_HUKUM"]').waitFor({ state: 'attached' });
  await page.getByTestId('service-kind').selectOption('PENEGAKAN_HUKUM');
  await page.getByTestId('service-person').selectOption(a);
  await page.getByTestId('service-status').selectOption('BERJALAN');
  await page.getByTestId('service-reference').fill(POLICE_REPORT);
  await page.getByTestId('service-submit').click();
  const service = page.locator('[data-testid="service-row"][data-service="PENEGAKAN_HUKUM"]');
  await service.waitFor();
  assert.equal(await service.getAttribute('data-status'), 'BERJALAN');
  await assertText(service.getByTestId('service-reference-cell'), POLICE_REPORT);
  await assertText(service, VICTIM_A.full_name);

  // A note, appended.
  await page.getByTestId('notes-empty').waitFor();
  await page.getByTestId('note-text-input').fill(NOTE);
  await page.getByTestId('note-submit').click();
  await assertText(page.getByTestId('note-item').first(), NOTE);
  assert.equal(await page.getByTestId('note-text-input').inputValue(), '', 'the form is emptied');

  // Referring victim A without a consent for the DP3A: refused, explained, with a link to A's consents.
  await page.getByTestId('referrals-empty').waitFor();
  let res = await refer(page, { agencyId: dp3aAgencyId, personId: a, service: 'PSIKOSOSIAL', message: MESSAGE });
  assert.equal(res.status(), 422);
  const missing = page.getByTestId('refer-consent-missing');
  await assertText(missing, VICTIM_A.full_name);
  await assertText(missing, 'Rujukan layanan');
  assert.equal(await missing.getByTestId('refer-consent-missing-person').count(), 1);
  assert.equal(await missing.getByTestId('refer-consent-link').getAttribute('href'), `/persons/${a}`);
  assert.equal(await page.getByTestId('refer-override-reason').count(), 0, 'a case worker cannot override consent');

  // With the consent recorded, the same referral goes.
  await recordReferralConsent(page, a);
  res = await submitReferral(page);
  assert.equal(res.status(), 201);
  const referralId = (await res.json()).id;
  await page.getByTestId('refer-modal').waitFor({ state: 'detached' });
  const row = page.locator(`[data-testid="referral-row"][data-referral-id="${referralId}"]`);
  await row.waitFor();
  assert.equal(await row.getAttribute('data-status'), 'MENUNGGU');
  await assertText(row.getByTestId('referral-persons'), VICTIM_A.full_name);
  assert.equal(await row.getByTestId('referral-service').getAttribute('data-service'), 'PSIKOSOSIAL');

  // The receiver: notified, the referral in its inbox without the victim's identity, the case closed to it.
  page = receiver.page;
  await page.getByTestId('notifications-bell').click();
  const notification = page.locator('[data-testid="notification-item"][data-kind="REFERRAL_RECEIVED"]');
  await notification.waitFor();
  assert.equal(await notification.getByTestId('notification-referral').getAttribute('href'), `/referrals/${referralId}`);
  await page.keyboard.press('Escape');
  await page.getByTestId('nav-referrals').click();
  const inbox = page.locator(`[data-testid="referral-row"][data-referral-id="${referralId}"]`);
  await inbox.waitFor();
  assert.equal(await inbox.getAttribute('data-status'), 'MENUNGGU');
  await assertText(inbox.getByTestId('referral-persons'), 'setelah rujukan diterima');
  assert.ok(!(await pageText(page)).includes(VICTIM_A.full_name), 'no victim name before accepting');
  await inbox.getByTestId('referral-link').click();
  await page.getByTestId('referral-page').waitFor();
  await page.getByTestId('referral-persons-hidden').waitFor();
  assert.equal(await page.getByTestId('referral-page').getAttribute('data-side'), 'receiver');
  assert.equal(await page.getByTestId('referral-open-case').count(), 0);
  await assertText(page.getByTestId('referral-detail-message'), MESSAGE);
  assert.ok(!(await pageText(page)).includes(VICTIM_A.full_name));
  await page.goto(`${base}/cases/${caseId}`);
  await page.getByTestId('case-not-found').waitFor();

  // Accepting opens the case with victim A only.
  await page.goto(`${base}/referrals/${referralId}`);
  await page.getByTestId('referral-accept').click();
  await page.locator('[data-testid="referral-page"][data-status="DITERIMA"]').waitFor();
  await assertText(page.getByTestId('referral-detail-persons'), VICTIM_A.full_name);
  await page.getByTestId('referral-open-case').click();
  await page.getByTestId('case-page').waitFor();
  await page.getByTestId('case-shared-note').waitFor();
  await page.getByTestId('party-row').first().waitFor();
  const parties = await page.getByTestId('party-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-person-id')));
  assert.deepEqual(parties, [a], 'only the referred victim');
  await assertText(page.getByTestId('case-parties'), VICTIM_A.full_name);
  let text = await pageText(page);
  assert.ok(!text.includes(VICTIM_B.full_name), 'victim B is not shared');
  assert.ok(!text.includes(SUSPECT.full_name), 'the suspect is not shared');
  assert.equal(await page.getByTestId('referral-new').count(), 0, 'read-only for the receiver');
  assert.equal(await page.getByTestId('party-add').count(), 0);

  // Completing with an outcome.
  await page.goto(`${base}/referrals/${referralId}`);
  await page.getByTestId('referral-complete').click();
  await page.getByTestId('referral-complete-modal').waitFor();
  assert.ok(await page.getByTestId('referral-complete-submit').isDisabled(), 'an outcome is required');
  await page.getByTestId('referral-complete-text').fill(OUTCOME);
  await page.getByTestId('referral-complete-submit').click();
  await page.locator('[data-testid="referral-page"][data-status="SELESAI"]').waitFor();
  await assertText(page.getByTestId('referral-detail-outcome'), OUTCOME);

  // The sender sees it completed, in the outbox and on the case.
  page = sender.page;
  await page.goto(`${base}/referrals?box=outbox`);
  const out = page.locator(`[data-testid="referral-row"][data-referral-id="${referralId}"]`);
  await out.waitFor();
  assert.equal(await out.getAttribute('data-status'), 'SELESAI');
  await assertTextIgnoreCase(out.getByTestId('referral-status'), 'Selesai');
  await page.getByTestId('referrals-filter-status').locator('option[value="MENUNGGU"]').waitFor({ state: 'attached' });
  await page.getByTestId('referrals-filter-status').selectOption('MENUNGGU');
  await page.getByTestId('referrals-empty').waitFor();
  assert.ok(page.url().includes('status=MENUNGGU'), 'the filter is kept in the URL');
  await page.goto(`${base}/cases/${caseId}`);
  await page.locator(`[data-testid="referral-row"][data-referral-id="${referralId}"][data-status="SELESAI"]`).waitFor();

  // The letter: the sender's letterhead, the number, the receiver, the victim's name.
  await page.goto(`${base}/referrals/${referralId}/surat`);
  await assertTextIgnoreCase(page.getByTestId('letter-agency-name'), 'BP3MI Jawa Tengah');
  await assertText(page.getByTestId('letter-number'), referralId);
  await assertTextIgnoreCase(page.getByTestId('letter-to-agency'), DP3A.name);  // named from the agency directory
  await assertText(page.getByTestId('letter-persons'), VICTIM_A.full_name);
  await assertText(page.getByTestId('letter-message'), MESSAGE);
  await page.getByTestId('referral-letter-print').waitFor();
  text = await pageText(page);
  assert.ok(!text.includes(VICTIM_B.full_name));

  assert.deepEqual(sender.errors, []);
  assert.deepEqual(receiver.errors, []);
  await sender.context.close();
  await receiver.context.close();
});

test('a declined referral leaves the case closed to the receiver', async () => {
  const sender = await newPage(browser);
  const receiver = await newPage(browser);
  await signIn(sender.page, base, USERS.petugas);
  await signIn(receiver.page, base, DP3A_WORKER);
  const dp3aAgencyId = (await whoAmI(receiver.page)).agency.id;
  const victim = (await createPerson(sender.page, { full_name: 'Nur Aini Safitri', sex: 'PEREMPUAN', birth_date: '1999-02-02' })).id;
  await recordReferralConsent(sender.page, victim);
  const caseId = await createCase(sender.page, [{ person_id: victim, role: 'KORBAN' }]);
  const sent = await apiCall(sender.page, 'POST', `/cases/${caseId}/referrals`, {
    to_agency_id: dp3aAgencyId, person_ids: [victim], services: ['PENAMPUNGAN'], message: 'Mohon rumah aman sementara.',
  });
  assert.equal(sent.status, 201, JSON.stringify(sent.json));
  const referralId = sent.json.id;

  const page = receiver.page;
  await page.goto(`${base}/referrals/${referralId}`);
  await page.getByTestId('referral-decline').click();
  await page.getByTestId('referral-decline-modal').waitFor();
  await page.getByTestId('referral-decline-text').fill(DECLINE);
  await page.getByTestId('referral-decline-submit').click();
  await page.locator('[data-testid="referral-page"][data-status="DITOLAK"]').waitFor();
  await assertText(page.getByTestId('referral-detail-decline-reason'), DECLINE);
  assert.equal(await page.getByTestId('referral-open-case').count(), 0);
  assert.equal(await page.getByTestId('referral-accept').count(), 0);
  await page.goto(`${base}/cases/${caseId}`);
  await page.getByTestId('case-not-found').waitFor();

  // The sender sees the answer and the reason.
  await sender.page.goto(`${base}/referrals/${referralId}`);
  await sender.page.locator('[data-testid="referral-page"][data-status="DITOLAK"]').waitFor();
  await assertText(sender.page.getByTestId('referral-detail-decline-reason'), DECLINE);
  assert.equal(await sender.page.getByTestId('referral-revoke').count(), 0, 'a declined referral is not revoked');

  assert.deepEqual(sender.errors, []);
  assert.deepEqual(receiver.errors, []);
  await sender.context.close();
  await receiver.context.close();
});
