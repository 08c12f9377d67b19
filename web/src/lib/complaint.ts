// The complaint-handling deadlines of a PMI complaint (Perban BP2MI 6/2024 Ps 30; Perban BP2MI 23/2025 Ps 18): the
// form values of the facts, the merge patch of what changed, and how a timer is shown.
import type { ComplaintFacts, ComplaintFactsPatch, ComplaintTimer } from '../api/types';

export const COMPLAINT_FIELDS = [
  'documents_incomplete', 'info_requested_on', 'unreachable_since', 'awaiting_response_since', 'settlement_clarified_on',
  'case_types',
] as const;

export const COMPLAINT_DATE_FIELDS = [
  'info_requested_on', 'unreachable_since', 'awaiting_response_since', 'settlement_clarified_on',
] as const;
export type ComplaintDateField = (typeof COMPLAINT_DATE_FIELDS)[number];

export interface ComplaintFormValues {
  documents_incomplete: boolean;
  info_requested_on: string;
  unreachable_since: string;
  awaiting_response_since: string;
  settlement_clarified_on: string;
}

/** Only a migrant worker's complaint (jenis_kasus PMI_BERMASALAH) has these deadlines. */
export const isPmiComplaint = (caseTypes: readonly string[]) => caseTypes.includes('PMI_BERMASALAH');

export function complaintToValues(f: ComplaintFacts): ComplaintFormValues {
  return {
    documents_incomplete: f.documents_incomplete,
    info_requested_on: f.info_requested_on ?? '',
    unreachable_since: f.unreachable_since ?? '',
    awaiting_response_since: f.awaiting_response_since ?? '',
    settlement_clarified_on: f.settlement_clarified_on ?? '',
  };
}

/** The merge patch of what changed; an emptied date is sent as null (which stops its timer). */
export function complaintPatch(original: ComplaintFacts, v: ComplaintFormValues): ComplaintFactsPatch {
  const before = complaintToValues(original);
  const patch: ComplaintFactsPatch = {};
  if (v.documents_incomplete !== before.documents_incomplete) patch.documents_incomplete = v.documents_incomplete;
  for (const field of COMPLAINT_DATE_FIELDS) {
    if (v[field] !== before[field]) patch[field] = v[field] ? v[field] : null;
  }
  return patch;
}

export type TimerState = 'overdue' | 'due_soon' | 'running';

/**
 * How a timer stands on `today` (YYYY-MM-DD, local): overdue as the server says, due soon within `soonDays` days of
 * its due day, else running.
 */
export function timerState(timer: Pick<ComplaintTimer, 'due_on' | 'overdue'>, today: string, soonDays = 7): TimerState {
  if (timer.overdue) return 'overdue';
  const days = (Date.parse(`${timer.due_on}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= soonDays ? 'due_soon' : 'running';
}
