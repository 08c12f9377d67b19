// End-to-end: a coordination forum with tracked joint commitments (issue #5). The BP3MI Jawa Tengah case worker
// creates a forum, records a meeting and, at it, two commitments: one of the BP3MI ("sosialisasi di 2 kabupaten",
// target 2, due in 10 days) and one of the DP3A Kota Semarang (due in 3 days). An outreach event of the BP3MI is
// linked to the first commitment and counts towards its target. The case worker marks the first commitment done with
// evidence: the forum record shows 2 made, 1 done on time, 1 open. Then the server's clock moves 5 days ahead
// (testing.clock_offset_file): the DP3A's commitment is overdue on the board and in the record, the done one stays done.
// See profile.test.mjs for how to run.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiCall } from './lib/registry.mjs';
import { USERS, assertText, launchBrowser, newPage, signIn, startServer } from './lib/server.mjs';

const DP3A = { code: 'DP3A-SEMARANG', name: 'DP3A Kota Semarang', type: 'DP3A', region: '33.74' };
const FORUM = 'Gugus Tugas TPPO Provinsi Jawa Tengah';
const DONE = 'Sosialisasi migrasi aman di desa kantong PMI';
const LATE = 'Pendampingan psikososial korban di Kota Semarang';
const EVIDENCE = 'Laporan kegiatan sosialisasi di Kabupaten Cilacap dan Kendal';

let server;
let base;
let browser;

before(async () => {
  server = await startServer({ users: [USERS.petugas, USERS.admin], agencies: [DP3A] });
  base = server.base;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => {});
  await server?.stop();
});

/** YYYY-MM-DD of today (UTC, as the server counts) plus `days`. */
function day(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Picks `name` in the searchable Mantine MultiSelect `testId`. */
async function pick(page, testId, name) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).first().click();
  await page.keyboard.press('Escape');
}

async function recordValue(page, key) {
  const cell = page.getByTestId(`record-${key}`);
  await cell.waitFor();
  return Number(await cell.getAttribute('data-value'));
}

/** Waits until the record figure `key` shows `expected` (the record loads after the page). */
async function expectRecord(page, key, expected) {
  const deadline = Date.now() + 10_000;
  let value = await recordValue(page, key);
  while (value !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await recordValue(page, key);
  }
  assert.equal(value, expected, `forum record ${key}`);
}

