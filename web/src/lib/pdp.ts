// Personal-data protection (UU 27/2022) rules the screens show before the server checks them (domain/pdp.cpp):
// who may give a child's consent, what each lawful basis needs, the 3 x 24 h deadline of a data-subject request,
// and the request list's filters (kept in the URL).
import type { RequestQuery } from '../api/pdp';
import type { ConsentChecklist, ConsentInput, DataSubjectRequestInput, RequestStatus } from '../api/types';
import type { Lang } from '../i18n/i18n';

/** UU 35/2014 Ps 1(1): a child is anyone under 18. */
export const ADULT_AGE = 18;
/** UU 27/2022 Ps 30, 32, 40, 41: a request is answered within 3 x 24 hours of its receipt. */
export const REQUEST_DEADLINE_HOURS = 72;
/** An open request due within this time is flagged as due soon. */
export const DUE_SOON_MS = 24 * 3_600_000;
/** The server's limit on notes and reasons. */
export const MAX_NOTE_LENGTH = 2000;

/** The HTCDS con_Consent items, in the order the form shows them. */
export const CHECKLIST_ITEMS = [
  'informed_purpose',
  'informed_use',
  'informed_storage_period',
  'informed_right_to_access',
  'informed_withdrawal',
] as const satisfies readonly (keyof ConsentChecklist)[];
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** The hak_subjek codes a request may name (the rights with a 3 x 24 h duty; domain/pdp.hpp kRequestKinds). */
export const REQUEST_KINDS = ['AKSES_SALINAN', 'KOREKSI', 'TUNDA_BATASI', 'HAPUS_AKHIRI', 'TARIK_PERSETUJUAN'] as const;

export const REQUEST_STATUSES: readonly RequestStatus[] = ['open', 'completed', 'refused'];

/** Whole years between a YYYY-MM-DD birth date and `today` (UTC days, as the server counts); null if unreadable. */
export function ageOn(birthDate: string, today: Date): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ty = today.getUTCFullYear();
  const tm = today.getUTCMonth() + 1;
  const td = today.getUTCDate();
  let age = ty - y;
  if (tm < mo || (tm === mo && td < d)) age -= 1;
  return age;
}

/** Under 18 on `today`. An unknown birth date counts as an adult, as on the server. */
export function isChild(birthDate: string | null | undefined, today: Date): boolean {
  if (!birthDate) return false;
  const age = ageOn(birthDate, today);
  return age !== null && age < ADULT_AGE;
}

export interface ConsentFormValues {
  purpose: string;
  recipient_types: string[];
  lawful_basis: string;
  given_by: string;
  guardian_person_id: string;
  checklist: Record<ChecklistItem, boolean>;
  note: string;
}

/** A new consent: explicit consent (Ps 20(2)a), given by the person, or by a parent when the person is a child. */
export function newConsentValues(child: boolean): ConsentFormValues {
  return {
    purpose: '',
    recipient_types: [],
    lawful_basis: 'PERSETUJUAN',
    given_by: child ? 'ORANG_TUA' : 'SUBJEK',
    guardian_person_id: '',
    checklist: {
      informed_purpose: false,
      informed_use: false,
      informed_storage_period: false,
      informed_right_to_access: false,
      informed_withdrawal: false,
    },
    note: '',
  };
}

export interface ConsentRules {
  /** Consent is valid only once the person was told every checklist item (Ps 22). */
  checklistRequired: boolean;
  /** Another lawful basis than consent needs a note saying why (e.g. the guardian is the suspected abuser). */
  noteRequired: boolean;
  /** A parent or guardian gave it: the registered guardian may be named. */
  guardianAllowed: boolean;
  /** The person is a child and the basis is consent: only a parent or guardian may give it (Ps 25). */
  guardianRequired: boolean;
  /** The form asks for a child's own consent, which the server refuses (`child_consent`). */
  childOwnConsent: boolean;
}

export function consentRules(v: Pick<ConsentFormValues, 'lawful_basis' | 'given_by'>, child: boolean): ConsentRules {
  const consent = v.lawful_basis === 'PERSETUJUAN';
  const guardianRequired = consent && child;
  return {
    checklistRequired: consent,
    noteRequired: v.lawful_basis !== '' && !consent,
    guardianAllowed: v.given_by === 'ORANG_TUA' || v.given_by === 'WALI',
    guardianRequired,
    childOwnConsent: guardianRequired && v.given_by === 'SUBJEK',
  };
}

