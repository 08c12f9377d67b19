// The one place that talks HTTP. Turns non-2xx answers into ApiError carrying RFC 9457 problem details.
// Cookie sessions: every request goes with `credentials: 'same-origin'`; writes carry `X-CSRF-Token`; a 401 from any
// call (except the ones that opt out, like the sign-in itself) is reported to the handler the auth provider sets.
import { readCookie } from '../lib/cookies';
import type { Problem } from './types';

export const API_BASE = '/api/v1';

/**
 * A problem as a caller holds it: the server's RFC 9457 problem, or one the client made up for a network failure or
 * an error page that is not problem+json (e.g. from a proxy), where the server's required fields may be missing.
 */
export type ClientProblem = Partial<Problem> & Pick<Problem, 'status'>;

export class ApiError extends Error {
  readonly problem: ClientProblem;
  /** Seconds from a `Retry-After` header (429 auth.locked), when the server sent one. */
  readonly retryAfter: number | null;
  constructor(problem: ClientProblem, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
  get status(): number {
    return this.problem.status;
  }
}

/** A successful answer with the headers the app uses. */
export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | null;
  location: string | null;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** ETag of the version being changed (PATCH, DELETE, transitions). */
  ifMatch?: string | null;
  /** Makes a POST create safe to retry. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** A 401 is the caller's business (sign-in, the initial "who am I"): do not send the user to the sign-in page. */
  noAuthRedirect?: boolean;
}

export const CSRF_COOKIE = 'sinergi_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// The csrf_token of the last sign-in, for when the cookie cannot be read. Never persisted.
let csrfFromLogin: string | null = null;
let unauthorizedHandler: ((problem: ClientProblem) => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfFromLogin = token;
}

/** The token for X-CSRF-Token: the readable sinergi_csrf cookie, else the one the sign-in answered. */
export function csrfToken(): string | null {
  const cookie = typeof document === 'undefined' ? null : readCookie(document.cookie, CSRF_COOKIE);
  return cookie ?? csrfFromLogin;
}

/** Called with the problem of every 401 not opted out (session missing, expired or revoked). */
export function setUnauthorizedHandler(handler: ((problem: ClientProblem) => void) | null): void {
  unauthorizedHandler = handler;
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function toProblem(res: Response): Promise<ClientProblem> {
  const text = await res.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as Partial<Problem>;
    if (parsed && typeof parsed === 'object') return { ...parsed, status: parsed.status ?? res.status };
  } catch {
    // not JSON (e.g. a proxy error page): fall through
  }
  return { status: res.status, title: res.statusText, detail: text.slice(0, 300) || undefined };
}

export async function apiRequest<T>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.ifMatch) headers['If-Match'] = opts.ifMatch;
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey;
  if (!SAFE_METHODS.has(method)) {
    const csrf = csrfToken();
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError({ status: 0, code: 'network_error', detail: (e as Error).message });
  }
  if (!res.ok) {
    const problem = await toProblem(res);
    if (res.status === 401 && !opts.noAuthRedirect) unauthorizedHandler?.(problem);
    throw new ApiError(problem, parseRetryAfter(res.headers.get('Retry-After')));
  }
  const text = res.status === 204 ? '' : await res.text();
  return {
    data: (text ? JSON.parse(text) : undefined) as T,
    status: res.status,
    etag: res.headers.get('ETag'),
    location: res.headers.get('Location'),
  };
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal, opts: Pick<RequestOptions, 'noAuthRedirect'> = {}) =>
    apiRequest<T>('GET', path, { ...opts, query, signal }),
  /** `body` undefined sends no body (e.g. POST /auth/logout). */
  post: <T>(path: string, body: unknown, opts: Omit<RequestOptions, 'body'> = {}) =>
    apiRequest<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown, ifMatch: string | null) => apiRequest<T>('PATCH', path, { body, ifMatch }),
  del: <T>(path: string, opts: Omit<RequestOptions, 'query'> = {}) => apiRequest<T>('DELETE', path, opts),
};

/** The ETag for a resource version when the server did not send the header. */
export function etagOf(res: { etag: string | null }, version: number): string {
  return res.etag ?? `"${version}"`;
}
