import { api } from './client';
import type { StatsTable } from './types';

/** Case and victim figures (issue #6). */
export const statsApi = {
  /** The figures as the signed-in user may see them (scope own: exact; national: suppressed beyond their scope). */
  cases: async (query: Record<string, string>): Promise<StatsTable> =>
    (await api.get<StatsTable>('/stats/cases', query)).data,
  /** The public figures: always suppressed, province level and above, no session (a 401 never redirects). */
  publicCases: async (query: Record<string, string>): Promise<StatsTable> =>
    (await api.get<StatsTable>('/public/stats/cases', query, undefined, { noAuthRedirect: true })).data,
  /** The URL of the CSV or XLSX export of the same table (a plain download link: the session cookie goes along). */
  exportUrl: (format: 'csv' | 'xlsx', query: Record<string, string>): string =>
    `/api/v1/stats/cases.${format}?${new URLSearchParams(query).toString()}`,
};
