// Referrals between agencies (issue #4): which side of a referral the user's agency is on and what it may do there,
// how long the receiver took to answer, which victims lack a consent when the server refuses (consent_missing), the
// list's filters kept in the URL, and the body the "Rujuk" form sends. The server decides every access; this only
// hides what would be refused and explains refusals.
import type { ClientProblem } from '../api/client';
import type { Me, Referral, ReferralInput, ReferralStatus } from '../api/types';
import type { Lang } from '../i18n/i18n';
import { can } from './access';

export const REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'MENUNGGU', 'DITERIMA', 'DITOLAK', 'SELESAI', 'DICABUT', 'DITERUSKAN',
];

/** Still waiting for or under the receiver's work: the sender may revoke, the receiver may forward. */
export const isOpenReferral = (s: ReferralStatus) => s === 'MENUNGGU' || s === 'DITERIMA';

/** The statuses in which the receiving agency sees the case and the referred persons. */
export const grantsAccess = (s: ReferralStatus) => s === 'DITERIMA' || s === 'SELESAI';

export const REFERRAL_STATUS_COLOR: Record<ReferralStatus, string> = {
  MENUNGGU: 'yellow',
  DITERIMA: 'blue',
  DITOLAK: 'red',
  SELESAI: 'green',
  DICABUT: 'gray',
  DITERUSKAN: 'grape',
};

export type ReferralSide = 'sender' | 'receiver' | 'other';

type Viewer = Pick<Me, 'agency' | 'permissions' | 'roles'> & Partial<Pick<Me, 'scope'>>;

export function referralSide(ref: Pick<Referral, 'from_agency_id' | 'to_agency_id'>, me: Viewer | null | undefined): ReferralSide {
  if (!me) return 'other';
  if (me.agency.id === ref.to_agency_id) return 'receiver';
  if (me.agency.id === ref.from_agency_id) return 'sender';
  return 'other';
}

export interface ReferralActions {
  accept: boolean;
  decline: boolean;
  complete: boolean;
  forward: boolean;
  revoke: boolean;
  /** The case page will open (the sender's case, or the receiver's after accepting). */
  openCase: boolean;
}

/** What the signed-in user may do with a referral (case write rights, the side of the referral, its status). */
export function referralActions(ref: Pick<Referral, 'from_agency_id' | 'to_agency_id' | 'status'>, me: Viewer | null | undefined): ReferralActions {
  const side = referralSide(ref, me);
  const write = can(me, 'case_write');
  const receiver = write && side === 'receiver';
  const national = me?.scope === 'NATIONAL';
  return {
    accept: receiver && ref.status === 'MENUNGGU',
    decline: receiver && ref.status === 'MENUNGGU',
    complete: receiver && ref.status === 'DITERIMA',
    forward: receiver && isOpenReferral(ref.status),
    revoke: write && side === 'sender' && isOpenReferral(ref.status),
    openCase: side === 'sender' || national || (side === 'receiver' && grantsAccess(ref.status)),
  };
}

const HOUR = 3_600_000;

/** Hours from sending to the answer (accepted, declined or forwarded); null while unanswered. */
export function responseHours(ref: Pick<Referral, 'created_at' | 'responded_at'>): number | null {
  if (!ref.responded_at) return null;
  const ms = Date.parse(ref.responded_at) - Date.parse(ref.created_at);
  return Number.isFinite(ms) ? Math.max(0, ms / HOUR) : null;
}

/** Hours an unanswered referral has waited so far; null once answered (or revoked before an answer). */
export function waitingHours(ref: Pick<Referral, 'created_at' | 'responded_at' | 'status'>, now: Date = new Date()): number | null {
  if (ref.responded_at || ref.status !== 'MENUNGGU') return null;
  const ms = now.getTime() - Date.parse(ref.created_at);
  return Number.isFinite(ms) ? Math.max(0, ms / HOUR) : null;
}

