import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from './client';
import { meetingAttachmentsApi } from './meetingAttachments';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('meetingAttachmentsApi', () => {
  it('uploads the raw file with its kind, a percent-encoded name and the CSRF token', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: 'm1' }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('csrf-1');
    const file = new File(['%PDF-1.4'], 'kesepakatan bersama.pdf', { type: 'application/pdf' });
    const created = await meetingAttachmentsApi.upload('r 1', 'KESEPAKATAN_BERSAMA', file, ' Ditandatangani ', 'key-1');
    expect(created.id).toBe('m1');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/meetings/r%201/attachments');
    expect(init.method).toBe('POST');
    const headers = init.headers as Record<string, string>;
    expect(headers['X-Attachment-Kind']).toBe('KESEPAKATAN_BERSAMA');
    expect(headers['Content-Type']).toBe('application/pdf');
    expect(headers['X-File-Name']).toBe('kesepakatan%20bersama.pdf');
    expect(headers['X-Description']).toBe('Ditandatangani');
    expect(headers['X-CSRF-Token']).toBe('csrf-1');
    expect(headers['Idempotency-Key']).toBe('key-1');
    expect(init.body).toBe(file);
  });

  it('turns a refusal into an ApiError with the problem', async () => {
    const problem = { status: 403, code: 'coordination.not_meeting_agency' };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(problem), { status: 403 })));
    const file = new File(['x'], 'x.txt', { type: 'text/plain' });
    const err = await meetingAttachmentsApi.upload('r1', 'NOTULEN', file, '', 'k').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).problem.code).toBe('coordination.not_meeting_agency');
  });

  it('links downloads to the content route of the attachment', () => {
    expect(meetingAttachmentsApi.contentUrl('a/1')).toBe('/api/v1/meeting-attachments/a%2F1/content');
  });
});
