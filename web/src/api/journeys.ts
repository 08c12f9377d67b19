import { api } from './client';
import type { HistoryPage, Journey, JourneyInput, JourneyPatch, TransitionInput, TransitionList } from './types';

const j = (id: string) => `/journeys/${encodeURIComponent(id)}`;

export const journeysApi = {
  get: (id: string) => api.get<Journey>(j(id)),
  create: (personId: string, body: JourneyInput, idempotencyKey: string) =>
    api.post<Journey>(`/persons/${encodeURIComponent(personId)}/journeys`, body, { idempotencyKey }),
  patch: (id: string, body: JourneyPatch, ifMatch: string | null) => api.patch<Journey>(j(id), body, ifMatch),
  transition: (id: string, body: TransitionInput, ifMatch: string | null) =>
    api.post<Journey>(`${j(id)}/transitions`, body, { ifMatch }),
  transitions: (id: string) => api.get<TransitionList>(`${j(id)}/transitions`),
  history: (id: string, cursor?: string | null) => api.get<HistoryPage>(`${j(id)}/history`, { cursor }),
};
