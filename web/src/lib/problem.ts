// Maps RFC 9457 problem details to what a form shows: a message per known field plus one general message.
import type { ClientProblem } from '../api/client';

export interface FormErrors {
  /** Keyed by form field path, e.g. "full_name", "documents[2].status". */
  fields: Record<string, string>;
  /** For the general Alert: problem detail and any field errors that match no form field. */
  general: string | null;
  /** Stable problem code, e.g. "version_mismatch". */
  code: string | null;
  status: number;
}

export type Translate = (key: string, fallback: string) => string;

const identity: Translate = (_key, fallback) => fallback;

/**
 * The form field an API field path belongs to: the exact path when the form has it, otherwise the nearest parent
 * ("aliases[1]" -> "aliases", "documents[2].number" -> "documents[2]" -> "documents").
 */
export function resolveField(path: string, known: readonly string[]): string | null {
  let p = path;
  while (p) {
    if (known.includes(p)) return p;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) break;
    p = p.slice(0, cut);
  }
  return null;
}

/** The general message for a problem: special cases first, then the server's detail or title. */
export function generalMessage(problem: ClientProblem, t: Translate = identity): string {
  if (problem.status === 412 || problem.code === 'version_mismatch') {
    return t('problem.version_mismatch', 'The record was changed by someone else. Reload it and apply your change again.');
  }
  if (problem.status === 0) return t('problem.network', 'The server cannot be reached.');
  if (problem.code) {
    const translated = t(`problem.${problem.code}`, '');
    if (translated) return problem.detail ? `${translated} (${problem.detail})` : translated;
  }
  return problem.detail || problem.title || `HTTP ${problem.status}`;
}

/**
 * `known` lists the form's field paths. Field messages are translated by error code ("fieldError.required"),
 * falling back to the server's English message.
 */
export function problemToFormErrors(problem: ClientProblem, known: readonly string[], t: Translate = identity): FormErrors {
  const fields: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const e of problem.errors ?? []) {
    const message = t(`fieldError.${e.code}`, '') || e.message || e.code;
    const target = resolveField(e.field, known);
    if (target === null) {
      unmatched.push(`${e.field}: ${message}`);
    } else if (!fields[target]) {
      fields[target] = message;
    }
  }
  const hasFieldErrors = Object.keys(fields).length > 0;
  let general: string | null = null;
  if (!hasFieldErrors || unmatched.length > 0 || problem.status !== 422) {
    general = generalMessage(problem, t);
    if (unmatched.length > 0) general = `${general} — ${unmatched.join('; ')}`;
  }
  return { fields, general, code: problem.code ?? null, status: problem.status };
}
