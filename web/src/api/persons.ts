import { api, type ApiResponse } from './client';
import type { FamilyLink, HistoryRecord, Items, Journey, Page, Person, PersonInput, SearchHit } from './types';

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
  list: (f: PersonListFilter = {}) => api.get<Page<Person>>('/persons', { ...f }),
  search: (q: string, limit = 10, signal?: AbortSignal) =>
    api.get<Items<SearchHit>>('/persons/search', { q, limit }, signal),
  get: (id: string): Promise<ApiResponse<Person>> => api.get<Person>(p(id)),
  create: (body: PersonInput, idempotencyKey: string) => api.post<Person>('/persons', body, { idempotencyKey }),
  patch: (id: string, body: Partial<PersonInput>, ifMatch: string | null) => api.patch<Person>(p(id), body, ifMatch),
  history: (id: string, cursor?: string | null) =>
    api.get<Page<HistoryRecord>>(`${p(id)}/history`, { cursor, limit: 20 }),
  family: (id: string) => api.get<Items<FamilyLink>>(`${p(id)}/family`),
  addFamily: (id: string, related_person_id: string, relation: string, idempotencyKey: string) =>
    api.post<FamilyLink>(`${p(id)}/family`, { related_person_id, relation }, { idempotencyKey }),
  removeFamily: (id: string, linkId: string) => api.del<void>(`${p(id)}/family/${encodeURIComponent(linkId)}`),
  journeys: (id: string) => api.get<Items<Journey>>(`${p(id)}/journeys`),
};
