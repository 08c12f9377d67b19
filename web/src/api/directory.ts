import { api, apiRequest } from './client';
import type { AgencyDirectoryList, DirectoryAgency, DirectoryEntryInput, PublicDirectory, ServiceMatchList } from './types';

const d = (id: string) => `/directory/agencies/${encodeURIComponent(id)}`;

/** The agency and service directory (issue #5). */
export const directoryApi = {
  /** Every enabled agency with its entry, by name (not cached: the directory page shows edits at once). */
  list: async (): Promise<DirectoryAgency[]> => (await api.get<AgencyDirectoryList>('/directory/agencies')).data.items,
  /** One agency with its entry; the ETag is the entry's version ("0" before the first write). */
  get: (id: string) => api.get<DirectoryAgency>(d(id)),
  /** Replaces the whole entry (the agency's own supervisor, or an administrator). */
  put: (id: string, body: DirectoryEntryInput, ifMatch: string | null) =>
    apiRequest<DirectoryAgency>('PUT', d(id), { body, ifMatch }),
  /** The agencies offering `service` where `region` (a region code or an alpha-2 country) lies, nearest first. */
  searchServices: (service: string, region: string) =>
    api.get<ServiceMatchList>('/directory/services', { service, region }),
  /** The public directory: no session needed, so a 401 never sends anyone to the sign-in page. */
  publicDirectory: async (): Promise<PublicDirectory> =>
    (await api.get<PublicDirectory>('/public/directory', undefined, undefined, { noAuthRedirect: true })).data,
};
