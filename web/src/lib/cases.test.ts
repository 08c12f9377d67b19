import { describe, expect, it } from 'vitest';
import type { Case, CaseScreening } from '../api/types';
import { canReadCases, canWriteCases, isSupervisor } from './access';
import {
  allowedMoves,
  caseFiltersFromParams,
  caseFiltersToParams,
  caseToValues,
  caseTotals,
  caseTransitionNeeds,
  elementsMet,
  emptyCaseValues,
  latestScreeningByPerson,
  localToday,
  statusStep,
  transitionBody,
  valuesToCaseInput,
} from './cases';
import { planSave } from './editForm';

const baseCase: Case = {
  id: 'c1', version: 3, status: 'INTAKE', intake_channel: 'HOTLINE', reported_on: '2026-11-02', occurred_on: null,
  occurrence_country: 'MY', occurrence_region_code: null, urgency: 'TINGGI', immediate_safety_risk: true,
  case_types: ['TPPO'], violence_acts: ['PERDAGANGAN_ORANG'], places: [], pmi_problems: ['PENAHANAN_DOKUMEN'],
  reporter_name: 'Ibu Sri', reporter_contact: null, reporter_confidential: true, summary: 'Dijanjikan kerja.',
  victim_wants_return: false, return_assessed_safe: false, owner_agency_id: 'a1', closure_reason: null,
  status_before_closure: null, reintegration_started: null, closed_at: null, created_at: '2026-11-02T01:00:00Z',
  updated_at: '2026-11-02T01:00:00Z', created_by: 'u1', updated_by: 'u1', victim_count: 3, masked_fields: [],
};

describe('case form values', () => {
  it('starts an intake today, urgency medium, nothing else', () => {
    const v = emptyCaseValues('2026-12-03');
    expect(v.reported_on).toBe('2026-12-03');
    expect(v.urgency).toBe('SEDANG');
    expect(v.case_types).toEqual([]);
  });
  it('reads today in the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('builds a compact create body, the region only with Indonesia', () => {
    const v = {
      ...emptyCaseValues('2026-12-03'), intake_channel: 'HOTLINE', case_types: ['TPPO', 'TPPO', 'PMI_BERMASALAH'],
      occurrence_country: 'MY', occurrence_region_code: '33.74', summary: ' Dijanjikan kerja ',
    };
    const plan = planSave(null, v, { toValues: caseToValues, toCreateBody: valuesToCaseInput, toPatchable: valuesToCaseInput });
    expect(plan).toEqual({
      kind: 'create',
      body: {
        intake_channel: 'HOTLINE', reported_on: '2026-12-03', occurrence_country: 'MY', urgency: 'SEDANG',
        immediate_safety_risk: false, case_types: ['TPPO', 'PMI_BERMASALAH'], reporter_confidential: false,
        summary: 'Dijanjikan kerja', victim_wants_return: false, return_assessed_safe: false,
      },
    });
    expect(valuesToCaseInput({ ...v, occurrence_country: 'ID' }).occurrence_region_code).toBe('33.74');
    expect(valuesToCaseInput({ ...v, occurrence_country: '' }).occurrence_region_code).toBe('33.74');
  });
  it('patches only what changed, with If-Match of the loaded version', () => {
    const v = { ...caseToValues(baseCase), urgency: 'DARURAT', places: ['TEMPAT_KERJA'], reporter_name: '' };
    const plan = planSave({ data: baseCase, etag: null }, v, {
      toValues: caseToValues, toCreateBody: valuesToCaseInput, toPatchable: valuesToCaseInput,
    });
    expect(plan).toEqual({
      kind: 'patch', record: baseCase, ifMatch: '"3"',
      body: { urgency: 'DARURAT', places: ['TEMPAT_KERJA'], reporter_name: null },
    });
  });
});

describe('case list', () => {
  it('keeps the filters in the URL, dropping unknown statuses and blanks', () => {
    expect(caseFiltersFromParams(new URLSearchParams('status=DITUTUP&case_type=TPPO'))).toEqual({
      status: 'DITUTUP', case_type: 'TPPO', region: '',
    });
    expect(caseFiltersFromParams(new URLSearchParams('status=BOGUS'))).toEqual({ status: '', case_type: '', region: '' });
    expect(caseFiltersToParams({ status: '', case_type: ' TPPO ', region: '' })).toEqual({ case_type: 'TPPO' });
    expect(caseFiltersToParams({ status: 'INTAKE', case_type: '', region: '' })).toEqual({ status: 'INTAKE' });
  });
  it('keeps the region of a drill-down from the statistics, dropping malformed codes', () => {
    expect(caseFiltersFromParams(new URLSearchParams('region=61&case_type=TPPO')).region).toBe('61');
    expect(caseFiltersFromParams(new URLSearchParams('region=61.71')).region).toBe('61.71');
    expect(caseFiltersFromParams(new URLSearchParams('region=6171')).region).toBe('');
    expect(caseFiltersToParams({ status: '', case_type: 'TPPO', region: '61' })).toEqual({ case_type: 'TPPO', region: '61' });
  });
  it('counts victims apart from cases', () => {
    expect(caseTotals([])).toEqual({ cases: 0, victims: 0 });
    expect(caseTotals([{ victim_count: 3 }])).toEqual({ cases: 1, victims: 3 });
    expect(caseTotals([{ victim_count: 3 }, { victim_count: 0 }, { victim_count: 2 }])).toEqual({ cases: 3, victims: 5 });
  });
});

