// The one place that talks HTTP. Turns non-2xx answers into ApiError carrying RFC 9457 problem details.
import type { Problem } from './types';

export const API_BASE = '/api/v1';

/**
 * A problem as a caller holds it: the server's RFC 9457 problem, or one the client made up for a network failure or
 * an error page that is not problem+json (e.g. from a proxy), where the server's required fields may be missing.
 */
export type ClientProblem = Partial<Problem> & Pick<Problem, 'status'>;

export class ApiError extends Error {
  readonly problem: ClientProblem;
  constructor(problem: ClientProblem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
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
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError({ status: 0, code: 'network_error', detail: (e as Error).message });
  }
  if (!res.ok) throw new ApiError(await toProblem(res));
  const text = res.status === 204 ? '' : await res.text();
  return {
    data: (text ? JSON.parse(text) : undefined) as T,
    status: res.status,
    etag: res.headers.get('ETag'),
    location: res.headers.get('Location'),
  };
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>('GET', path, { query, signal }),
  post: <T>(path: string, body: unknown, opts: Omit<RequestOptions, 'body'> = {}) =>
    apiRequest<T>('POST', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown, ifMatch: string | null) => apiRequest<T>('PATCH', path, { body, ifMatch }),
  del: <T>(path: string, opts: Omit<RequestOptions, 'query'> = {}) => apiRequest<T>('DELETE', path, opts),
};

/** The ETag for a resource version when the server did not send the header. */
export function etagOf(res: { etag: string | null }, version: number): string {
  return res.etag ?? `"${version}"`;
}
