// Cases (issue #4): the intake/edit form values and the bodies they send, the list's filters kept in the URL, the
// totals of a loaded page (victims are counted apart from cases), and what the workflow modal asks for. The server
// applies every rule (api/openapi.yaml, domain/case_workflow.hpp); this only shapes requests and explains refusals.
import type { Case, CaseInput, CaseScreening, CaseStatus, CaseTransitionInput } from '../api/types';

/** The workflow in the order the stepper shows it (codes of status_kasus). */
export const CASE_STATUSES: readonly CaseStatus[] = [
  'INTAKE', 'IDENTIFIKASI', 'ASESMEN', 'RENCANA_LAYANAN', 'LAYANAN', 'PEMULANGAN', 'REINTEGRASI',
  'MENUNGGU_PENUTUPAN', 'DITUTUP', 'DITUTUP_DIRUJUK',
];

export const CLOSED_STATUSES: readonly CaseStatus[] = ['DITUTUP', 'DITUTUP_DIRUJUK'];
export const isClosed = (s: CaseStatus) => CLOSED_STATUSES.includes(s);

/** Index of the status on the stepper; both closed statuses are the last step, after the closure request. */
export function statusStep(s: CaseStatus): number {
  if (isClosed(s)) return CASE_STATUSES.indexOf('DITUTUP');
  return Math.max(0, CASE_STATUSES.indexOf(s));
}

/** The statuses the state machine reaches from `from` (guards not applied; mirrors AllowedCaseMoves). */
export function allowedMoves(from: CaseStatus, statusBeforeClosure?: CaseStatus | null): CaseStatus[] {
  switch (from) {
    case 'INTAKE':
      return ['IDENTIFIKASI', 'MENUNGGU_PENUTUPAN'];
    case 'IDENTIFIKASI':
      return ['ASESMEN', 'MENUNGGU_PENUTUPAN'];
    case 'ASESMEN':
      return ['RENCANA_LAYANAN', 'MENUNGGU_PENUTUPAN'];
    case 'RENCANA_LAYANAN':
      return ['LAYANAN', 'ASESMEN', 'MENUNGGU_PENUTUPAN'];
    case 'LAYANAN':
      return ['PEMULANGAN', 'REINTEGRASI', 'ASESMEN', 'MENUNGGU_PENUTUPAN'];
    case 'PEMULANGAN':
      return ['REINTEGRASI', 'ASESMEN', 'MENUNGGU_PENUTUPAN'];
    case 'REINTEGRASI':
      return ['ASESMEN', 'MENUNGGU_PENUTUPAN'];
    case 'MENUNGGU_PENUTUPAN':
      // Approve (closed, or closed-referred) or refuse: back where the case was.
      return ['DITUTUP', 'DITUTUP_DIRUJUK', ...(statusBeforeClosure ? [statusBeforeClosure] : [])];
    case 'DITUTUP':
    case 'DITUTUP_DIRUJUK':
      return ['ASESMEN'];
  }
  return [];
}

/** A move away from MENUNGGU_PENUTUPAN: only a supervisor approves or refuses a closure. */
export const needsSupervisor = (from: CaseStatus) => from === 'MENUNGGU_PENUTUPAN';

/** What the transition modal asks for. */
export function caseTransitionNeeds(from: CaseStatus, to: CaseStatus) {
  const closing = to === 'MENUNGGU_PENUTUPAN';
  const reopening = isClosed(from);
  const backwards = CASE_STATUSES.indexOf(to) < CASE_STATUSES.indexOf(from) && !isClosed(to);
  const refusing = from === 'MENUNGGU_PENUTUPAN' && !isClosed(to);
  return {
    closureReason: closing,
    reasonRequired: closing || reopening || backwards || refusing,
    supervisor: needsSupervisor(from),
  };
}

export interface TransitionFormValues {
  to: CaseStatus | '';
  reason: string;
  closure_reason: string;
  effective_date: string;
}

export const TRANSITION_FIELDS = ['to', 'reason', 'closure_reason', 'effective_date'] as const;

/** The transition body: blanks left out, the closure reason only when asking to close. */
export function transitionBody(v: TransitionFormValues): CaseTransitionInput | null {
  if (!v.to) return null;
  const body: CaseTransitionInput = { to: v.to };
  if (v.reason.trim()) body.reason = v.reason.trim();
  if (v.to === 'MENUNGGU_PENUTUPAN' && v.closure_reason) body.closure_reason = v.closure_reason;
  if (v.effective_date) body.effective_date = v.effective_date;
  return body;
}

// ---------- the intake / edit form ----------

export interface CaseFormValues {
  intake_channel: string;
  reported_on: string;
  occurred_on: string;
  occurrence_country: string;
  occurrence_region_code: string;
  urgency: string;
  immediate_safety_risk: boolean;
  case_types: string[];
  violence_acts: string[];
  places: string[];
  pmi_problems: string[];
  reporter_name: string;
  reporter_contact: string;
  reporter_confidential: boolean;
  summary: string;
  victim_wants_return: boolean;
  return_assessed_safe: boolean;
}

