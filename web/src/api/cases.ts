// Cases (issue #4): intake, parties, TPPO screenings of the victims, and the workflow.
import { api } from './client';
import type {
  Case,
  CaseDetail,
  CaseInput,
  CasePage,
  CaseParty,
  CasePartyInput,
  CasePatch,
  CaseScreening,
  CaseScreeningInput,
  CaseStatus,
  CaseTransitionInput,
  DeterminationInput,
} from './types';

export interface CaseListFilter {
  status?: CaseStatus | '';
  case_type?: string;
  person_id?: string;
  owner_agency_id?: string;
  /** The cases that happened in this dotted region or below it. */
  region?: string;
  limit?: number;
  cursor?: string | null;
}

const c = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const casesApi = {
  list: (f: CaseListFilter = {}) => api.get<CasePage>('/cases', { ...f }),
  /** The case with its classification, parties, screenings and transitions (ETag: the case's version). */
  get: (id: string) => api.get<CaseDetail>(c(id)),
  create: (body: CaseInput, idempotencyKey: string) => api.post<Case>('/cases', body, { idempotencyKey }),
  patch: (id: string, body: CasePatch, ifMatch: string | null) => api.patch<Case>(c(id), body, ifMatch),
  /** 403 case.supervisor_required when a non-supervisor approves or refuses a closure. */
  transition: (id: string, body: CaseTransitionInput, ifMatch: string | null) =>
    api.post<Case>(`${c(id)}/transitions`, body, { ifMatch }),
  addParty: (id: string, body: CasePartyInput, idempotencyKey: string) =>
    api.post<CaseParty>(`${c(id)}/parties`, body, { idempotencyKey }),
  removeParty: (id: string, partyId: string) => api.del<void>(`${c(id)}/parties/${encodeURIComponent(partyId)}`),
  screen: (id: string, body: CaseScreeningInput, idempotencyKey: string) =>
    api.post<CaseScreening>(`${c(id)}/screenings`, body, { idempotencyKey }),
  determine: (id: string, screeningId: string, body: DeterminationInput) =>
    api.post<CaseScreening>(`${c(id)}/screenings/${encodeURIComponent(screeningId)}/determination`, body),
};
