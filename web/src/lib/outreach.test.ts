import { describe, expect, it } from 'vitest';
import {
  ageGroupTotal,
  coverageColor,
  coverageMark,
  emptyMatrix,
  eventBody,
  gapList,
  matrixTotal,
  normaliseMatrix,
  setCell,
  sexTotal,
} from './outreach';

describe('participant matrix', () => {
  it('fills missing cells with 0 and totals rows, columns and the whole', () => {
    const m = normaliseMatrix({ male: { adult: 30, child: 2 }, female: { adult: 25 }, unknown: { unknown: 3 } });
    expect(m.female).toEqual({ child: 0, adult: 25, unknown: 0 });
    expect(sexTotal(m, 'male')).toBe(32);
    expect(sexTotal(m, 'female')).toBe(25);
    expect(ageGroupTotal(m, 'adult')).toBe(55);
    expect(ageGroupTotal(m, 'unknown')).toBe(3);
    expect(matrixTotal(m)).toBe(60);
    expect(matrixTotal(emptyMatrix())).toBe(0);
  });

  it('reads negative, fractional and non-numeric counts safely', () => {
    const m = normaliseMatrix({ male: { adult: -4, child: 2.7 }, female: { adult: Number.NaN } });
    expect(m.male).toEqual({ child: 2, adult: 0, unknown: 0 });
    expect(matrixTotal(m)).toBe(2);
    const set = setCell(m, 'female', 'child', '12');
    expect(set.female.child).toBe(12);
    expect(m.female.child).toBe(0); // a copy
    expect(setCell(set, 'female', 'child', '').female.child).toBe(0);
  });
});

describe('eventBody', () => {
  it('turns blank optional texts into null and materials into a list', () => {
    const body = eventBody({
      title: '  Sosialisasi TPPO ',
      organiser_agency_id: 'a1',
      partner_agency_ids: ['a1', 'a2'],
      held_on: '2026-01-20',
      ends_on: '',
      region_code: '61.01',
      venue: ' ',
      topics: ['PENCEGAHAN_TPPO'],
      target_groups: ['UMUM'],
      channel: 'RADIO',
      participants: emptyMatrix(),
      materials: 'Leaflet\n\n Film pendek ',
      notes: '',
      commitment_id: '',
    });
    expect(body.title).toBe('Sosialisasi TPPO');
    expect(body.partner_agency_ids).toEqual(['a2']);
    expect(body.ends_on).toBeNull();
    expect(body.venue).toBeNull();
    expect(body.commitment_id).toBeNull();
    expect(body.materials).toEqual(['Leaflet', 'Film pendek']);
  });
});

describe('coverage highlighting', () => {
  const row = (regency_code: string, events: number, departures: number, high: boolean) => ({
    regency_code,
    events,
    departures,
    high_departure: high,
    no_outreach_high_departure: high && events === 0,
  });

  it('marks gaps, high-departure regencies with outreach, covered and untouched ones', () => {
    expect(coverageMark(row('61.12', 0, 9, true))).toBe('gap');
    expect(coverageMark(row('61.01', 2, 9, true))).toBe('high');
    expect(coverageMark(row('61.07', 1, 0, false))).toBe('covered');
    expect(coverageMark(row('61.08', 0, 0, false))).toBe('none');
    expect(coverageColor('gap')).toContain('red');
    expect(coverageColor('none')).toBeUndefined();
  });

  it('lists the gaps with the most departures first', () => {
    const rows = [row('61.02', 0, 4, true), row('61.01', 3, 9, true), row('61.12', 0, 9, true), row('61.05', 0, 0, false)];
    expect(gapList(rows).map((r) => r.regency_code)).toEqual(['61.12', '61.02']);
  });
});