/** The form's field paths, for mapping the server's field errors ("case_types[1]" -> "case_types"). */
export const CASE_FIELDS = [
  'intake_channel', 'reported_on', 'occurred_on', 'occurrence_country', 'occurrence_region_code', 'urgency',
  'immediate_safety_risk', 'case_types', 'violence_acts', 'places', 'pmi_problems', 'reporter_name',
  'reporter_contact', 'reporter_confidential', 'summary', 'victim_wants_return', 'return_assessed_safe',
] as const;

/** Today as YYYY-MM-DD in the user's local calendar. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyCaseValues(today: string = localToday()): CaseFormValues {
  return {
    intake_channel: '', reported_on: today, occurred_on: '', occurrence_country: '', occurrence_region_code: '',
    urgency: 'SEDANG', immediate_safety_risk: false, case_types: [], violence_acts: [], places: [], pmi_problems: [],
    reporter_name: '', reporter_contact: '', reporter_confidential: false, summary: '', victim_wants_return: false,
    return_assessed_safe: false,
  };
}

export function caseToValues(c: Case): CaseFormValues {
  return {
    intake_channel: c.intake_channel, reported_on: c.reported_on, occurred_on: c.occurred_on ?? '',
    occurrence_country: c.occurrence_country ?? '', occurrence_region_code: c.occurrence_region_code ?? '',
    urgency: c.urgency, immediate_safety_risk: c.immediate_safety_risk, case_types: [...c.case_types],
    violence_acts: [...c.violence_acts], places: [...c.places], pmi_problems: [...c.pmi_problems],
    reporter_name: c.reporter_name ?? '', reporter_contact: c.reporter_contact ?? '',
    reporter_confidential: c.reporter_confidential, summary: c.summary, victim_wants_return: c.victim_wants_return,
    return_assessed_safe: c.return_assessed_safe,
  };
}

const unique = (codes: readonly string[]) => [...new Set(codes)];

/**
 * All writable fields (the create body is compacted, the patch diffed by editForm). A region is sent only with
 * Indonesia (or no country): the server refuses a region abroad (region_outside_indonesia).
 */
export function valuesToCaseInput(v: CaseFormValues): CaseInput {
  const regionAllowed = v.occurrence_country === '' || v.occurrence_country === 'ID';
  return {
    intake_channel: v.intake_channel,
    reported_on: v.reported_on,
    occurred_on: v.occurred_on || null,
    occurrence_country: v.occurrence_country || null,
    occurrence_region_code: regionAllowed ? v.occurrence_region_code || null : null,
    urgency: v.urgency,
    immediate_safety_risk: v.immediate_safety_risk,
    case_types: unique(v.case_types),
    violence_acts: unique(v.violence_acts),
    places: unique(v.places),
    pmi_problems: unique(v.pmi_problems),
    reporter_name: v.reporter_name || null,
    reporter_contact: v.reporter_contact || null,
    reporter_confidential: v.reporter_confidential,
    summary: v.summary,
    victim_wants_return: v.victim_wants_return,
    return_assessed_safe: v.return_assessed_safe,
  };
}

// ---------- the list ----------

export interface CaseFilters {
  status: CaseStatus | '';
  case_type: string;
  /** A dotted region code ("61", "61.71"): the cases that happened there (the drill-down of the statistics). */
  region: string;
}

const REGION_CODE = /^\d{2}(\.\d{2})?(\.\d{2})?(\.\d{4})?$/;

export function caseFiltersFromParams(params: URLSearchParams): CaseFilters {
  const status = params.get('status') ?? '';
  return {
    status: (CASE_STATUSES as readonly string[]).includes(status) ? (status as CaseStatus) : '',
    case_type: params.get('case_type') ?? '',
    region: REGION_CODE.test(params.get('region') ?? '') ? (params.get('region') as string) : '',
  };
}

export function caseFiltersToParams(f: CaseFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.status) out.status = f.status;
  if (f.case_type.trim()) out.case_type = f.case_type.trim();
  if (f.region) out.region = f.region;
  return out;
}

/** "1 case, N victims": victims are counted apart from cases (one case, many victims). */
export function caseTotals(cases: readonly Pick<Case, 'victim_count'>[]): { cases: number; victims: number } {
  return { cases: cases.length, victims: cases.reduce((n, c) => n + (c.victim_count ?? 0), 0) };
}

/** The newest screening of each victim (screenings come newest last). */
export function latestScreeningByPerson(screenings: readonly CaseScreening[]): Map<string, CaseScreening> {
  const out = new Map<string, CaseScreening>();
  for (const s of screenings) out.set(s.person_id, s);
  return out;
}

/** The elements met of a stored screening, as element keys in a fixed order. */
export function elementsMet(s: Pick<CaseScreening, 'result'>): string[] {
  const e = s.result.elements_met;
  return (['act', 'means', 'purpose', 'child', 'exploitation_occurred'] as const).filter((k) => e[k]);
}
