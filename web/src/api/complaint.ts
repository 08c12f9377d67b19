// The complaint-handling deadlines of a migrant worker's complaint (Perban BP2MI 6/2024 Ps 30): the facts recorded
// on a PMI_BERMASALAH case and the timers they start.
import { api } from './client';
import type { ComplaintFacts, ComplaintFactsPatch } from './types';

const c = (id: string) => `/cases/${encodeURIComponent(id)}/complaint`;

export const caseComplaintApi = {
  /** version 0 and no ETag while nothing was recorded. */
  get: (caseId: string) => api.get<ComplaintFacts>(c(caseId)),
  /** A merge patch; `ifMatch` null only for the first write (428 once facts exist). */
  patch: (caseId: string, body: ComplaintFactsPatch, ifMatch: string | null) =>
    api.patch<ComplaintFacts>(c(caseId), body, ifMatch),
};
