import { describe, expect, it } from 'vitest';
import type { CaseServiceDelivery } from '../api/types';
import { emptyServiceValues, isServiceOverdue, serviceBody, servicePatch, serviceStatusChoices, serviceToValues } from './caseWork';

const svc = (over: Partial<CaseServiceDelivery> = {}): CaseServiceDelivery => ({
  id: 's1', case_id: 'c1', version: 1, person_id: null, service: 'PENEGAKAN_HUKUM', provider_agency_id: 'a1',
  status: 'DIRENCANAKAN', requested_on: '2026-01-01', started_on: null, completed_on: null, due_on: null,
  reference: null, outcome: null, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
  created_by: 'u1', updated_by: 'u1', masked_fields: [], ...over,
});

describe('services delivered', () => {
  it('moves the status forward only', () => {
    expect(serviceStatusChoices('DIRENCANAKAN')).toEqual(['DIRENCANAKAN', 'BERJALAN', 'SELESAI', 'DIBATALKAN']);
    expect(serviceStatusChoices('BERJALAN')).toEqual(['BERJALAN', 'SELESAI', 'DIBATALKAN']);
    expect(serviceStatusChoices('SELESAI')).toEqual(['SELESAI']);
  });
  it('sends empty fields as null', () => {
    const v = { ...emptyServiceValues('2026-01-05'), service: 'PENEGAKAN_HUKUM', reference: ' LP/B/1/I/2026 ' };
    expect(serviceBody(v)).toEqual({
      service: 'PENEGAKAN_HUKUM', person_id: null, status: 'DIRENCANAKAN', requested_on: '2026-01-05',
      started_on: null, completed_on: null, reference: 'LP/B/1/I/2026', outcome: null,
    });
  });
  it('patches only what changed and keeps a masked outcome', () => {
    const s = svc({ masked_fields: ['outcome'] });
    expect(servicePatch(s, serviceToValues(s))).toEqual({});
    expect(servicePatch(s, { ...serviceToValues(s), status: 'BERJALAN', reference: 'LP/1' })).toEqual({ status: 'BERJALAN', reference: 'LP/1' });
    expect(servicePatch(s, { ...serviceToValues(s), outcome: 'Selesai diperiksa' })).toEqual({ outcome: 'Selesai diperiksa' });
    const open = svc({ reference: 'LP/1' });
    expect(servicePatch(open, { ...serviceToValues(open), reference: '' })).toEqual({ reference: null });
  });
  it('flags a first-aid service past its due date', () => {
    expect(isServiceOverdue(svc({ due_on: '2026-01-08' }), '2026-01-09')).toBe(true);
    expect(isServiceOverdue(svc({ due_on: '2026-01-08' }), '2026-01-08')).toBe(false);
    expect(isServiceOverdue(svc({ due_on: '2026-01-08', status: 'SELESAI' }), '2026-01-09')).toBe(false);
    expect(isServiceOverdue(svc(), '2026-01-09')).toBe(false);
  });
});
