// Outreach events (sosialisasi, issue #5): readable by every signed-in user; recorded by the organising agency's
// coordination writers. Follow-up requests are masked outside the event's agencies; one of them becomes a case with
// convertFollowUp.
import { api } from './client';
import type {
  OutreachConversion,
  OutreachCoverage,
  OutreachEvent,
  OutreachEventInput,
  OutreachEventPage,
  OutreachEventPatch,
  OutreachEventView,
  OutreachFollowUp,
  OutreachFollowUpInput,
} from './types';

export interface OutreachQuery {
  from?: string;
  to?: string;
  region?: string;
  topic?: string;
  agency_id?: string;
  commitment_id?: string;
  limit?: number;
  cursor?: string | null;
}

const e = (id: string) => `/outreach-events/${encodeURIComponent(id)}`;

export const outreachApi = {
  list: (q: OutreachQuery = {}) => api.get<OutreachEventPage>('/outreach-events', { ...q }),
  create: (body: OutreachEventInput, idempotencyKey: string) =>
    api.post<OutreachEvent>('/outreach-events', body, { idempotencyKey }),
  /** With its follow-ups (masked outside the event's agencies). */
  get: (id: string) => api.get<OutreachEventView>(e(id)),
  /** 403 outreach.not_organiser for another agency's event; 422 commitment_id agency_not_committing. */
  patch: (id: string, body: OutreachEventPatch, ifMatch: string) => api.patch<OutreachEvent>(e(id), body, ifMatch),
  addFollowUp: (id: string, body: OutreachFollowUpInput, idempotencyKey: string) =>
    api.post<OutreachFollowUp>(`${e(id)}/follow-ups`, body, { idempotencyKey }),
  /** Opens a case from the follow-up; 409 outreach.already_converted the second time. */
  convertFollowUp: (id: string, followUpId: string) =>
    api.post<OutreachConversion>(`${e(id)}/follow-ups/${encodeURIComponent(followUpId)}/case`, undefined),
  coverage: (province: string, from?: string, to?: string) =>
    api.get<OutreachCoverage>('/outreach/coverage', { province, from, to }),
};
