// End-to-end: the agency and service directory (issue #5). Two agencies in Central Java: the BP3MI Jawa Tengah (its
// supervisor "supervisor" and case worker "petugas") and the DP3A Kota Semarang. The supervisor opens "Direktori
// layanan", edits the own agency's entry in the form (a service with a capacity note, the office phone, public) and
// sees it listed; a case worker gets no edit button. A visitor without a session opens /direktori and finds the
// public entry with its phone, but not the DP3A's entry, which is not public. The administrator describes the DP3A
// (psychosocial support in the city of Semarang); the case worker refers a victim of a case that happened in
// Semarang: "Sarankan penerima" for psychosocial support suggests the DP3A (not the own agency) and picking it
// fills in the receiver. See profile.test.mjs for how to run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall, createPerson, pageText } from './lib/registry.mjs';
import { USERS, assertText, launchBrowser, newPage, signIn, startServer } from './lib/server.mjs';

const DP3A = { code: 'DP3A-SEMARANG', name: 'DP3A Kota Semarang', type: 'DP3A', region: '33.74' };
const SUPERVISOR = {
  username: 'supervisor', name: 'Supervisor BP3MI Jateng', role: 'SUPERVISOR', password: 'Candi-Borobudur-Pagi-62',
};
const PHONE = '+62 24 0000 3301';
const NOTE = 'Shelter transit 15 tempat tidur';

let server;
let base;
let browser;

before(async () => {
  server = await startServer({ users: [USERS.petugas, USERS.admin, SUPERVISOR], agencies: [DP3A] });
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

test('a supervisor describes the own agency; the public directory shows it without a session', async () => {
  const { context, page, errors } = await newPage(browser);
  try {
    await signIn(page, base, SUPERVISOR);
    await page.getByTestId('nav-directory').click();
    await page.getByTestId('directory-page').waitFor();
    await page.getByTestId('directory-edit-own').click();
    await page.getByTestId('directory-form').waitFor();
    await page.getByTestId('directory-form-add-service').click();
    await page.getByTestId('directory-form-service-0').selectOption('PEMULANGAN');
    await page.getByTestId('directory-form-notes-0').fill(NOTE);
    await page.getByTestId('directory-form-contact-phone').fill(PHONE);
    await page.getByTestId('directory-form-hours').fill('Senin-Jumat 08.00-16.00');
    await page.getByTestId('directory-form-public').check();
    await page.getByTestId('directory-form-submit').click();

    await page.getByTestId('directory-list').waitFor();
    const own = page.locator('[data-testid="directory-agency"][data-code="BP3MI-JATENG"]');
    await assertText(own, NOTE);
    await assertText(own, PHONE);
    await assertText(own, 'Pemulangan'); // the service's label, not its code
    await own.getByTestId('directory-public-badge').waitFor();
    // The supervisor edits only the own agency's entry.
    const dp3a = page.locator('[data-testid="directory-agency"][data-code="DP3A-SEMARANG"]');
    assert.equal(await dp3a.getByTestId('directory-edit').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }

  const visitor = await newPage(browser);
  try {
    await visitor.page.goto(`${base}/direktori`);
    const card = visitor.page.locator('[data-testid="public-directory-agency"][data-code="BP3MI-JATENG"]');
    await assertText(card, PHONE);
    await assertText(card, NOTE);
    assert.equal(new URL(visitor.page.url()).pathname, '/direktori', 'no sign-in is asked for');
    // The DP3A's entry is not public (nobody described it yet).
    assert.equal(await visitor.page.locator('[data-code="DP3A-SEMARANG"]').count(), 0);
    assert.ok(!(await pageText(visitor.page)).includes('Supervisor BP3MI Jateng'), 'no user names');
    assert.deepEqual(visitor.errors, []);
  } finally {
    await visitor.context.close();
  }
});

test('a case worker gets receivers suggested from the directory when referring', async () => {
  const admin = await newPage(browser);
  let dp3aId;
  try {
    await signIn(admin.page, base, USERS.admin);
    const list = await apiCall(admin.page, 'GET', '/directory/agencies');
    dp3aId = list.json.items.find((a) => a.code === DP3A.code).id;
    const entry = await apiCall(admin.page, 'GET', `/directory/agencies/${dp3aId}`);
    assert.equal(entry.json.version, 0);
    const written = await admin.page.evaluate(
      async ({ id }) => {
        const raw = document.cookie.split('; ').find((c) => c.startsWith('sinergi_csrf='));
        const res = await fetch(`/api/v1/directory/agencies/${id}`, {
          method: 'PUT',
          headers: {
            'Content-Type': 'application/json',
            'If-Match': '"0"',
            'X-CSRF-Token': decodeURIComponent(raw.slice('sinergi_csrf='.length)),
          },
          body: JSON.stringify({ services: [{ service: 'PSIKOSOSIAL', notes: 'Konselor Rumah Duta Revolusi Mental' }] }),
        });
        return res.status;
      },
      { id: dp3aId },
    );
    assert.equal(written, 200);
  } finally {
    await admin.context.close();
  }

  const { context, page, errors } = await newPage(browser);
  try {
    await signIn(page, base, USERS.petugas);
    await page.getByTestId('nav-directory').click();
    await page.getByTestId('directory-list').waitFor();
    assert.equal(await page.getByTestId('directory-edit').count(), 0, 'a case worker edits no entry');
    assert.equal(await page.getByTestId('directory-edit-own').count(), 0);

    const victim = await createPerson(page, { full_name: 'Rina Kusumawati', sex: 'PEREMPUAN', birth_date: '1997-03-04' });
    const created = await apiCall(page, 'POST', '/cases', {
      intake_channel: 'HOTLINE', reported_on: new Date().toISOString().slice(0, 10), case_types: ['KEKERASAN_PEREMPUAN'],
      occurrence_country: 'ID', occurrence_region_code: '33.74', summary: 'Kekerasan dalam rumah tangga di Semarang.',
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));
    const party = await apiCall(page, 'POST', `/cases/${created.json.id}/parties`, { person_id: victim.id, role: 'KORBAN' });
    assert.equal(party.status, 201, JSON.stringify(party.json));

    await page.goto(`${base}/cases/${created.json.id}`);
    await page.getByTestId('referral-new').click();
    await page.getByTestId('refer-modal').waitFor();
    await page.getByTestId('refer-service-PSIKOSOSIAL').check();
    await page.getByTestId('refer-suggest').click();
    const suggestion = page.locator(`[data-testid="refer-suggestion"][data-agency-id="${dp3aId}"]`);
    await assertText(suggestion, DP3A.name);
    assert.equal(await page.getByTestId('refer-suggestion').count(), 1, 'the own agency is not suggested');
    await suggestion.getByTestId('refer-suggestion-pick').click();
    assert.equal(await page.getByTestId('refer-agency').inputValue(), dp3aId);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
