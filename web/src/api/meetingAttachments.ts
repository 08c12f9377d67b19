// Meeting attachments (issue #5): the signed agreement, the minutes, the attendance list of a coordination meeting.
// Uploaded like case attachments (api/attachments.ts: the raw file as the body, its name percent-encoded in
// X-File-Name) with its kind in X-Attachment-Kind (codelist jenis_lampiran_rapat). Downloads are plain links; an
// attendance list is downloadable only for the meeting's agencies and national scope (`downloadable`).
import { problemOf } from './attachments';
import { API_BASE, ApiError, api, csrfToken } from './client';
import type { components } from './gen/schema';

export type MeetingAttachment = components['schemas']['MeetingAttachment'];
export type MeetingAttachmentList = components['schemas']['MeetingAttachmentList'];

const m = (meetingId: string) => `/meetings/${encodeURIComponent(meetingId)}/attachments`;
const a = (attachmentId: string) => `/meeting-attachments/${encodeURIComponent(attachmentId)}`;

export const meetingAttachmentsApi = {
  /** Oldest first, for every signed-in user. */
  list: (meetingId: string, signal?: AbortSignal) => api.get<MeetingAttachmentList>(m(meetingId), undefined, signal),

  /** Where the browser downloads the file (same-origin: the session cookie goes along). */
  contentUrl: (attachmentId: string) => `${API_BASE}${a(attachmentId)}/content`,

  /** 204; 403 meeting_attachment.not_uploader for another agency's upload. */
  remove: (attachmentId: string) => api.del<void>(a(attachmentId)),

  /** Uploads one file of `kind`. 422 validation_failed (kind; content: type_not_allowed, type_mismatch, too_large). */
  upload: async (
    meetingId: string,
    kind: string,
    file: File,
    description: string,
    idempotencyKey: string,
  ): Promise<MeetingAttachment> => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': file.type || 'application/octet-stream',
      'X-Attachment-Kind': kind,
      'X-File-Name': encodeURIComponent(file.name),
      'Idempotency-Key': idempotencyKey,
    };
    if (description.trim()) headers['X-Description'] = encodeURIComponent(description.trim());
    const csrf = csrfToken();
    if (csrf) headers['X-CSRF-Token'] = csrf;
    let res: Response;
    try {
      res = await fetch(`${API_BASE}${m(meetingId)}`, { method: 'POST', headers, body: file, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError({ status: 0, code: 'network_error', detail: (e as Error).message });
    }
    if (!res.ok) throw new ApiError(await problemOf(res));
    return (await res.json()) as MeetingAttachment;
  },
};
