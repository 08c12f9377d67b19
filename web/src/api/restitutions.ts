// The restitution claims of a case's victims (UU 21/2007 Ps 48-50). Sensitive like case notes: 403 unless you may see
// the case's sensitive fields.
import { api } from './client';
import type { CaseRestitution, CaseRestitutionInput, CaseRestitutionList, CaseRestitutionPatch } from './types';

const c = (id: string) => `/cases/${encodeURIComponent(id)}/restitutions`;

export const restitutionsApi = {
  /** Ordered by claimed_on, with the derived stage, totals and due days. */
  list: (caseId: string) => api.get<CaseRestitutionList>(c(caseId)),
  /** 409 case_restitution.exists when the victim has a claim in this case already. */
  create: (caseId: string, body: CaseRestitutionInput, idempotencyKey: string) =>
    api.post<CaseRestitution>(c(caseId), body, { idempotencyKey }),
  patch: (caseId: string, restitutionId: string, body: CaseRestitutionPatch, ifMatch: string) =>
    api.patch<CaseRestitution>(`${c(caseId)}/${encodeURIComponent(restitutionId)}`, body, ifMatch),
};
