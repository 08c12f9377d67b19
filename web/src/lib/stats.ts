// Pure helpers of the statistics dashboard (/stats and the public /statistik): the filters kept in the URL, the
// queries they make, and the shapes the chart and the table draw. The server counts and suppresses; nothing here
// adds figures up (case rows need not add up to the totals: a case counts in every group of its victims).
import type { StatsFigure, StatsTable } from '../api/types';

/** The dashboard's filters, as in the URL (?from=2025-01-01&to=2025-12-31&case_type=TPPO&province=61). */
export interface StatsFilters {
  from: string;
  to: string;
  case_type: string;
  province: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PROVINCE = /^\d{2}$/;

/** Reads the filters; a malformed value is dropped rather than sent (the server would refuse it). */
export function statsFiltersFromParams(params: URLSearchParams): StatsFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const province = params.get('province') ?? '';
  return {
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    case_type: (params.get('case_type') ?? '').trim(),
    province: PROVINCE.test(province) ? province : '',
  };
}

/** The URL parameters of the filters (empty ones left out), so a view can be shared. */
export function statsFiltersToParams(f: StatsFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  if (f.case_type) out.case_type = f.case_type;
  if (f.province) out.province = f.province;
  return out;
}

/** The query of GET /stats/cases for `group_by` under the filters. */
export function statsQuery(f: StatsFilters, groupBy: string): Record<string, string> {
  const q = statsFiltersToParams(f);
  return groupBy ? { ...q, group_by: groupBy } : q;
}

/** The chart's series from a table grouped by month: one point per month, null where a figure is withheld. */
export interface MonthlySeries {
  months: string[];
  cases: (number | null)[];
  victims: (number | null)[];
}

export function monthlySeries(table: StatsTable | undefined): MonthlySeries {
  const out: MonthlySeries = { months: [], cases: [], victims: [] };
  if (!table || table.group_by[0] !== 'month') return out;
  for (const row of table.rows) {
    if (!row.month) continue; // an unknown period has no place on the time axis
    out.months.push(row.month);
    out.cases.push(row.cases);
    out.victims.push(row.victims);
  }
  return out;
}

/** A province row of the table. */
export interface ProvinceRow {
  code: string | null;
  name: string;
  cases: StatsFigure;
  victims: StatsFigure;
}

/**
 * The rows of a table grouped by province that hold something (a figure above zero, or a withheld one), most cases
 * first (withheld ones after the known ones), then by name.
 */
export function provinceRows(table: StatsTable | undefined): ProvinceRow[] {
  if (!table || table.group_by[0] !== 'province') return [];
  const rows = table.rows
    .filter((r) => r.cases !== 0 || r.victims !== 0)
    .map((r) => ({ code: r.province ?? null, name: r.province_name ?? r.province ?? '', cases: r.cases, victims: r.victims }));
  return rows.sort((a, b) => (b.cases ?? -1) - (a.cases ?? -1) || a.name.localeCompare(b.name));
}

/** A figure for display: the number with thousands separators, or the mark of a withheld one. */
export function formatFigure(n: StatsFigure, lang: string, withheld = '<k'): string {
  if (n === null) return withheld;
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID').format(n);
}

/** The case list behind a province row: the cases of that province the user may see (the list enforces it). */
export function caseListLink(f: StatsFilters, province: string): string {
  const q = new URLSearchParams();
  q.set('region', province);
  if (f.case_type) q.set('case_type', f.case_type);
  return `/cases?${q.toString()}`;
}