test('a meeting records two commitments; one is done on time, the other goes overdue as the clock moves', async () => {
  const { context, page, errors } = await newPage(browser);
  let forumUrl;
  try {
    await signIn(page, base, USERS.petugas);
    await page.getByTestId('nav-coordination').click();
    await page.getByTestId('forums-page').waitFor();
    await page.getByTestId('forum-name').fill(FORUM);
    await page.getByTestId('forum-region').fill('33');
    await page.getByTestId('forum-create-submit').click();
    await page.getByTestId('forum-row').filter({ hasText: FORUM }).getByRole('link').first().click();
    await page.getByTestId('forum-page').waitFor();
    forumUrl = page.url();

    await page.getByTestId('meeting-title').fill('Rapat koordinasi triwulan IV');
    await page.getByTestId('meeting-held-on').fill(day(0));
    await page.getByTestId('meeting-place').fill('Kantor Gubernur Jawa Tengah, Semarang');
    await page.getByTestId('meeting-create-submit').click();
    await page.getByTestId('meeting-row').first().getByRole('link').first().click();
    await page.getByTestId('meeting-page').waitFor();

    const commitments = [
      { agency: 'BP3MI Jawa Tengah', description: DONE, due: day(10), indicator: 'sosialisasi di 2 kabupaten', target: 2 },
      { agency: DP3A.name, description: LATE, due: day(3), indicator: 'korban didampingi' },
    ];
    for (const c of commitments) {
      await pick(page, 'commitment-agencies', c.agency);
      await page.getByTestId('commitment-description').fill(c.description);
      await page.getByTestId('commitment-due-on').fill(c.due);
      await page.getByTestId('commitment-indicator').fill(c.indicator);
      if (c.target) await page.getByTestId('commitment-target').fill(String(c.target));
      await page.getByTestId('commitment-create-submit').click();
      await assertText(page.getByTestId('meeting-page'), c.description);
    }

    // An outreach event of the BP3MI counts towards its commitment's target.
    const list = await apiCall(page, 'GET', '/commitments?status=OPEN');
    assert.equal(list.status, 200);
    const done = list.json.items.find((c) => c.description === DONE);
    assert.ok(done, 'the BP3MI commitment is listed');
    await recordOutreachEvent(page, DONE);

    // The BP3MI marks its commitment done with evidence.
    await page.goto(`${base}/koordinasi/komitmen/${encodeURIComponent(done.id)}`);
    await page.getByTestId('commitment-page').waitFor();
    await assertText(page.getByTestId('commitment-progress'), '1');
    await page.getByTestId('report-status').selectOption('DONE');
    await page.getByTestId('report-evidence').fill(EVIDENCE);
    await page.getByTestId('report-submit').click();
    await assertText(page.getByTestId('commitment-status'), 'Selesai', { ignoreCase: true });

    await page.goto(forumUrl);
    await page.getByTestId('forum-page').waitFor();
    await expectRecord(page, 'made', 2);
    await expectRecord(page, 'done_on_time', 1);
    await expectRecord(page, 'open', 1);
    await expectRecord(page, 'overdue', 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }

  // Five days later the DP3A's commitment (due in 3 days) is overdue; sessions may have ended, so sign in again.
  server.moveClock(5);
  const later = await newPage(browser);
  try {
    await signIn(later.page, base, USERS.petugas);
    await later.page.goto(forumUrl);
    await later.page.getByTestId('forum-page').waitFor();
    await expectRecord(later.page, 'overdue', 1);
    await expectRecord(later.page, 'open', 0);
    await expectRecord(later.page, 'done_on_time', 1);
    await assertText(later.page.getByTestId('board-column-OVERDUE'), LATE);
    await assertText(later.page.getByTestId('board-column-DONE'), DONE);
    assert.deepEqual(later.errors, []);
  } finally {
    await later.context.close();
  }
});

/**
 * Records, in the outreach form, an event of the signed-in user's agency in Kabupaten Cilacap that counts towards the
 * commitment `description`, and checks the event page links it.
 */
async function recordOutreachEvent(page, description) {
  await page.goto(`${base}/outreach/new`);
  await page.getByTestId('outreach-form').waitFor();
  await page.getByTestId('outreach-title').fill('Sosialisasi migrasi aman di Desa Karangkandri');
  await page.getByTestId('outreach-held-on').fill(day(0));
  for (const [level, name] of ['Jawa Tengah', 'Kabupaten Cilacap'].entries()) {
    const input = page.getByTestId(`outreach-region-level-${level + 1}`);
    await input.click();
    await input.fill(name);
    await page.getByRole('option', { name: new RegExp(`^${name} \\(`) }).first().click();
  }
  await page.getByTestId('outreach-venue').fill('Balai Desa Karangkandri');
  await page.keyboard.press('Escape');
  await pick(page, 'outreach-topics', 'Migrasi aman');
  await pick(page, 'outreach-target-groups', 'Calon PMI');
  await page.getByTestId('participants-female-adult').fill('23');
  await page.getByTestId('participants-male-adult').fill('17');
  await assertText(page.getByTestId('participants-total'), '40');
  const commitment = page.getByTestId('outreach-commitment');
  await commitment.locator('option', { hasText: description }).waitFor({ state: 'attached' });
  await commitment.selectOption({ label: await commitment.locator('option', { hasText: description }).innerText() });
  await page.getByTestId('outreach-submit').click();
  await page.getByTestId('outreach-event-page').waitFor();
  await page.getByTestId('outreach-commitment-link').waitFor();
}
