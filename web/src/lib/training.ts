// Training programmes, sessions and enrolments (issue #5): the pure rules the screens follow. The server decides
// (domain/training_rules.hpp); these only keep the UI from offering what it would refuse.
import type { EnrolmentStatus, TrainingEnrolmentPatch } from '../api/types';

export const ENROLMENT_STATUSES: EnrolmentStatus[] = ['ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'FAILED'];

export const TRAINING_KINDS = ['OPP', 'PEMBEKALAN_AKHIR', 'PELATIHAN_VOKASI', 'PELATIHAN_KEWIRAUSAHAAN', 'LAINNYA'] as const;

/** ENROLLED -> COMPLETED | DROPPED_OUT | FAILED; the last three are final (the server answers 409 otherwise). */
export function nextEnrolmentStatuses(from: EnrolmentStatus): EnrolmentStatus[] {
  return from === 'ENROLLED' ? ENROLMENT_STATUSES : [from];
}

export const isFinalEnrolment = (status: EnrolmentStatus) => status !== 'ENROLLED';

const DAY_MS = 86_400_000;
/** The most days a session shows as attendance boxes (a longer course is recorded in its first days). */
export const MAX_ATTENDANCE_DAYS = 62;

/** The session's days (YYYY-MM-DD) up to and including `today`: the days attendance can be recorded for. */
export function attendableDays(startsOn: string, endsOn: string, today: string): string[] {
  const last = endsOn < today ? endsOn : today;
  const days: string[] = [];
  for (let t = Date.parse(`${startsOn}T00:00:00Z`); days.length < MAX_ATTENDANCE_DAYS; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > last) break;
    days.push(day);
  }
  return days;
}

/** Adds or removes `day`, keeping the list sorted and without repeats (as the server stores it). */
export function toggleDay(days: string[], day: string): string[] {
  const set = new Set(days);
  if (set.has(day)) set.delete(day);
  else set.add(day);
  return [...set].sort();
}

export interface CompletionInput {
  certifies: boolean;
  certificateNumber: string;
  certificateIssuedOn: string;
}

/**
 * The patch that completes an enrolment, and the fields still missing: a programme that issues a certificate of
 * competence needs its number and issue date (completing it verifies the person's journey checklist).
 */
export function completionPatch(input: CompletionInput): { patch: TrainingEnrolmentPatch; missing: string[] } {
  const number = input.certificateNumber.trim();
  const issued = input.certificateIssuedOn.trim();
  const missing: string[] = [];
  if (input.certifies && number === '') missing.push('certificate_number');
  if (input.certifies && issued === '') missing.push('certificate_issued_on');
  const patch: TrainingEnrolmentPatch = { status: 'COMPLETED' };
  if (number !== '') patch.certificate_number = number;
  if (issued !== '') patch.certificate_issued_on = issued;
  return { patch, missing };
}

/** Badge colour of an enrolment status. */
export function enrolmentColor(status: EnrolmentStatus): string {
  switch (status) {
    case 'COMPLETED':
      return 'green';
    case 'DROPPED_OUT':
      return 'gray';
    case 'FAILED':
      return 'red';
    default:
      return 'blue';
  }
}
