import { api, type ApiResponse } from './client';
import type {
  BreakGlassGrant,
  BreakGlassInput,
  FamilyLink,
  FamilyLinkInput,
  FamilyLinkList,
  HistoryPage,
  JourneyList,
  Person,
  PersonInput,
  PersonPage,
  PersonPatch,
  SearchResults,
} from './types';

export interface PersonListFilter {
  nik?: string;
  passport_number?: string;
  sex?: string;
  pmi_status?: string;
  region?: string;
  limit?: number;
  cursor?: string | null;
}

const p = (id: string) => `/persons/${encodeURIComponent(id)}`;

export const personsApi = {
  list: (f: PersonListFilter = {}) => api.get<PersonPage>('/persons', { ...f }),
  search: (q: string, limit = 10, signal?: AbortSignal) =>
    api.get<SearchResults>('/persons/search', { q, limit }, signal),
  get: (id: string): Promise<ApiResponse<Person>> => api.get<Person>(p(id)),
  create: (body: PersonInput, idempotencyKey: string) => api.post<Person>('/persons', body, { idempotencyKey }),
  patch: (id: string, body: PersonPatch, ifMatch: string | null) => api.patch<Person>(p(id), body, ifMatch),
  history: (id: string, cursor?: string | null) =>
    api.get<HistoryPage>(`${p(id)}/history`, { cursor, limit: 20 }),
  family: (id: string) => api.get<FamilyLinkList>(`${p(id)}/family`),
  addFamily: (id: string, related_person_id: string, relation: string, idempotencyKey: string) => {
    const body: FamilyLinkInput = { related_person_id, relation };
    return api.post<FamilyLink>(`${p(id)}/family`, body, { idempotencyKey });
  },
  removeFamily: (id: string, linkId: string) => api.del<void>(`${p(id)}/family/${encodeURIComponent(linkId)}`),
  journeys: (id: string) => api.get<JourneyList>(`${p(id)}/journeys`),
  /** Opens a protected or out-of-scope person for 4 hours (audited; the owning agency's supervisors are notified). */
  breakGlass: (id: string, reason: string) => {
    const body: BreakGlassInput = { reason };
    return api.post<BreakGlassGrant>(`${p(id)}/break-glass`, body);
  },
};
