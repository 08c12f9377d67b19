import { describe, expect, it } from 'vitest';
import type { CaseRestitution } from '../api/types';
import {
  emptyRestitutionValues,
  formatRupiah,
  invalidAmounts,
  parseRupiah,
  paymentDeadline,
  restitutionBody,
  restitutionPatch,
  restitutionToValues,
  seizureDeadline,
} from './restitution';

const claim = (over: Partial<CaseRestitution> = {}): CaseRestitution => ({
  id: 'r1', case_id: 'c1', version: 1, person_id: 'p1',
  components: [
    { component: 'PENDERITAAN', claimed_idr: 50_000_000, awarded_idr: null, note: null },
    { component: 'BIAYA_PERAWATAN', claimed_idr: 7_500_000, awarded_idr: null, note: 'Kuitansi RS' },
  ],
  court_case_number: null, claimed_on: '2026-02-01', verdict_on: null, final_notice_on: null, paid_on: null,
  paid_idr: null, unpaid_reported_on: null, warning_on: null, seizure_on: null, substitute_detention_on: null,
  stage: 'DIAJUKAN', claimed_total_idr: 57_500_000, awarded_total_idr: null, payment_due_on: null,
  seizure_due_on: null, created_at: '2026-02-01T00:00:00Z', updated_at: '2026-02-01T00:00:00Z', created_by: 'u1',
  updated_by: 'u1', ...over,
});

describe('rupiah', () => {
  it('formats whole rupiah the Indonesian way', () => {
    expect(formatRupiah(1_500_000).replace(/\s/g, ' ')).toBe('Rp 1.500.000');
    expect(formatRupiah(0).replace(/\s/g, ' ')).toBe('Rp 0');
    expect(formatRupiah(null)).toBe('—');
  });
  it('parses what an officer types', () => {
    expect(parseRupiah('1500000')).toBe(1_500_000);
    expect(parseRupiah(' 1.500.000 ')).toBe(1_500_000);
    expect(parseRupiah('Rp 1.500.000,-')).toBe(1_500_000);
    expect(parseRupiah('Rp1.500.000,00')).toBe(1_500_000);
    expect(parseRupiah('')).toBeNull();
    expect(parseRupiah('satu juta')).toBeNaN();
    expect(parseRupiah('-5')).toBeNaN();
  });
});

describe('restitution form', () => {
  it('sends a new claim with amounts as numbers and empty fields as null', () => {
    const v = emptyRestitutionValues('2026-03-01', 'p1');
    v.components = [{ component: 'PENDERITAAN', claimed_idr: 'Rp 10.000.000', awarded_idr: '', note: ' ' }];
    v.court_case_number = ' 12/Pid.Sus/2026/PN Ptk ';
    expect(restitutionBody(v)).toEqual({
      person_id: 'p1',
      components: [{ component: 'PENDERITAAN', claimed_idr: 10_000_000, awarded_idr: null, note: null }],
      court_case_number: '12/Pid.Sus/2026/PN Ptk', claimed_on: '2026-03-01', paid_idr: null, verdict_on: null,
      final_notice_on: null, paid_on: null, unpaid_reported_on: null, warning_on: null, seizure_on: null,
      substitute_detention_on: null,
    });
  });
  it('names the amounts that do not parse', () => {
    const v = emptyRestitutionValues('2026-03-01', 'p1');
    v.components = [{ component: 'PENDERITAAN', claimed_idr: 'sepuluh', awarded_idr: '1.000', note: '' }];
    v.paid_idr = 'x';
    expect(invalidAmounts(v)).toEqual(['components[0].claimed_idr', 'paid_idr']);
  });
  it('patches only what changed, the components whole', () => {
    const r = claim();
    expect(restitutionPatch(r, restitutionToValues(r))).toEqual({});
    const v = restitutionToValues(r);
    v.verdict_on = '2026-04-02';
    v.components[0].awarded_idr = '40.000.000';
    v.components[1].awarded_idr = '7500000';
    expect(restitutionPatch(r, v)).toEqual({
      verdict_on: '2026-04-02',
      components: [
        { component: 'PENDERITAAN', claimed_idr: 50_000_000, awarded_idr: 40_000_000, note: null },
        { component: 'BIAYA_PERAWATAN', claimed_idr: 7_500_000, awarded_idr: 7_500_000, note: 'Kuitansi RS' },
      ],
    });
    const cleared = restitutionToValues(claim({ court_case_number: '1/Pid', paid_idr: 5, paid_on: '2026-05-01' }));
    cleared.court_case_number = '';
    cleared.paid_idr = '';
    cleared.paid_on = '';
    expect(restitutionPatch(claim({ court_case_number: '1/Pid', paid_idr: 5, paid_on: '2026-05-01' }), cleared)).toEqual({
      court_case_number: null, paid_idr: null, paid_on: null,
    });
  });
});

describe('restitution deadlines', () => {
  const notified = claim({ stage: 'MENUNGGU_PEMBAYARAN', final_notice_on: '2026-05-01', payment_due_on: '2026-05-15' });
  it('the payment is overdue from the day after its last day until paid or reported', () => {
    expect(paymentDeadline(claim(), '2026-06-01')).toBeNull();
    expect(paymentDeadline(notified, '2026-05-15')).toEqual({ due: '2026-05-15', met: false, overdue: false });
    expect(paymentDeadline(notified, '2026-05-16')).toEqual({ due: '2026-05-15', met: false, overdue: true });
    expect(paymentDeadline({ ...notified, unpaid_reported_on: '2026-05-16' }, '2026-06-01')?.overdue).toBe(false);
    expect(paymentDeadline({ ...notified, stage: 'DIBAYAR' }, '2026-06-01')?.met).toBe(true);
  });
  it('the seizure is overdue after the 14 days from the warning until seized or detained', () => {
    const warned = { ...notified, stage: 'TEGURAN' as const, warning_on: '2026-05-20', seizure_due_on: '2026-06-03' };
    expect(seizureDeadline(notified, '2026-06-10')).toBeNull();
    expect(seizureDeadline(warned, '2026-06-03')?.overdue).toBe(false);
    expect(seizureDeadline(warned, '2026-06-04')?.overdue).toBe(true);
    expect(seizureDeadline({ ...warned, seizure_on: '2026-06-05' }, '2026-06-10')).toEqual({ due: '2026-06-03', met: true, overdue: false });
    expect(seizureDeadline({ ...warned, substitute_detention_on: '2026-06-05' }, '2026-06-10')?.met).toBe(true);
  });
});
