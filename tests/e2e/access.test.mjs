// End-to-end: need-to-know in the browser (docs/security.md, "Curious or malicious insider"). A case worker of
// BP3MI Jawa Tengah registers a protected victim and a child. A viewer of the same agency and a case worker of
// another agency in the province see both with the sensitive fields shown as confidential, never the values. A case
// worker of an agency in another province gets "not found", opens the victim by stating a reason (break-the-glass);
// the owning agency's supervisor is notified in the bell and finds the views and the break-glass in the audit trail.
// See profile.test.mjs for how to run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createPerson, pageText, whoAmI } from './lib/registry.mjs';
import { USERS, assertText, launchBrowser, newPage, signIn, startServer } from './lib/server.mjs';

const DP3A_JATENG = { code: 'DP3A-JATENG', name: 'DP3A Provinsi Jawa Tengah', type: 'DP3A', region: '33' };
const PPA_JATIM = { code: 'UPTD-PPA-JATIM', name: 'UPTD PPA Provinsi Jawa Timur', type: 'UPTD_PPA', region: '35' };

const SUPERVISOR = {
  username: 'supervisor', name: 'Supervisor Jawa Tengah', role: 'SUPERVISOR', password: 'Awan-Kelabu-Senja-61',
};
// Another role in the owning agency: sees the agency's records, but is no case role.
const VIEWER = { username: 'pengamat', name: 'Pengamat BP3MI', role: 'VIEWER', password: 'Perahu-Layar-Biru-28' };
// Another agency in the same province with region scope: sees the record, not its sensitive fields.
const REGIONAL = {
  username: 'konselor', name: 'Konselor DP3A Jateng', role: 'CASE_WORKER', scope: 'REGION', agency: DP3A_JATENG.code,
  password: 'Kereta-Malam-Timur-35',
};
// An agency in another province: the record does not exist for them until they state a reason.
const OUTSIDER = {
  username: 'pendamping', name: 'Pendamping PPA Jatim', role: 'CASE_WORKER', agency: PPA_JATIM.code,
  password: 'Bambu-Runcing-Utara-74',
};

// A trafficking victim whose identity is protected (UU 21/2007 Ps 44).
const VICTIM = {
  full_name: 'Dewi Lestari Wulandari', sex: 'PEREMPUAN', birth_date: '1996-02-14', birth_place: 'Kabupaten Cilacap',
  phone: '081234567890', address_line: 'Jl. Melati No. 7 RT 02/RW 05', passport_number: 'C7654321',
};
// A child: protected without any mark.
const CHILD = {
  full_name: 'Putri Ayu Kartika', sex: 'PEREMPUAN', birth_date: '2015-06-01', birth_place: 'Kabupaten Banyumas',
  phone: '081298765432', address_line: 'Jl. Kenanga No. 3',
};
const SECRETS = (p) => [p.birth_place, p.phone, p.address_line, p.passport_number].filter(Boolean);
const MASKED_IDS = ['masked-passport_number', 'masked-birth_place', 'masked-phone', 'masked-address'];
const REASON = 'Rujukan dari Polda Jatim: korban TPPO dipulangkan ke Surabaya, perlu verifikasi identitas.';

let server;
let base;
let browser;
let victimId;
let childId;
// User ids, read from GET /me of each signed-in user.
const ids = {};

