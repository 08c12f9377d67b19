import { api } from './client';
import type { NotificationList } from './types';

export const notificationsApi = {
  /** The newest 100 notifications for the signed-in user's agency and roles. */
  list: (signal?: AbortSignal) => api.get<NotificationList>('/notifications', undefined, signal),
  /** Idempotent. */
  markRead: (id: string) => api.post<unknown>(`/notifications/${encodeURIComponent(id)}/read`, undefined),
};
