// The work on a case (issue #4): services delivered, the append-only case notes, and the task list of legal timers.
import { api } from './client';
import type {
  CaseNote,
  CaseNoteInput,
  CaseNoteList,
  CaseServiceDelivery,
  CaseServiceInput,
  CaseServiceList,
  CaseServicePatch,
  TaskList,
} from './types';

const c = (id: string) => `/cases/${encodeURIComponent(id)}`;

export const caseServicesApi = {
  /** Ordered by requested_on; the outcome is masked like the case's summary. */
  list: (caseId: string) => api.get<CaseServiceList>(`${c(caseId)}/services`),
  /** 422 police_report_required for REHABILITASI_SOSIAL on a TPPO case without a police report. */
  create: (caseId: string, body: CaseServiceInput, idempotencyKey: string) =>
    api.post<CaseServiceDelivery>(`${c(caseId)}/services`, body, { idempotencyKey }),
  patch: (caseId: string, serviceId: string, body: CaseServicePatch, ifMatch: string) =>
    api.patch<CaseServiceDelivery>(`${c(caseId)}/services/${encodeURIComponent(serviceId)}`, body, ifMatch),
};

export const caseNotesApi = {
  /** Oldest first; 403 unless you may see the case's sensitive fields. */
  list: (caseId: string) => api.get<CaseNoteList>(`${c(caseId)}/notes`),
  create: (caseId: string, text: string, idempotencyKey: string) => {
    const body: CaseNoteInput = { text };
    return api.post<CaseNote>(`${c(caseId)}/notes`, body, { idempotencyKey });
  },
};

export const tasksApi = {
  /** Earliest due first; 403 for roles without a task list. */
  list: (limit = 200, signal?: AbortSignal) => api.get<TaskList>('/tasks', { limit }, signal),
};