describe('case workflow', () => {
  it('places statuses on the stepper, both closures last', () => {
    expect(statusStep('INTAKE')).toBe(0);
    expect(statusStep('MENUNGGU_PENUTUPAN')).toBe(7);
    expect(statusStep('DITUTUP')).toBe(8);
    expect(statusStep('DITUTUP_DIRUJUK')).toBe(8);
  });
  it('offers the moves of the state machine', () => {
    expect(allowedMoves('INTAKE')).toEqual(['IDENTIFIKASI', 'MENUNGGU_PENUTUPAN']);
    expect(allowedMoves('MENUNGGU_PENUTUPAN', 'ASESMEN')).toEqual(['DITUTUP', 'DITUTUP_DIRUJUK', 'ASESMEN']);
    expect(allowedMoves('MENUNGGU_PENUTUPAN', null)).toEqual(['DITUTUP', 'DITUTUP_DIRUJUK']);
    expect(allowedMoves('DITUTUP')).toEqual(['ASESMEN']);
  });
  it('asks for a closure reason when closing and a reason when going back', () => {
    expect(caseTransitionNeeds('INTAKE', 'IDENTIFIKASI')).toEqual({ closureReason: false, reasonRequired: false, supervisor: false });
    expect(caseTransitionNeeds('INTAKE', 'MENUNGGU_PENUTUPAN')).toEqual({ closureReason: true, reasonRequired: true, supervisor: false });
    expect(caseTransitionNeeds('MENUNGGU_PENUTUPAN', 'DITUTUP')).toEqual({ closureReason: false, reasonRequired: false, supervisor: true });
    expect(caseTransitionNeeds('MENUNGGU_PENUTUPAN', 'ASESMEN').reasonRequired).toBe(true);
    expect(caseTransitionNeeds('LAYANAN', 'ASESMEN').reasonRequired).toBe(true);
    expect(caseTransitionNeeds('DITUTUP', 'ASESMEN').reasonRequired).toBe(true);
  });
  it('sends the closure reason only when asking to close', () => {
    expect(transitionBody({ to: '', reason: '', closure_reason: '', effective_date: '' })).toBeNull();
    expect(transitionBody({ to: 'IDENTIFIKASI', reason: ' ', closure_reason: 'SELESAI', effective_date: '' })).toEqual({
      to: 'IDENTIFIKASI',
    });
    expect(
      transitionBody({ to: 'MENUNGGU_PENUTUPAN', reason: ' Korban menolak ', closure_reason: 'KORBAN_MENOLAK', effective_date: '2026-12-01' }),
    ).toEqual({ to: 'MENUNGGU_PENUTUPAN', reason: 'Korban menolak', closure_reason: 'KORBAN_MENOLAK', effective_date: '2026-12-01' });
  });
});

describe('case screenings', () => {
  const screening = (id: string, person_id: string, child: boolean): CaseScreening =>
    ({
      id, case_id: 'c1', person_id,
      result: { elements_met: { act: true, means: !child, purpose: true, child, exploitation_occurred: false } },
    }) as unknown as CaseScreening;
  it('keeps the newest screening of each victim', () => {
    const m = latestScreeningByPerson([screening('s1', 'p1', false), screening('s2', 'p2', true), screening('s3', 'p1', true)]);
    expect([...m.keys()]).toEqual(['p1', 'p2']);
    expect(m.get('p1')?.id).toBe('s3');
  });
  it('lists the elements met in a fixed order', () => {
    expect(elementsMet(screening('s1', 'p1', true))).toEqual(['act', 'purpose', 'child']);
  });
});

describe('case access', () => {
  const me = (roles: string[], permissions: string[] = []) => ({ roles, permissions });
  it('follows me.permissions', () => {
    expect(canReadCases(me(['VIEWER'], ['reference_read', 'registry_read', 'case_read']))).toBe(true);
    expect(canWriteCases(me(['VIEWER'], ['reference_read', 'registry_read', 'case_read']))).toBe(false);
    expect(canWriteCases(me(['POLICE_INVESTIGATOR'], ['case_read', 'case_write']))).toBe(true);
    expect(canReadCases(me(['SYSTEM_ADMIN'], ['reference_read', 'identity_admin', 'audit_read']))).toBe(false);
  });
  it('falls back to the role table', () => {
    for (const r of ['SUPERVISOR', 'CASE_WORKER', 'POLICE_INVESTIGATOR']) {
      expect(canReadCases(me([r]))).toBe(true);
      expect(canWriteCases(me([r]))).toBe(true);
    }
    expect(canReadCases(me(['VIEWER']))).toBe(true);
    expect(canWriteCases(me(['VIEWER']))).toBe(false);
    expect(canReadCases(me(['SYSTEM_ADMIN']))).toBe(false);
    expect(canReadCases(me(['DATA_ANALYST']))).toBe(false);
    expect(canReadCases(null)).toBe(false);
    expect(isSupervisor(me(['SUPERVISOR']))).toBe(true);
    expect(isSupervisor(me(['CASE_WORKER']))).toBe(false);
  });
});
