// Personal-data protection (UU 27/2022): consent records, data-subject requests and the access export.
import { api, type Query } from './client';
import type {
  Consent,
  ConsentInput,
  ConsentList,
  DataSubjectRequest,
  DataSubjectRequestInput,
  DataSubjectRequestPage,
  PersonExport,
  RequestOutcomeInput,
  RequestRefusalInput,
  RequestStatus,
  WithdrawInput,
} from './types';

export interface RequestQuery {
  status?: RequestStatus;
  /** Only open requests past their due time. */
  overdue?: boolean;
  person_id?: string;
  limit?: number;
  cursor?: string | null;
}

const p = (id: string) => `/persons/${encodeURIComponent(id)}`;
const r = (id: string) => `/data-subject-requests/${encodeURIComponent(id)}`;

export const consentsApi = {
  /** Oldest first, withdrawn ones included. Whoever may see the person. */
  list: (personId: string) => api.get<ConsentList>(`${p(personId)}/consents`),
  /** Registry write. 422 `given_by`/`child_consent` for a child's own consent, `checklist.*`/`not_informed`. */
  create: (personId: string, body: ConsentInput, idempotencyKey: string) =>
    api.post<Consent>(`${p(personId)}/consents`, body, { idempotencyKey }),
  /** 409 `consent.withdrawn` when already withdrawn. */
  withdraw: (personId: string, consentId: string, reason: string) => {
    const body: WithdrawInput = { reason };
    return api.post<Consent>(`${p(personId)}/consents/${encodeURIComponent(consentId)}/withdraw`, body);
  },
};

export const subjectRequestsApi = {
  /** Registry write; due 72 hours after `received_at`. */
  create: (personId: string, body: DataSubjectRequestInput, idempotencyKey: string) =>
    api.post<DataSubjectRequest>(`${p(personId)}/data-subject-requests`, body, { idempotencyKey }),
  /** Oldest first. Audit read (supervisors, administrators). */
  list: (q: RequestQuery = {}) =>
    api.get<DataSubjectRequestPage>('/data-subject-requests', {
      ...q,
      overdue: q.overdue ? 'true' : undefined,
    } as Query),
  get: (id: string) => api.get<DataSubjectRequest>(r(id)),
  /** 409 `data_subject_request.closed` when it is not open. */
  complete: (id: string, outcomeNote: string | null) => {
    const body: RequestOutcomeInput = { outcome_note: outcomeNote };
    return api.post<DataSubjectRequest>(`${r(id)}/complete`, body);
  },
  /** The reason is required (UU 27/2022 Ps 33, Ps 15). */
  refuse: (id: string, outcomeNote: string) => {
    const body: RequestRefusalInput = { outcome_note: outcomeNote };
    return api.post<DataSubjectRequest>(`${r(id)}/refuse`, body);
  },
};

/** The access export (registry read and audit read); audited as `export`. */
export const exportPerson = (personId: string) => api.get<PersonExport>(`${p(personId)}/export`);
