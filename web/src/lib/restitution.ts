// Restitution claims of a case's victims (UU 21/2007 Ps 48-50): rupiah formatting and parsing, the form values and
// the bodies they send, and the two 14-day deadlines (payment after the final verdict's notice, Ps 50(1); seizure
// after the court's warning, Ps 50(3)) with their overdue state.
import type {
  CaseRestitution,
  CaseRestitutionInput,
  CaseRestitutionPatch,
  RestitutionComponentInput,
  RestitutionStage,
} from '../api/types';

/** komponen_restitusi, in the order of Ps 48(2). */
export const RESTITUTION_COMPONENTS = ['KEHILANGAN_KEKAYAAN_PENGHASILAN', 'PENDERITAAN', 'BIAYA_PERAWATAN', 'KERUGIAN_LAIN'] as const;

export const RESTITUTION_DATE_FIELDS = [
  'claimed_on', 'verdict_on', 'final_notice_on', 'paid_on', 'unpaid_reported_on', 'warning_on', 'seizure_on',
  'substitute_detention_on',
] as const;
type DateField = (typeof RESTITUTION_DATE_FIELDS)[number];

export const RESTITUTION_FIELDS = ['person_id', 'components', 'court_case_number', 'paid_idr', ...RESTITUTION_DATE_FIELDS] as const;

export const STAGE_COLOR: Record<RestitutionStage, string> = {
  DIAJUKAN: 'gray',
  DIPUTUS: 'blue',
  MENUNGGU_PEMBAYARAN: 'yellow',
  DIBAYAR: 'green',
  DIBAYAR_SEBAGIAN: 'teal',
  TIDAK_DIBAYAR_DILAPORKAN: 'orange',
  TEGURAN: 'orange',
  SITA_LELANG: 'red',
  KURUNGAN_PENGGANTI: 'grape',
};

const RUPIAH = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/** "Rp 1.500.000" (with a no-break space, as Intl writes it); "—" for no amount. */
export function formatRupiah(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : RUPIAH.format(amount);
}

/**
 * Whole rupiah from what an officer types: "1500000", "1.500.000", "Rp 1.500.000,-" or "1.500.000,00". null for an
 * empty text, NaN for anything else.
 */
