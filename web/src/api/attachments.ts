// Case attachments (issue #4): documents and photos on a case. The upload body is the raw file (its media type as
// Content-Type, its name percent-encoded in X-File-Name), so it does not go through api.post, which sends JSON;
// it carries the same credentials, CSRF token and problem handling as client.ts. Downloads are plain links: the
// server answers with Content-Disposition: attachment, so the browser saves the file and never renders it.
import { API_BASE, ApiError, api, csrfToken, type ClientProblem } from './client';
import type { components } from './gen/schema';

export type CaseAttachment = components['schemas']['CaseAttachment'];
export type CaseAttachmentList = components['schemas']['CaseAttachmentList'];

/** The media types the server accepts (it checks the bytes too). */
export const ATTACHMENT_TYPES: readonly string[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
];

const c = (id: string) => `/cases/${encodeURIComponent(id)}/attachments`;

/** The problem a failed raw-body request answered (JSON problem, or the bare status). */
export async function problemOf(res: Response): Promise<ClientProblem> {
  const text = await res.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as ClientProblem;
    if (parsed && typeof parsed === 'object') return { ...parsed, status: parsed.status ?? res.status };
  } catch {
    // not JSON
  }
  return { status: res.status, title: res.statusText };
}

export const caseAttachmentsApi = {
  /** Oldest first; 403 unless you may see the case's sensitive fields. */
  list: (caseId: string, signal?: AbortSignal) => api.get<CaseAttachmentList>(c(caseId), undefined, signal),

  /** Where the browser downloads the file (same-origin: the session cookie goes along). */
  contentUrl: (caseId: string, attachmentId: string) =>
    `${API_BASE}${c(caseId)}/${encodeURIComponent(attachmentId)}/content`,

  /**
   * Uploads one file. 422 validation_failed (field content: type_not_allowed, type_mismatch, too_large), 403, 409
   * case.closed. `idempotencyKey` makes a retry safe.
   */
  upload: async (caseId: string, file: File, description: string, idempotencyKey: string): Promise<CaseAttachment> => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      // An unknown type is sent as such: the server answers type_not_allowed rather than guess.
      'Content-Type': file.type || 'application/octet-stream',
      'X-File-Name': encodeURIComponent(file.name),
      'Idempotency-Key': idempotencyKey,
    };
    if (description.trim()) headers['X-Description'] = encodeURIComponent(description.trim());
    const csrf = csrfToken();
    if (csrf) headers['X-CSRF-Token'] = csrf;
    let res: Response;
    try {
      res = await fetch(`${API_BASE}${c(caseId)}`, { method: 'POST', headers, body: file, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError({ status: 0, code: 'network_error', detail: (e as Error).message });
    }
    if (!res.ok) throw new ApiError(await problemOf(res));
    return (await res.json()) as CaseAttachment;
  },
};
