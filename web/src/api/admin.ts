import { api, type ApiResponse } from './client';
import type { Agency, AgencyInput, AgencyPage, AgencyPatch, PasswordInput, User, UserInput, UserPage, UserPatch } from './types';

const a = (id: string) => `/agencies/${encodeURIComponent(id)}`;
const u = (id: string) => `/users/${encodeURIComponent(id)}`;

export const agenciesApi = {
  list: (cursor?: string | null, limit = 50) => api.get<AgencyPage>('/agencies', { cursor, limit }),
  /** Every agency (for selects): follows the cursor to the end. */
  all: async (): Promise<Agency[]> => {
    const out: Agency[] = [];
    let cursor: string | null = null;
    do {
      const res: ApiResponse<AgencyPage> = await api.get<AgencyPage>('/agencies', { cursor, limit: 200 });
      out.push(...res.data.items);
      cursor = res.data.next_cursor;
    } while (cursor);
    return out;
  },
  get: (id: string) => api.get<Agency>(a(id)),
  create: (body: AgencyInput, idempotencyKey: string) => api.post<Agency>('/agencies', body, { idempotencyKey }),
  patch: (id: string, body: AgencyPatch, ifMatch: string | null) => api.patch<Agency>(a(id), body, ifMatch),
};

export const usersApi = {
  list: (agencyId?: string | null, cursor?: string | null, limit = 50) =>
    api.get<UserPage>('/users', { agency_id: agencyId, cursor, limit }),
  get: (id: string) => api.get<User>(u(id)),
  /** No Idempotency-Key: the server keeps no replay of a body holding a password (a retry gets 409). */
  create: (body: UserInput) => api.post<User>('/users', body),
  patch: (id: string, body: UserPatch, ifMatch: string | null) => api.patch<User>(u(id), body, ifMatch),
  /** Sets a new password and ends that user's sessions (204). */
  resetPassword: (id: string, password: string) => {
    const body: PasswordInput = { password };
    return api.post<void>(`${u(id)}/password`, body);
  },
};
