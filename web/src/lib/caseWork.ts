// Services delivered on a case (issue #4): the form values and the bodies they send, the forward-only status moves
// (DIRENCANAKAN -> BERJALAN -> SELESAI, or DIBATALKAN), and the first-aid due date (UU 21/2007 Ps 53).
import type { CaseServiceDelivery, CaseServiceInput, CaseServicePatch, CaseServiceStatus } from '../api/types';

export const SERVICE_FIELDS = [
  'service', 'person_id', 'status', 'requested_on', 'started_on', 'completed_on', 'reference', 'outcome',
] as const;

/** The statuses a service may move to from `from` (itself included, as the select's current value). */
export function serviceStatusChoices(from: CaseServiceStatus): CaseServiceStatus[] {
  switch (from) {
    case 'DIRENCANAKAN':
      return ['DIRENCANAKAN', 'BERJALAN', 'SELESAI', 'DIBATALKAN'];
    case 'BERJALAN':
      return ['BERJALAN', 'SELESAI', 'DIBATALKAN'];
    default:
      return [from];
  }
}

export const isServiceFinal = (s: CaseServiceStatus) => s === 'SELESAI' || s === 'DIBATALKAN';

export interface ServiceFormValues {
  service: string;
  person_id: string;
  status: CaseServiceStatus;
  requested_on: string;
  started_on: string;
  completed_on: string;
  reference: string;
  outcome: string;
}

export const emptyServiceValues = (today: string): ServiceFormValues => ({
  service: '', person_id: '', status: 'DIRENCANAKAN', requested_on: today, started_on: '', completed_on: '',
  reference: '', outcome: '',
});

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export function serviceBody(v: ServiceFormValues): CaseServiceInput {
  return {
    service: v.service,
    person_id: orNull(v.person_id),
    status: v.status,
    requested_on: v.requested_on,
    started_on: orNull(v.started_on),
    completed_on: orNull(v.completed_on),
    reference: orNull(v.reference),
    outcome: orNull(v.outcome),
  };
}

export function serviceToValues(s: CaseServiceDelivery): ServiceFormValues {
  return {
    service: s.service,
    person_id: s.person_id ?? '',
    status: s.status,
    requested_on: s.requested_on,
    started_on: s.started_on ?? '',
    completed_on: s.completed_on ?? '',
    reference: s.reference ?? '',
    outcome: s.outcome ?? '',
  };
}

/**
 * The merge patch of what changed. A masked outcome (read as null) is left out unless a new one was typed, so the
 * stored one stays.
 */
export function servicePatch(original: CaseServiceDelivery, v: ServiceFormValues): CaseServicePatch {
  const before = serviceToValues(original);
  const patch: CaseServicePatch = {};
  if (v.status !== before.status) patch.status = v.status;
  if (v.started_on !== before.started_on) patch.started_on = orNull(v.started_on);
  if (v.completed_on !== before.completed_on) patch.completed_on = orNull(v.completed_on);
  if (v.reference.trim() !== before.reference) patch.reference = orNull(v.reference);
  const masked = original.masked_fields.includes('outcome');
  if (v.outcome.trim() !== before.outcome && !(masked && !v.outcome.trim())) patch.outcome = orNull(v.outcome);
  return patch;
}

/** A first-aid service past its due date and not done or cancelled (`today` as YYYY-MM-DD). */
export function isServiceOverdue(s: Pick<CaseServiceDelivery, 'due_on' | 'status'>, today: string): boolean {
  return !!s.due_on && !isServiceFinal(s.status) && s.due_on < today;
}
