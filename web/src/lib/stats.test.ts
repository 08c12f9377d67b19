import { describe, expect, it } from 'vitest';
import type { StatsTable } from '../api/types';
import {
  caseListLink,
  formatFigure,
  monthlySeries,
  provinceRows,
  statsFiltersFromParams,
  statsFiltersToParams,
  statsQuery,
} from './stats';

const table = (group_by: StatsTable['group_by'], rows: StatsTable['rows']): StatsTable => ({
  group_by,
  rows,
  totals: { cases: 3, victims: 5, women_and_children: 4 },
  suppressed: false,
  suppressed_cells: 0,
  threshold: null,
  scope: 'AGENCY',
});

describe('stats filters in the URL', () => {
  it('reads well-formed values and drops malformed ones', () => {
    const f = statsFiltersFromParams(
      new URLSearchParams('from=2025-01-01&to=2025-13&case_type=TPPO&province=61&extra=x'),
    );
    expect(f).toEqual({ from: '2025-01-01', to: '', case_type: 'TPPO', province: '61' });
    expect(statsFiltersFromParams(new URLSearchParams('province=61.71')).province).toBe('');
    expect(statsFiltersFromParams(new URLSearchParams(''))).toEqual({ from: '', to: '', case_type: '', province: '' });
  });

  it('writes only the filters that are set, and round-trips', () => {
    const f = { from: '2025-01-01', to: '2025-12-31', case_type: '', province: '61' };
    expect(statsFiltersToParams(f)).toEqual({ from: '2025-01-01', to: '2025-12-31', province: '61' });
    expect(statsFiltersFromParams(new URLSearchParams(statsFiltersToParams(f)))).toEqual(f);
    expect(statsQuery(f, 'month')).toEqual({ from: '2025-01-01', to: '2025-12-31', province: '61', group_by: 'month' });
    expect(statsQuery(f, '')).toEqual({ from: '2025-01-01', to: '2025-12-31', province: '61' });
  });
});

describe('chart series', () => {
  it('one point per month, withheld figures as gaps, unknown periods left out', () => {
    const s = monthlySeries(
      table(['month'], [
        { month: '2025-01', cases: 2, victims: 3 },
        { month: '2025-02', cases: null, victims: null },
        { month: null, cases: 1, victims: 0 },
      ]),
    );
    expect(s).toEqual({ months: ['2025-01', '2025-02'], cases: [2, null], victims: [3, null] });
  });

  it('is empty for another grouping or no table', () => {
    expect(monthlySeries(table(['year'], [{ year: '2025', cases: 1, victims: 1 }])).months).toEqual([]);
    expect(monthlySeries(undefined).months).toEqual([]);
  });
});

describe('province table', () => {
  it('keeps provinces holding something, most cases first, withheld after known', () => {
    const rows = provinceRows(
      table(['province'], [
        { province: '33', province_name: 'Jawa Tengah', cases: 4, victims: 5 },
        { province: '51', province_name: 'Bali', cases: 0, victims: 0 },
        { province: '61', province_name: 'Kalimantan Barat', cases: 12, victims: 14 },
        { province: '64', province_name: 'Kalimantan Timur', cases: null, victims: null },
        { province: null, province_name: null, cases: 1, victims: 0 },
      ]),
    );
    expect(rows.map((r) => r.code)).toEqual(['61', '33', null, '64']);
    expect(rows[2].name).toBe('');
  });
});

describe('figures and links', () => {
  it('formats numbers per language and marks withheld figures', () => {
    expect(formatFigure(1234, 'id')).toBe('1.234');
    expect(formatFigure(1234, 'en')).toBe('1,234');
    expect(formatFigure(null, 'id')).toBe('<k');
    expect(formatFigure(0, 'id')).toBe('0');
  });

  it('drills down to the case list of the province with the case type', () => {
    expect(caseListLink({ from: '', to: '', case_type: 'TPPO', province: '' }, '61')).toBe(
      '/cases?region=61&case_type=TPPO',
    );
    expect(caseListLink({ from: '', to: '', case_type: '', province: '' }, '33')).toBe('/cases?region=33');
  });
});