before(async () => {
  server = await startServer({
    agencies: [DP3A_JATENG, PPA_JATIM],
    users: [USERS.petugas, USERS.admin, SUPERVISOR, VIEWER, REGIONAL, OUTSIDER],
  });
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

async function assertNoSecrets(page, person) {
  const text = await pageText(page);
  for (const secret of SECRETS(person)) assert.ok(!text.includes(secret), `"${secret}" must not be shown`);
}

async function assertMasked(page, url, person) {
  await page.goto(url);
  await page.getByTestId('person-profile').waitFor();
  await assertText(page.getByTestId('profile-name'), person.full_name);
  await page.getByTestId('protected-identity-alert').waitFor();
  for (const id of MASKED_IDS) await page.getByTestId(id).waitFor();
  await assertText(page.getByTestId('masked-phone'), 'Dirahasiakan');
  await assertNoSecrets(page, person);
}

test('a protected victim and a child are masked for another role and for another agency', async () => {
  // The owning case worker registers the victim through the form, marking the identity protected.
  const owner = await newPage(browser);
  await signIn(owner.page, base, USERS.petugas);
  const { page } = owner;
  await page.goto(`${base}/persons/new`);
  await page.getByTestId('person-full_name').fill(VICTIM.full_name);
  await page.getByTestId('person-passport_number').fill(VICTIM.passport_number);
  await page.getByTestId('person-sex-select').selectOption(VICTIM.sex);
  await page.getByTestId('person-birth_date').fill(VICTIM.birth_date);
  await page.getByTestId('person-birth_place').fill(VICTIM.birth_place);
  await page.getByTestId('person-address_line').fill(VICTIM.address_line);
  await page.getByTestId('person-phone').fill(VICTIM.phone);
  await page.getByTestId('person-protected-identity').check();
  await page.getByTestId('person-submit').click();
  await page.getByTestId('person-profile').waitFor();
  await page.getByTestId('person-protected-badge').waitFor();
  victimId = page.url().split('/').pop();
  // The owner sees every value.
  assert.equal(await page.locator('[data-testid^="masked-"]').count(), 0);
  const ownerText = await pageText(page);
  for (const secret of SECRETS(VICTIM)) assert.ok(ownerText.includes(secret), `the owner sees "${secret}"`);
  childId = (await createPerson(page, CHILD)).id;
  ids.petugas = (await whoAmI(page)).id;
  assert.deepEqual(owner.errors, []);
  await owner.context.close();

  for (const user of [VIEWER, REGIONAL]) {
    const { context, page: p, errors } = await newPage(browser);
    await signIn(p, base, user);
    ids[user.username] = (await whoAmI(p)).id;
    await assertMasked(p, `${base}/persons/${victimId}`, VICTIM);
    await assertMasked(p, `${base}/persons/${childId}`, CHILD);
    if (user === REGIONAL) {
      // A case worker may edit, but the form shows the withheld fields disabled and empty.
      await p.goto(`${base}/persons/${victimId}/edit`);
      await p.getByTestId('person-phone-masked').waitFor();
      assert.ok(await p.getByTestId('person-phone-masked').isDisabled());
      assert.equal(await p.getByTestId('person-phone-masked').inputValue(), '');
      await assertNoSecrets(p, VICTIM);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('an out-of-scope case worker opens the victim by stating a reason; the supervisor is notified', async () => {
  assert.ok(victimId, 'needs the victim of the first test');
  const outsider = await newPage(browser);
  const { page } = outsider;
  await signIn(page, base, OUTSIDER);
  ids.pendamping = (await whoAmI(page)).id;

  // Not in scope: "not found", which does not tell whether the person exists, nor anything about them.
  await page.goto(`${base}/persons/${victimId}`);
  await page.getByTestId('person-not-found').waitFor();
  const before = await pageText(page);
  assert.ok(!before.includes(VICTIM.full_name), 'the name is not shown before the break-the-glass');
  await assertNoSecrets(page, VICTIM);

  await page.getByTestId('break-glass-open').click();
  await page.getByTestId('break-glass-form').waitFor();
  await page.getByTestId('break-glass-reason').fill('perlu dilihat');
  assert.ok(await page.getByTestId('break-glass-submit').isDisabled(), 'a reason under 20 characters is refused');
  await page.getByTestId('break-glass-reason').fill(REASON);
  await page.getByTestId('break-glass-submit').click();
  await page.getByTestId('break-glass-granted').waitFor();
  await page.getByTestId('person-profile').waitFor();
  await assertText(page.getByTestId('profile-name'), VICTIM.full_name);
  // The grant opens the sensitive fields too.
  assert.equal(await page.locator('[data-testid^="masked-"]').count(), 0);
  const after = await pageText(page);
  for (const secret of SECRETS(VICTIM)) assert.ok(after.includes(secret), `the grant shows "${secret}"`);
  assert.deepEqual(outsider.errors, []);
  await outsider.context.close();

  // The owning agency's supervisor finds the notification in the bell and follows it.
  const { context, page: sp, errors } = await newPage(browser);
  await signIn(sp, base, SUPERVISOR);
  await sp.locator('[data-testid="notifications-bell"][data-unread="1"]').waitFor();
  await sp.getByTestId('notifications-bell').click();
  const item = sp.getByTestId('notification-item').first();
  await assertText(item, OUTSIDER.name);
  assert.equal(await item.getAttribute('data-read'), 'false');
  await item.getByTestId('notification-mark-read').click();
  await sp.locator('[data-testid="notification-item"][data-read="true"]').waitFor();
  await sp.locator('[data-testid="notifications-bell"][data-unread="0"]').waitFor();
  await item.getByTestId('notification-person').click();
  await sp.waitForURL(`**/persons/${victimId}`);
  await assertText(sp.getByTestId('profile-name'), VICTIM.full_name);
  // The owning agency's supervisor needs no grant to see the values.
  assert.equal(await sp.locator('[data-testid^="masked-"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the supervisor and the administrator find the views and the break-the-glass in the audit trail', async () => {
  assert.ok(ids.pendamping && ids.pengamat && ids.konselor, 'needs the users of the earlier tests');
  const { context, page, errors } = await newPage(browser);
  await signIn(page, base, SUPERVISOR);
  await page.goto(`${base}/persons/${victimId}`);

  // "Siapa yang melihat" on the profile: the break-the-glass, newest first among the latest entries.
  const section = page.getByTestId('who-viewed-section');
  const glass = section.locator('[data-testid="audit-row"][data-action="break_glass"]');
  await glass.waitFor();
  assert.equal(await glass.count(), 1);
  await assertText(glass, ids.pendamping);
  await assertText(glass, 'reason_length');
  const readers = await section.getByTestId('who-viewed-list').innerText();
  assert.ok(readers.includes(ids.pendamping), 'the break-the-glass reader is listed');

  // The full trail of this person, opened from the section, filtered down to each earlier viewer.
  await section.getByTestId('who-viewed-all').click();
  await page.waitForURL((u) => u.pathname === '/audit' && u.searchParams.get('entity_id') === victimId);
  for (const viewer of [ids.pengamat, ids.konselor, ids.pendamping]) {
    await page.getByTestId('audit-filter-actor').fill(viewer);
    await page.getByTestId('audit-filter-action').fill('read');
    await page.getByTestId('audit-filter-action').press('Escape');
    await page.getByTestId('audit-filter-apply').click();
    await page.waitForURL((u) => u.searchParams.get('actor_id') === viewer);
    // The rows of the previous filter stay until the new page arrives: wait until every row is this viewer's read.
    const rows = page.getByTestId('audit-list').locator('[data-testid="audit-row"]');
    await server.waitFor(`the reads of ${viewer}`, async () => {
      const shown = await rows.evaluateAll((els) => els.map((e) => [e.dataset.action, e.innerText]));
      return shown.length > 0 && shown.every(([action, text]) => action === 'read' && text.includes(viewer));
    }, 15_000);
  }
  // The outsider's refused read (the 404 before the grant) is in the trail too.
  await assertText(page.getByTestId('audit-list'), 'refused: out_of_scope');
  assert.deepEqual(errors, []);
  await context.close();

  // The administrator (data-protection duties, no registry access) sees the break-the-glass without the person.
  const admin = await newPage(browser);
  await signIn(admin.page, base, USERS.admin);
  await admin.page.goto(`${base}/audit?action=break_glass`);
  const row = admin.page.locator('[data-testid="audit-row"][data-action="break_glass"]');
  await row.waitFor();
  assert.equal(await row.count(), 1);
  await assertText(row, victimId);
  await assertText(row, ids.pendamping);
  assert.equal(await row.getByRole('link').count(), 0, 'no link to a person for a user without registry access');
  await assertNoSecrets(admin.page, VICTIM);
  assert.equal(await admin.page.getByText(VICTIM.full_name).count(), 0);
  assert.deepEqual(admin.errors, []);
  await admin.context.close();
});
