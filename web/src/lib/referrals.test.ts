import { describe, expect, it } from 'vitest';
import type { Me, Referral } from '../api/types';
import {
  consentMissingPersons,
  emptyReferralValues,
  formatHours,
  referralActions,
  referralBody,
  referralFiltersFromParams,
  referralFiltersToParams,
  referralSide,
  responseHours,
  waitingHours,
} from './referrals';

const me = (agencyId: string, roles: string[] = ['CASE_WORKER'], scope = 'AGENCY'): Me =>
  ({
    id: 'u1', username: 'u', display_name: 'U', agency: { id: agencyId, code: 'X', name: 'X', type: 'BP3MI' },
    roles, scope, totp_enabled: false, permissions: [],
  }) as Me;

const ref = (status: Referral['status']) => ({ from_agency_id: 'A', to_agency_id: 'B', status });

describe('referral sides and actions', () => {
  it('knows the side of the user agency', () => {
    expect(referralSide(ref('MENUNGGU'), me('A'))).toBe('sender');
    expect(referralSide(ref('MENUNGGU'), me('B'))).toBe('receiver');
    expect(referralSide(ref('MENUNGGU'), me('C'))).toBe('other');
    expect(referralSide(ref('MENUNGGU'), null)).toBe('other');
  });
  it('lets the receiver accept, decline or forward a pending referral, but not open the case yet', () => {
    const a = referralActions(ref('MENUNGGU'), me('B'));
    expect(a).toEqual({ accept: true, decline: true, complete: false, forward: true, revoke: false, openCase: false });
  });
  it('lets the receiver complete or forward an accepted referral and open the case', () => {
    const a = referralActions(ref('DITERIMA'), me('B'));
    expect(a).toEqual({ accept: false, decline: false, complete: true, forward: true, revoke: false, openCase: true });
    expect(referralActions(ref('SELESAI'), me('B')).openCase).toBe(true);
    expect(referralActions(ref('DITOLAK'), me('B')).openCase).toBe(false);
    expect(referralActions(ref('DICABUT'), me('B')).openCase).toBe(false);
  });
  it('lets the sender revoke while open, and always open the case', () => {
    expect(referralActions(ref('MENUNGGU'), me('A')).revoke).toBe(true);
    expect(referralActions(ref('DITERIMA'), me('A')).revoke).toBe(true);
    expect(referralActions(ref('SELESAI'), me('A')).revoke).toBe(false);
    expect(referralActions(ref('DITOLAK'), me('A'))).toMatchObject({ accept: false, revoke: false, openCase: true });
  });
  it('gives a viewer no actions', () => {
    const a = referralActions(ref('MENUNGGU'), me('B', ['VIEWER']));
    expect(Object.values(a).some(Boolean)).toBe(false);
  });
  it('lets national scope open the case', () => {
    expect(referralActions(ref('MENUNGGU'), me('C', ['SUPERVISOR'], 'NATIONAL')).openCase).toBe(true);
  });
});

describe('response times', () => {
  const base = { created_at: '2026-01-01T00:00:00Z', status: 'MENUNGGU' as const };
  it('counts hours to the answer', () => {
    expect(responseHours({ ...base, responded_at: null })).toBeNull();
    expect(responseHours({ ...base, responded_at: '2026-01-01T05:30:00Z' })).toBe(5.5);
  });
  it('counts the waiting of an unanswered referral only', () => {
    const now = new Date('2026-01-02T00:00:00Z');
    expect(waitingHours({ ...base, responded_at: null }, now)).toBe(24);
    expect(waitingHours({ ...base, responded_at: '2026-01-01T01:00:00Z' }, now)).toBeNull();
    expect(waitingHours({ ...base, status: 'DICABUT', responded_at: null }, now)).toBeNull();
  });
  it('formats hours in both languages', () => {
    expect(formatHours(null, 'id')).toBe('—');
    expect(formatHours(0.2, 'id')).toBe('< 1 jam');
    expect(formatHours(0.2, 'en')).toBe('< 1 hour');
    expect(formatHours(1, 'en')).toBe('1 hour');
    expect(formatHours(5.4, 'id')).toBe('5 jam');
    expect(formatHours(47.6, 'en')).toBe('2 days');
    expect(formatHours(51, 'id')).toBe('2 hari 3 jam');
    expect(formatHours(73, 'en')).toBe('3 days 1 hour');
  });
});

describe('consent_missing', () => {
  it('maps person_ids[i] back to the ids sent', () => {
    const problem = {
      status: 422,
      code: 'validation_failed',
      errors: [
        { field: 'person_ids[1]', code: 'consent_missing', message: 'x' },
        { field: 'message', code: 'required', message: 'y' },
        { field: 'person_ids[0]', code: 'not_a_victim', message: 'z' },
      ],
    };
    expect(consentMissingPersons(problem, ['p1', 'p2'])).toEqual(['p2']);
    expect(consentMissingPersons(null, ['p1'])).toEqual([]);
    expect(consentMissingPersons({ status: 422, errors: [{ field: 'person_ids[5]', code: 'consent_missing', message: '' }] }, ['p1'])).toEqual([]);
  });
});

describe('referral form', () => {
  it('builds the body, the override reason only when given', () => {
    const v = { ...emptyReferralValues(), to_agency_id: ' ag2 ', person_ids: ['p1'], services: ['KESEHATAN'], message: ' tolong ' };
    expect(referralBody(v)).toEqual({
      to_agency_id: 'ag2', person_ids: ['p1'], services: ['KESEHATAN'], message: 'tolong', urgency: 'SEDANG',
    });
    expect(referralBody({ ...v, consent_override_reason: ' nyawa terancam ' }).consent_override_reason).toBe('nyawa terancam');
  });
  it('keeps the box and status in the URL', () => {
    expect(referralFiltersFromParams(new URLSearchParams(''))).toEqual({ box: 'inbox', status: '' });
    expect(referralFiltersFromParams(new URLSearchParams('box=outbox&status=SELESAI'))).toEqual({ box: 'outbox', status: 'SELESAI' });
    expect(referralFiltersFromParams(new URLSearchParams('box=x&status=BOGUS'))).toEqual({ box: 'inbox', status: '' });
    expect(referralFiltersToParams({ box: 'inbox', status: '' })).toEqual({});
    expect(referralFiltersToParams({ box: 'outbox', status: 'DITOLAK' })).toEqual({ box: 'outbox', status: 'DITOLAK' });
  });
});

describe('cases shared by a referral', () => {
  it('are cases of another agency seen with an agency-bound scope', async () => {
    const { sharedByReferral } = await import('./referrals');
    expect(sharedByReferral({ owner_agency_id: 'A' }, me('B'))).toBe(true);
    expect(sharedByReferral({ owner_agency_id: 'B' }, me('B'))).toBe(false);
    expect(sharedByReferral({ owner_agency_id: null }, me('B'))).toBe(false);
    expect(sharedByReferral({ owner_agency_id: 'A' }, me('B', ['SUPERVISOR'], 'NATIONAL'))).toBe(false);
  });
});

describe('response-time report', () => {
  it('defaults to the last 30 days', async () => {
    const { defaultReportRange } = await import('./referrals');
    expect(defaultReportRange('2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });
});