export function parseRupiah(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const digits = trimmed.replace(/^rp\.?\s*/i, '').replace(/,(-|0+)?$/, '').replace(/[.\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export interface ComponentValues {
  component: string;
  claimed_idr: string;
  awarded_idr: string;
  note: string;
}

export interface RestitutionFormValues extends Record<DateField, string> {
  person_id: string;
  court_case_number: string;
  paid_idr: string;
  components: ComponentValues[];
}

export const emptyComponent = (component = ''): ComponentValues => ({ component, claimed_idr: '', awarded_idr: '', note: '' });

export const emptyRestitutionValues = (today: string, personId = ''): RestitutionFormValues => ({
  person_id: personId, court_case_number: '', paid_idr: '', components: [emptyComponent()], claimed_on: today,
  verdict_on: '', final_notice_on: '', paid_on: '', unpaid_reported_on: '', warning_on: '', seizure_on: '',
  substitute_detention_on: '',
});

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function restitutionToValues(r: CaseRestitution): RestitutionFormValues {
  return {
    person_id: r.person_id,
    court_case_number: r.court_case_number ?? '',
    paid_idr: text(r.paid_idr),
    components: r.components.map((c) => ({
      component: c.component, claimed_idr: text(c.claimed_idr), awarded_idr: text(c.awarded_idr), note: c.note ?? '',
    })),
    claimed_on: r.claimed_on,
    verdict_on: r.verdict_on ?? '',
    final_notice_on: r.final_notice_on ?? '',
    paid_on: r.paid_on ?? '',
    unpaid_reported_on: r.unpaid_reported_on ?? '',
    warning_on: r.warning_on ?? '',
    seizure_on: r.seizure_on ?? '',
    substitute_detention_on: r.substitute_detention_on ?? '',
  };
}

/** The amount fields that do not parse as rupiah, as form paths ("components[1].claimed_idr", "paid_idr"). */
export function invalidAmounts(v: RestitutionFormValues): string[] {
  const bad: string[] = [];
  v.components.forEach((c, i) => {
    if (Number.isNaN(parseRupiah(c.claimed_idr))) bad.push(`components[${i}].claimed_idr`);
    if (Number.isNaN(parseRupiah(c.awarded_idr))) bad.push(`components[${i}].awarded_idr`);
  });
  if (Number.isNaN(parseRupiah(v.paid_idr))) bad.push('paid_idr');
  return bad;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

function componentsBody(v: RestitutionFormValues): RestitutionComponentInput[] {
  return v.components.map((c) => ({
    component: c.component,
    // An empty amount goes as null, which the server answers with "required" on the field.
    claimed_idr: parseRupiah(c.claimed_idr) as number,
    awarded_idr: parseRupiah(c.awarded_idr),
    note: orNull(c.note),
  }));
}

export function restitutionBody(v: RestitutionFormValues): CaseRestitutionInput {
  const body: CaseRestitutionInput = {
    person_id: v.person_id,
    components: componentsBody(v),
    court_case_number: orNull(v.court_case_number),
    claimed_on: v.claimed_on,
    paid_idr: parseRupiah(v.paid_idr),
  };
  for (const f of RESTITUTION_DATE_FIELDS) {
    if (f !== 'claimed_on') body[f] = orNull(v[f]);
  }
  return body;
}

/** The merge patch of what changed; the components are sent whole when any of them changed. */
export function restitutionPatch(original: CaseRestitution, v: RestitutionFormValues): CaseRestitutionPatch {
  const before = restitutionToValues(original);
  const patch: CaseRestitutionPatch = {};
  const normalised = (cs: ComponentValues[]) =>
    JSON.stringify(cs.map((c) => [c.component, parseRupiah(c.claimed_idr), parseRupiah(c.awarded_idr), c.note.trim()]));
  if (normalised(v.components) !== normalised(before.components)) patch.components = componentsBody(v);
  if (v.court_case_number.trim() !== before.court_case_number) patch.court_case_number = orNull(v.court_case_number);
  if (parseRupiah(v.paid_idr) !== parseRupiah(before.paid_idr)) patch.paid_idr = parseRupiah(v.paid_idr);
  for (const f of RESTITUTION_DATE_FIELDS) {
    if (v[f] === before[f]) continue;
    if (f === 'claimed_on') {
      patch.claimed_on = v.claimed_on;
    } else {
      patch[f] = orNull(v[f]);
    }
  }
  return patch;
}

export interface Deadline {
  /** The last day (payment) or the first day (seizure), YYYY-MM-DD. */
  due: string;
  /** The step it waits for has not happened and `today` is past `due`. */
  overdue: boolean;
  /** The step it waits for happened (or the award is paid in full): the deadline no longer runs. */
  met: boolean;
}

/** The 14 days to pay after the final verdict's notice (Ps 50(1)); met by full payment or the report of non-payment. */
export function paymentDeadline(r: CaseRestitution, today: string): Deadline | null {
  if (!r.payment_due_on) return null;
  const met = r.stage === 'DIBAYAR' || !!r.unpaid_reported_on;
  return { due: r.payment_due_on, met, overdue: !met && r.payment_due_on < today };
}

/** The 14 days after the court's warning (Ps 50(3)); met by full payment, the seizure or substitute detention. */
export function seizureDeadline(r: CaseRestitution, today: string): Deadline | null {
  if (!r.seizure_due_on) return null;
  const met = r.stage === 'DIBAYAR' || !!r.seizure_on || !!r.substitute_detention_on;
  return { due: r.seizure_due_on, met, overdue: !met && r.seizure_due_on < today };
}
