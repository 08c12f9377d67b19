import { api } from './client';
import type { HistoryRecord, Items, Journey, JourneyInput, Page, Transition, TransitionInput } from './types';

const j = (id: string) => `/journeys/${encodeURIComponent(id)}`;

export const journeysApi = {
  get: (id: string) => api.get<Journey>(j(id)),
  create: (personId: string, body: JourneyInput, idempotencyKey: string) =>
    api.post<Journey>(`/persons/${encodeURIComponent(personId)}/journeys`, body, { idempotencyKey }),
  patch: (id: string, body: Partial<JourneyInput>, ifMatch: string | null) => api.patch<Journey>(j(id), body, ifMatch),
  transition: (id: string, body: TransitionInput, ifMatch: string | null) =>
    api.post<Journey>(`${j(id)}/transitions`, body, { ifMatch }),
  transitions: (id: string) => api.get<Items<Transition>>(`${j(id)}/transitions`),
  history: (id: string, cursor?: string | null) => api.get<Page<HistoryRecord>>(`${j(id)}/history`, { cursor }),
};
