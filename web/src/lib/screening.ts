// The stand-alone TPPO screening (POST /screenings/tppo; domain/tppo_screening.hpp, DOMAIN.md §1.6, §2.1): the form
// state and the request it sends, how the victim's age is read, and how the result is shown. The server applies the
// rule; nothing here decides a result.
import type { TppoScreeningInput, TppoScreeningResult } from '../api/types';
import type { Lang } from '../i18n/i18n';

/** UU 21/2007 Ps 1 angka 5: a child is anyone under 18. */
export const CHILD_AGE_LIMIT = 18;

/** The code list behind each multiple-choice field, in the order the form shows them. */
export const SCREENING_CODELISTS = {
  acts: 'tppo_act',
  means: 'tppo_means',
  purposes: 'eksploitasi_type',
  ilo_indicators: 'ilo_forced_labour',
} as const;
export type CodeField = keyof typeof SCREENING_CODELISTS;
export const CODE_FIELDS = Object.keys(SCREENING_CODELISTS) as CodeField[];

/** The form's field paths, for mapping the server's field errors ("acts[1]" -> "acts"). */
export const SCREENING_FIELDS = [...CODE_FIELDS, 'victim_age', 'exploitation_occurred'] as const;

export type ScreeningResultCode = TppoScreeningResult['result'];

export interface ScreeningFormValues {
  acts: string[];
  means: string[];
  purposes: string[];
  ilo_indicators: string[];
  /** As typed; empty = unknown. */
  victim_age: string;
  exploitation_occurred: boolean;
}

export function newScreeningValues(): ScreeningFormValues {
  return { acts: [], means: [], purposes: [], ilo_indicators: [], victim_age: '', exploitation_occurred: false };
}

export type ParsedAge = { ok: true; age: number | null } | { ok: false };

/**
 * The victim's age as typed: empty is unknown (null, treated as an adult by the server); a whole number of years is
 * sent as it is, so the server names one outside 0..130; anything else (fractions, words) cannot be sent.
 */
export function parseAge(text: string): ParsedAge {
  const s = text.trim();
  if (s === '') return { ok: true, age: null };
  if (!/^-?\d+$/.test(s)) return { ok: false };
  const age = Number(s);
  return Number.isSafeInteger(age) ? { ok: true, age } : { ok: false };
}

/** Under 18 as typed (false while unknown or unreadable): the means element is then not needed. */
export function isChildAge(text: string): boolean {
  const parsed = parseAge(text);
  return parsed.ok && parsed.age !== null && parsed.age >= 0 && parsed.age < CHILD_AGE_LIMIT;
}

const unique = (codes: readonly string[]) => [...new Set(codes)];

/** The request body for the form, or null when the age cannot be read. Every field is sent, empty lists too. */
export function screeningBody(v: ScreeningFormValues): TppoScreeningInput | null {
  const age = parseAge(v.victim_age);
  if (!age.ok) return null;
  return {
    acts: unique(v.acts),
    means: unique(v.means),
    purposes: unique(v.purposes),
    victim_age: age.age,
    exploitation_occurred: v.exploitation_occurred,
    ilo_indicators: unique(v.ilo_indicators),
  };
}

/** Mantine colours: presumed trafficking red (a child orange), exploitation without means yellow, no pattern grey. */
export const RESULT_COLOR: Record<ScreeningResultCode, string> = {
  PRESUMED_TPPO: 'red',
  PRESUMED_TPPO_CHILD: 'orange',
  EXPLOITATION_WITHOUT_MEANS: 'yellow',
  NOT_TPPO_PATTERN: 'gray',
};

/** The colour of a result; grey for one this page does not know (a newer server). */
export function resultColor(result: string): string {
  return (RESULT_COLOR as Record<string, string>)[result] ?? 'gray';
}

/** The explanation in the page's language (the server writes both). */
export function explanationFor(r: Pick<TppoScreeningResult, 'explanation' | 'explanation_id'>, lang: Lang): string {
  return lang === 'id' ? r.explanation_id : r.explanation;
}

export type ElementKey = keyof TppoScreeningResult['elements_met'];
export const ELEMENT_KEYS: readonly ElementKey[] = ['act', 'means', 'purpose', 'child', 'exploitation_occurred'];

export interface ElementRow {
  key: ElementKey;
  met: boolean;
  /** The means element is not needed for a child (Palermo 3(c); UU 21/2007 Ps 5, 6, 17). */
  notRequired: boolean;
}

/** The elements-met checklist, in a fixed order. */
export function elementRows(r: Pick<TppoScreeningResult, 'elements_met'>): ElementRow[] {
  const e = r.elements_met;
  return ELEMENT_KEYS.map((key) => ({ key, met: e[key], notRequired: key === 'means' && e.child && !e.means }));
}

export type ForcedLabourStatus = 'suspected' | 'refer' | 'none';

/** ILO-11 rule outcome: suspected forced labour, an indicator that calls for an assessment, or neither. */
export function forcedLabourStatus(fl: TppoScreeningResult['forced_labour']): ForcedLabourStatus {
  if (fl.suspected) return 'suspected';
  if (fl.refer_for_assessment) return 'refer';
  return 'none';
}

export const FORCED_LABOUR_COLOR: Record<ForcedLabourStatus, string> = {
  suspected: 'red',
  refer: 'orange',
  none: 'gray',
};
