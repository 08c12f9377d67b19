// The audit view's filters: kept in the URL (so a link can open a filtered view) and turned into API queries.
import type { AuditQuery } from '../api/audit';

export interface AuditFilters {
  actor_id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  /** YYYY-MM-DD, local day. */
  from: string;
  to: string;
}

export const AUDIT_FILTER_KEYS = ['actor_id', 'entity_type', 'entity_id', 'action', 'from', 'to'] as const;

export function filtersFromParams(params: URLSearchParams): AuditFilters {
  const get = (k: string) => params.get(k) ?? '';
  return {
    actor_id: get('actor_id'), entity_type: get('entity_type'), entity_id: get('entity_id'), action: get('action'),
    from: get('from'), to: get('to'),
  };
}

export function filtersToParams(f: AuditFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of AUDIT_FILTER_KEYS) if (f[k].trim()) out[k] = f[k].trim();
  return out;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Local midnight of a YYYY-MM-DD day as RFC 3339 UTC. `end`: the midnight after that day, because the API's `to` is
 * an exclusive bound (so "to 2 January" includes all of 2 January).
 */
export function dayToTimestamp(day: string, end = false): string | undefined {
  if (!DAY.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(y, m - 1, end ? d + 1 : d);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

export function filtersToQuery(f: AuditFilters): AuditQuery {
  const q: AuditQuery = {};
  if (f.actor_id.trim()) q.actor_id = f.actor_id.trim();
  if (f.entity_type.trim()) q.entity_type = f.entity_type.trim();
  if (f.entity_id.trim()) q.entity_id = f.entity_id.trim();
  if (f.action.trim()) q.action = f.action.trim();
  const from = dayToTimestamp(f.from);
  const to = dayToTimestamp(f.to, true);
  if (from) q.from = from;
  if (to) q.to = to;
  return q;
}
