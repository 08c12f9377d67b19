// Training programmes (pembekalan, vocational training, Orientasi Pra Pemberangkatan), their sessions and the
// enrolment of registry persons (issue #5). Programmes and sessions are readable by every signed-in user; the
// provider agency's writers change them. Enrolments name persons: registry readers only.
import { api } from './client';
import type {
  PersonTrainingList,
  TrainingEnrolment,
  TrainingEnrolmentList,
  TrainingEnrolmentPatch,
  TrainingEnrolmentUpdate,
  TrainingProgramme,
  TrainingProgrammeInput,
  TrainingProgrammeList,
  TrainingProgrammePatch,
  TrainingSession,
  TrainingSessionInput,
  TrainingSessionList,
  TrainingSessionPatch,
} from './types';

const p = (id: string) => `/training-programmes/${encodeURIComponent(id)}`;
const s = (id: string) => `/training-sessions/${encodeURIComponent(id)}`;

export const trainingApi = {
  listProgrammes: (q: { provider_agency_id?: string; kind?: string } = {}) =>
    api.get<TrainingProgrammeList>('/training-programmes', { ...q }),
  createProgramme: (body: TrainingProgrammeInput, idempotencyKey: string) =>
    api.post<TrainingProgramme>('/training-programmes', body, { idempotencyKey }),
  getProgramme: (id: string) => api.get<TrainingProgramme>(p(id)),
  patchProgramme: (id: string, body: TrainingProgrammePatch, ifMatch: string) =>
    api.patch<TrainingProgramme>(p(id), body, ifMatch),
  listSessions: (programmeId: string) => api.get<TrainingSessionList>(`${p(programmeId)}/sessions`),
  createSession: (programmeId: string, body: TrainingSessionInput, idempotencyKey: string) =>
    api.post<TrainingSession>(`${p(programmeId)}/sessions`, body, { idempotencyKey }),
  getSession: (id: string) => api.get<TrainingSession>(s(id)),
  patchSession: (id: string, body: TrainingSessionPatch, ifMatch: string) =>
    api.patch<TrainingSession>(s(id), body, ifMatch),
  listEnrolments: (sessionId: string) => api.get<TrainingEnrolmentList>(`${s(sessionId)}/enrolments`),
  /** 409 training.already_enrolled / training.session_full; 404 person.not_found outside the user's scope. */
  enrol: (sessionId: string, personId: string, idempotencyKey: string) =>
    api.post<TrainingEnrolment>(`${s(sessionId)}/enrolments`, { person_id: personId }, { idempotencyKey }),
  /** 409 training.invalid_transition / training.enrolment_closed; journey_updated names the journey verified. */
  patchEnrolment: (id: string, body: TrainingEnrolmentPatch, ifMatch: string) =>
    api.patch<TrainingEnrolmentUpdate>(`/training-enrolments/${encodeURIComponent(id)}`, body, ifMatch),
  personTrainings: (personId: string) =>
    api.get<PersonTrainingList>(`/persons/${encodeURIComponent(personId)}/trainings`),
};
