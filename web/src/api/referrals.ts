// Referrals between agencies (issue #4, penanganan terpadu): sent from a case, answered by the receiving agency.
import { api } from './client';
import type {
  Referral,
  ReferralForwardInput,
  ReferralInput,
  ReferralList,
  ReferralOutcomeInput,
  ReferralPage,
  ReferralReasonInput,
  ReferralResponseTimesReport,
  ReferralStatus,
} from './types';

export type ReferralBox = 'inbox' | 'outbox';

export interface ReferralQuery {
  box?: ReferralBox;
  status?: ReferralStatus | '';
  case_id?: string;
  limit?: number;
  cursor?: string | null;
}

const r = (id: string) => `/referrals/${encodeURIComponent(id)}`;
const c = (id: string) => `/cases/${encodeURIComponent(id)}/referrals`;

export const referralsApi = {
  /** The referrals of a case your agency sent or received, oldest first (the chain of the case view). */
  listForCase: (caseId: string) => api.get<ReferralList>(c(caseId)),
  /** 422 person_ids[i] consent_missing without a RUJUKAN_LAYANAN consent covering the receiver's agency type. */
  create: (caseId: string, body: ReferralInput, idempotencyKey: string) =>
    api.post<Referral>(c(caseId), body, { idempotencyKey }),
  /** Newest first; a receiver that has not accepted sees no person_ids. */
  list: (q: ReferralQuery = {}) => api.get<ReferralPage>('/referrals', { ...q }),
  get: (id: string) => api.get<Referral>(r(id)),
  accept: (id: string, ifMatch: string) => api.post<Referral>(`${r(id)}/accept`, undefined, { ifMatch }),
  decline: (id: string, reason: string, ifMatch: string) => {
    const body: ReferralReasonInput = { reason };
    return api.post<Referral>(`${r(id)}/decline`, body, { ifMatch });
  },
  complete: (id: string, outcome: string, ifMatch: string) => {
    const body: ReferralOutcomeInput = { outcome };
    return api.post<Referral>(`${r(id)}/complete`, body, { ifMatch });
  },
  revoke: (id: string, reason: string, ifMatch: string) => {
    const body: ReferralReasonInput = { reason };
    return api.post<Referral>(`${r(id)}/revoke`, body, { ifMatch });
  },
  /** Answers the new referral of the chain (201). */
  forward: (id: string, body: ReferralForwardInput, ifMatch: string) =>
    api.post<Referral>(`${r(id)}/forward`, body, { ifMatch }),
  /** Per receiving agency over whole UTC days `from`..`to`. */
  responseTimes: (from: string, to: string) =>
    api.get<ReferralResponseTimesReport>('/referrals/response-times', { from, to }),
};
