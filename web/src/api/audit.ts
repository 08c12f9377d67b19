import { api, type Query } from './client';
import type { AuditPage } from './types';

export interface AuditQuery {
  actor_id?: string;
  entity_type?: string;
  entity_id?: string;
  action?: string;
  /** RFC 3339 timestamps. */
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string | null;
}

export const auditApi = {
  /** Newest first. SYSTEM_ADMIN and SUPERVISOR only. */
  list: (q: AuditQuery) => api.get<AuditPage>('/audit', { ...q } as Query),
};
