// Writes Indonesia's national public holidays (hari libur nasional) for the years FIRST_YEAR..LAST_YEAR to
// node_modules/.sinergi/public-holidays-id.json, which the server loads into its table public_holidays on start
// (src/app/reference_loader.cpp) to count working days (src/domain/working_days.hpp). Run by `npm install` here (the
// postinstall script of package.json), so `make deps` on a fresh machine makes the file too.
//
// Source: the npm package date-holidays (code ISC; holiday data CC BY-SA 3.0, after Wikipedia), country "ID", type
// "public" only. Caveats (docs/api.md, "Working days"): the collective leave days (cuti bersama) of the yearly SKB of
// the Ministers of Religious Affairs, Manpower and PAN-RB are not included; the Islamic holidays are computed and may
// differ by a day from the dates the government sets (e.g. Idul Fitri 1447 H: 20-21 March 2026 here, 21-22 March in
// the SKB 2026); Nyepi and Waisak are known only through 2027 in date-holidays 3.37.0.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIRST_YEAR = 2020;
const LAST_YEAR = 2040;

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const Holidays = require('date-holidays');
const version = require('date-holidays/package.json').version;

const calendar = new Holidays('ID');
const holidays = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  for (const h of calendar.getHolidays(year)) {
    if (h.type !== 'public') continue;
    // `date` is the local calendar day ("2026-03-20 00:00:00 -0600" for a holiday that begins at the sunset before).
    // date-holidays 3.37.0 names 27 Rajab (Isra Mikraj) "Maulid Nabi Muhammad" like 12 Rabiul Awal: fix the label.
    const name = h.rule === '27 Rajab' ? 'Isra Mikraj Nabi Muhammad' : h.name;
    holidays.push({ date: h.date.slice(0, 10), name });
  }
}
holidays.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));

const out = path.join(here, 'node_modules', '.sinergi', 'public-holidays-id.json');
mkdirSync(path.dirname(out), { recursive: true });
const document = {
  source: `date-holidays ${version}`,
  licence: 'code ISC; data CC BY-SA 3.0 (date-holidays, after Wikipedia)',
  country: 'ID',
  type: 'public',
  first_year: FIRST_YEAR,
  last_year: LAST_YEAR,
  holidays,
};
writeFileSync(out, `${JSON.stringify(document, null, 1)}\n`);
console.log(`public-holidays: ${holidays.length} holidays of ID ${FIRST_YEAR}-${LAST_YEAR} -> ${path.relative(here, out)}`);
