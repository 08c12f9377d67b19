// Coordination forums, their meetings and the joint commitments made at them (issue #5). Readable by every
// signed-in user; written by the convening agency (forums, meetings, commitments) and the committing agencies
// (status, progress, evidence of their commitments).
import { api } from './client';
import type {
  Commitment,
  CommitmentDisplayStatus,
  CommitmentInput,
  CommitmentPage,
  CommitmentPatch,
  Forum,
  ForumInput,
  ForumList,
  ForumPatch,
  ForumRecord,
  Meeting,
  MeetingDetail,
  MeetingInput,
  MeetingList,
  MeetingPatch,
} from './types';

export interface CommitmentQuery {
  forum_id?: string;
  meeting_id?: string;
  agency_id?: string;
  status?: CommitmentDisplayStatus | '';
  limit?: number;
  cursor?: string | null;
}

const f = (id: string) => `/forums/${encodeURIComponent(id)}`;
const m = (id: string) => `/meetings/${encodeURIComponent(id)}`;
const c = (id: string) => `/commitments/${encodeURIComponent(id)}`;

export const coordinationApi = {
  listForums: (regionCode?: string) => api.get<ForumList>('/forums', { region_code: regionCode }),
  createForum: (body: ForumInput, idempotencyKey: string) => api.post<Forum>('/forums', body, { idempotencyKey }),
  getForum: (id: string) => api.get<Forum>(f(id)),
  patchForum: (id: string, body: ForumPatch, ifMatch: string) => api.patch<Forum>(f(id), body, ifMatch),
  record: (id: string) => api.get<ForumRecord>(`${f(id)}/record`),
  listMeetings: (forumId: string) => api.get<MeetingList>(`${f(forumId)}/meetings`),
  createMeeting: (forumId: string, body: MeetingInput, idempotencyKey: string) =>
    api.post<Meeting>(`${f(forumId)}/meetings`, body, { idempotencyKey }),
  /** With the commitments made at it and the carry-over of earlier meetings. */
  getMeeting: (id: string) => api.get<MeetingDetail>(m(id)),
  patchMeeting: (id: string, body: MeetingPatch, ifMatch: string) => api.patch<Meeting>(m(id), body, ifMatch),
  createCommitment: (meetingId: string, body: CommitmentInput, idempotencyKey: string) =>
    api.post<Commitment>(`${m(meetingId)}/commitments`, body, { idempotencyKey }),
  listCommitments: (q: CommitmentQuery = {}) => api.get<CommitmentPage>('/commitments', { ...q }),
  getCommitment: (id: string) => api.get<Commitment>(c(id)),
  /** 403 coordination.not_committing_agency for another agency's commitment; 409 commitment.invalid_transition. */
  patchCommitment: (id: string, body: CommitmentPatch, ifMatch: string) =>
    api.patch<Commitment>(c(id), body, ifMatch),
};