/** "< 1 jam", "5 jam", "2 hari 3 jam" (id) / "< 1 hour", "5 hours", "2 days 3 hours" (en); "—" for null. */
export function formatHours(hours: number | null | undefined, lang: Lang): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return '—';
  const id = lang === 'id';
  const h = (n: number) => (id ? `${n} jam` : `${n} ${n === 1 ? 'hour' : 'hours'}`);
  const d = (n: number) => (id ? `${n} hari` : `${n} ${n === 1 ? 'day' : 'days'}`);
  if (hours < 1) return id ? '< 1 jam' : '< 1 hour';
  const whole = Math.round(hours);
  if (whole < 48) return h(whole);
  const days = Math.floor(whole / 24);
  const rest = whole % 24;
  return rest === 0 ? d(days) : `${d(days)} ${h(rest)}`;
}

/**
 * The persons the server found without a RUJUKAN_LAYANAN consent for the receiver's agency type: errors
 * `person_ids[i]` with code consent_missing, mapped back to the ids that were sent.
 */
export function consentMissingPersons(problem: ClientProblem | null | undefined, sent: readonly string[]): string[] {
  const out: string[] = [];
  for (const e of problem?.errors ?? []) {
    if (e.code !== 'consent_missing') continue;
    const m = /^person_ids\[(\d+)\]$/.exec(e.field);
    const id = m ? sent[Number(m[1])] : undefined;
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export interface ReferralFormValues {
  to_agency_id: string;
  person_ids: string[];
  services: string[];
  urgency: string;
  message: string;
  consent_override_reason: string;
}

export const REFERRAL_FIELDS = ['to_agency_id', 'person_ids', 'services', 'urgency', 'message', 'consent_override_reason'] as const;

export const emptyReferralValues = (): ReferralFormValues => ({
  to_agency_id: '', person_ids: [], services: [], urgency: 'SEDANG', message: '', consent_override_reason: '',
});

/** The POST body; the override reason only when given (a non-supervisor sending one is refused). */
export function referralBody(v: ReferralFormValues): ReferralInput {
  const body: ReferralInput = {
    to_agency_id: v.to_agency_id.trim(),
    person_ids: [...v.person_ids],
    services: [...v.services],
    message: v.message.trim(),
    urgency: v.urgency || 'SEDANG',
  };
  const reason = v.consent_override_reason.trim();
  if (reason) body.consent_override_reason = reason;
  return body;
}

export interface ReferralFilters {
  box: 'inbox' | 'outbox';
  status: ReferralStatus | '';
}

export function referralFiltersFromParams(p: URLSearchParams): ReferralFilters {
  const status = p.get('status') ?? '';
  return {
    box: p.get('box') === 'outbox' ? 'outbox' : 'inbox',
    status: (REFERRAL_STATUSES as readonly string[]).includes(status) ? (status as ReferralStatus) : '',
  };
}

export function referralFiltersToParams(f: ReferralFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.box === 'outbox') out.box = 'outbox';
  if (f.status) out.status = f.status;
  return out;
}

/**
 * A case the user's agency sees only because a referral shares it (owned by another agency, user scope limited to
 * their own agency): read-only for them, and only the referred persons are shown. REGION scope cannot be told
 * apart here; the server refuses a change (case.referral_read_only) either way.
 */
export function sharedByReferral(
  kase: { owner_agency_id: string | null },
  me: Pick<Me, 'agency'> & Partial<Pick<Me, 'scope'>> | null | undefined,
): boolean {
  if (!me || kase.owner_agency_id === null || kase.owner_agency_id === me.agency.id) return false;
  return me.scope === 'OWN' || me.scope === 'AGENCY';
}

/** The response-time report's default period: the 30 days up to `today` (YYYY-MM-DD, UTC), both included. */
export function defaultReportRange(today: string): { from: string; to: string } {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 29);
  return { from: d.toISOString().slice(0, 10), to: today };
}
