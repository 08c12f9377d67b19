import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../api/client';
import { can, permissionsOf } from './access';
import { dayToTimestamp, filtersFromParams, filtersToParams, filtersToQuery } from './audit';
import { readCookie } from './cookies';
import { classifySignInFailure, safeReturnPath, signInPath, splitWait } from './signin';

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('a=1; sinergi_csrf=abc%2Bdef; b=2', 'sinergi_csrf')).toBe('abc+def');
    expect(readCookie('sinergi_csrf_old=x', 'sinergi_csrf')).toBeNull();
    expect(readCookie('', 'sinergi_csrf')).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(null)).toBeNull();
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('access', () => {
  const me = (roles: string[], permissions: string[] = []) => ({ roles, permissions });
  it('follows me.permissions, whatever the roles say', () => {
    expect(can(me(['SYSTEM_ADMIN'], ['reference_read', 'identity_admin', 'audit_read']), 'registry_read')).toBe(false);
    expect(can(me(['SYSTEM_ADMIN'], ['reference_read', 'identity_admin', 'audit_read']), 'identity_admin')).toBe(true);
    expect(can(me(['VIEWER'], ['reference_read', 'registry_read', 'registry_write']), 'registry_write')).toBe(true);
    expect(can(me([], ['REGISTRY_READ']), 'registry_read')).toBe(true);
  });
  it('falls back to the role table when no permission is recognised', () => {
    expect([...permissionsOf(me(['DATA_ANALYST']))]).toEqual(['reference_read', 'stats_read']);
    expect(can(me(['DATA_ANALYST']), 'case_read')).toBe(false);
    expect(can(me(['CASE_WORKER']), 'registry_write')).toBe(true);
    expect(can(me(['CASE_WORKER']), 'identity_admin')).toBe(false);
    expect(can(me(['SUPERVISOR']), 'audit_read')).toBe(true);
    expect(can(null, 'reference_read')).toBe(false);
  });
});

describe('sign-in helpers', () => {
  it('returns only to local paths other than the sign-in page', () => {
    expect(safeReturnPath('/persons/01H?x=1')).toBe('/persons/01H?x=1');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/masuk?next=/persons')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
    expect(signInPath('/persons')).toBe('/masuk?next=%2Fpersons');
    expect(signInPath('/')).toBe('/masuk');
  });
  it('classifies refusals by code', () => {
    expect(classifySignInFailure({ status: 401, code: 'auth.invalid_credentials' }, null, false).kind).toBe('invalid_credentials');
    expect(classifySignInFailure({ status: 401, code: 'auth.totp_required' }, null, true)).toEqual({ kind: 'totp_required', codeWasSent: true });
    expect(classifySignInFailure({ status: 401, code: 'auth.totp_setup_required' }, null, false).kind).toBe('totp_setup_required');
    expect(classifySignInFailure({ status: 429, code: 'auth.locked' }, 300, false)).toEqual({ kind: 'locked', waitSeconds: 300 });
    expect(classifySignInFailure({ status: 0, code: 'network_error' }, null, false).kind).toBe('other');
  });
  it('words a wait in minutes or seconds', () => {
    expect(splitWait(61)).toEqual({ unit: 'minutes', n: 2 });
    expect(splitWait(60)).toEqual({ unit: 'minutes', n: 1 });
    expect(splitWait(42)).toEqual({ unit: 'seconds', n: 42 });
  });
});

describe('audit filters', () => {
  it('round-trips through URL parameters, leaving out empty ones', () => {
    const f = filtersFromParams(new URLSearchParams('entity_type=person&entity_id=01H&from=2026-01-02'));
    expect(f).toEqual({ actor_id: '', entity_type: 'person', entity_id: '01H', action: '', from: '2026-01-02', to: '' });
    expect(filtersToParams(f)).toEqual({ entity_type: 'person', entity_id: '01H', from: '2026-01-02' });
  });
  it('turns local days into an RFC 3339 range with an exclusive end (the next local midnight)', () => {
    const from = dayToTimestamp('2026-01-02')!;
    const to = dayToTimestamp('2026-01-02', true)!;
    expect(from).toBe(new Date(2026, 0, 2).toISOString());
    expect(to).toBe(new Date(2026, 0, 3).toISOString());
    expect(dayToTimestamp('2.1.2026')).toBeUndefined();
    const q = filtersToQuery({ actor_id: ' u1 ', entity_type: '', entity_id: '', action: 'read', from: '', to: '2026-01-02' });
    expect(q).toEqual({ actor_id: 'u1', action: 'read', to });
  });
});
