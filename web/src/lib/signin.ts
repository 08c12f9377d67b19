// Sign-in: where to go afterwards, and what a refused sign-in means for the form.
import type { ClientProblem } from '../api/client';

export const SIGN_IN_PATH = '/masuk';

/** A local path to return to after signing in; anything else (other origins, the sign-in page) gives "/". */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`)) return '/';
  return next;
}

/** The sign-in page, remembering where the user wanted to go. */
export function signInPath(intended: string): string {
  const next = safeReturnPath(intended);
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}

export type SignInFailure =
  | { kind: 'invalid_credentials' }
  | { kind: 'totp_required'; codeWasSent: boolean }
  | { kind: 'totp_setup_required' }
  | { kind: 'locked'; waitSeconds: number | null }
  | { kind: 'other' };

export function classifySignInFailure(problem: ClientProblem, retryAfter: number | null, codeWasSent: boolean): SignInFailure {
  switch (problem.code) {
    case 'auth.invalid_credentials':
      return { kind: 'invalid_credentials' };
    case 'auth.totp_required':
      return { kind: 'totp_required', codeWasSent };
    case 'auth.totp_setup_required':
      return { kind: 'totp_setup_required' };
    case 'auth.locked':
      return { kind: 'locked', waitSeconds: retryAfter };
    default:
      return problem.status === 429 ? { kind: 'locked', waitSeconds: retryAfter } : { kind: 'other' };
  }
}

/** A wait as whole minutes (rounded up) when a minute or more, else seconds. */
export function splitWait(seconds: number): { unit: 'minutes' | 'seconds'; n: number } {
  if (seconds >= 60) return { unit: 'minutes', n: Math.ceil(seconds / 60) };
  return { unit: 'seconds', n: Math.max(1, Math.ceil(seconds)) };
}
