import { afterEach, describe, expect, it, vi } from 'vitest';
import { caseAttachmentsApi } from './attachments';
import { ApiError, setCsrfToken } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('caseAttachmentsApi', () => {
  it('uploads the raw file with its type, a percent-encoded name and the CSRF token', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: 'a1' }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('csrf-1');
    const file = new File(['%PDF-1.4'], 'visum RS ✓.pdf', { type: 'application/pdf' });
    const created = await caseAttachmentsApi.upload('c 1', file, ' Hasil visum ', 'key-1');
    expect(created.id).toBe('a1');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/cases/c%201/attachments');
    const headers = init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('application/pdf');
    expect(headers['X-File-Name']).toBe('visum%20RS%20%E2%9C%93.pdf');
    expect(headers['X-Description']).toBe('Hasil%20visum');
    expect(headers['X-CSRF-Token']).toBe('csrf-1');
    expect(headers['Idempotency-Key']).toBe('key-1');
    expect(init.body).toBe(file);
  });

  it('turns a refusal into an ApiError with the problem', async () => {
    const problem = { status: 422, code: 'validation_failed', errors: [{ field: 'content', code: 'type_not_allowed' }] };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(problem), { status: 422 })));
    const file = new File(['<html>'], 'x.png', { type: 'image/png' });
    const err = await caseAttachmentsApi.upload('c1', file, '', 'k').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).problem.code).toBe('validation_failed');
  });

  it('links downloads to the content route', () => {
    expect(caseAttachmentsApi.contentUrl('c1', 'a/1')).toBe('/api/v1/cases/c1/attachments/a%2F1/content');
  });
});