/** The POST body of a consent form: trimmed, the guardian only for a parent's or guardian's consent. */
export function consentBody(v: ConsentFormValues, child: boolean): ConsentInput {
  const rules = consentRules(v, child);
  const note = v.note.trim();
  const guardian = v.guardian_person_id.trim();
  return {
    purpose: v.purpose,
    recipient_types: [...v.recipient_types],
    lawful_basis: v.lawful_basis,
    given_by: v.given_by,
    guardian_person_id: rules.guardianAllowed && guardian ? guardian : null,
    checklist: { ...v.checklist },
    note: note || null,
  };
}

export interface RequestFormValues {
  kind: string;
  channel: string;
  /** `<input type="datetime-local">` value (local time); empty: now. */
  received_at: string;
  note: string;
}

export const newRequestValues = (): RequestFormValues => ({ kind: '', channel: '', received_at: '', note: '' });

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A datetime-local value (the browser's time zone) as RFC 3339 UTC; undefined when empty or unreadable. */
export function localDateTimeToIso(value: string): string | undefined {
  const m = LOCAL_DATE_TIME.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const t = new Date(y, mo - 1, d, h, mi, s);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function requestBody(v: RequestFormValues): DataSubjectRequestInput {
  const note = v.note.trim();
  const body: DataSubjectRequestInput = { kind: v.kind, channel: v.channel, note: note || null };
  const received = localDateTimeToIso(v.received_at);
  if (received) body.received_at = received;
  return body;
}

/** When a request received at `receivedAt` (RFC 3339) is due: 72 hours later. */
export function dueAtOf(receivedAt: string): string {
  return new Date(Date.parse(receivedAt) + REQUEST_DEADLINE_HOURS * 3_600_000).toISOString();
}

export type DeadlineState = 'closed' | 'overdue' | 'due_soon' | 'open';

export interface Deadline {
  state: DeadlineState;
  /** Milliseconds until `due_at`; negative once past it. */
  remainingMs: number;
}

/**
 * Where an open request stands against its 3 x 24 h deadline at `now` (ms). The server's `overdue` (computed when it
 * answered) counts too, so a clock behind the server's never hides an overdue request.
 */
export function deadlineOf(r: { status: RequestStatus; due_at: string; overdue?: boolean }, now: number): Deadline {
  const remainingMs = Date.parse(r.due_at) - now;
  if (r.status !== 'open') return { state: 'closed', remainingMs };
  if (r.overdue || remainingMs < 0) return { state: 'overdue', remainingMs };
  return { state: remainingMs <= DUE_SOON_MS ? 'due_soon' : 'open', remainingMs };
}

const UNITS: Record<Lang, { day: [string, string]; hour: [string, string]; minute: [string, string] }> = {
  id: { day: ['hari', 'hari'], hour: ['jam', 'jam'], minute: ['menit', 'menit'] },
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'] },
};

/** A duration as its two largest units, rounded down to whole minutes: "2 hari 5 jam", "3 hours 12 minutes". */
export function formatDuration(ms: number, lang: Lang): string {
  const u = UNITS[lang];
  const total = Math.floor(Math.abs(ms) / 60_000);
  if (total < 1) return lang === 'id' ? '< 1 menit' : '< 1 minute';
  const parts: [number, [string, string]][] = [
    [Math.floor(total / 1440), u.day],
    [Math.floor((total % 1440) / 60), u.hour],
    [total % 60, u.minute],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, [one, many]]) => `${n} ${n === 1 ? one : many}`)
    .join(' ');
}

export interface RequestFilters {
  /** '' for every status. */
  status: '' | RequestStatus;
  overdue: boolean;
  person_id: string;
}

export const EMPTY_REQUEST_FILTERS: RequestFilters = { status: '', overdue: false, person_id: '' };

export function requestFiltersFromParams(params: URLSearchParams): RequestFilters {
  const status = params.get('status') ?? '';
  return {
    status: (REQUEST_STATUSES as readonly string[]).includes(status) ? (status as RequestStatus) : '',
    overdue: params.get('overdue') === 'true',
    person_id: (params.get('person_id') ?? '').trim(),
  };
}

/** Only open requests can be overdue: the flag is dropped with a closed status (the API refuses that mix). */
export function requestFiltersToParams(f: RequestFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.status) out.status = f.status;
  if (f.overdue && (f.status === '' || f.status === 'open')) out.overdue = 'true';
  if (f.person_id.trim()) out.person_id = f.person_id.trim();
  return out;
}

export function requestFiltersToQuery(f: RequestFilters): RequestQuery {
  const p = requestFiltersToParams(f);
  const q: RequestQuery = {};
  if (p.status) q.status = p.status as RequestStatus;
  if (p.overdue) q.overdue = true;
  if (p.person_id) q.person_id = p.person_id;
  return q;
}

/** The download name the server's Content-Disposition gives the export. */
export function exportFileName(personId: string): string {
  return `sinergi-person-${personId.replace(/[^A-Za-z0-9_-]/g, '_')}.json`;
}
