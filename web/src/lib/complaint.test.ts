import { describe, expect, it } from 'vitest';
import type { ComplaintFacts } from '../api/types';
import { complaintPatch, complaintToValues, isPmiComplaint, timerState } from './complaint';

const facts = (over: Partial<ComplaintFacts> = {}): ComplaintFacts => ({
  case_id: 'c1', version: 1, documents_incomplete: true, info_requested_on: '2026-08-14', unreachable_since: null,
  awaiting_response_since: null, settlement_clarified_on: null, created_at: '2026-08-14T08:00:00.000Z',
  created_by: 'u1', updated_at: '2026-08-14T08:00:00.000Z', updated_by: 'u1', timers: [], ...over,
});

describe('complaint', () => {
  it('applies only to PMI complaints', () => {
    expect(isPmiComplaint(['TPPO', 'PMI_BERMASALAH'])).toBe(true);
    expect(isPmiComplaint(['KEKERASAN_PEREMPUAN'])).toBe(false);
  });
  it('turns the facts into form values and back into a patch of what changed', () => {
    const f = facts();
    const v = complaintToValues(f);
    expect(v).toEqual({
      documents_incomplete: true, info_requested_on: '2026-08-14', unreachable_since: '', awaiting_response_since: '',
      settlement_clarified_on: '',
    });
    expect(complaintPatch(f, v)).toEqual({});
    expect(complaintPatch(f, { ...v, documents_incomplete: false, info_requested_on: '', unreachable_since: '2026-10-01' }))
      .toEqual({ documents_incomplete: false, info_requested_on: null, unreachable_since: '2026-10-01' });
  });
  it('shows a timer as overdue, due soon or running', () => {
    expect(timerState({ due_on: '2026-09-07', overdue: true }, '2026-12-03')).toBe('overdue');
    expect(timerState({ due_on: '2026-12-07', overdue: false }, '2026-12-03')).toBe('due_soon');
    expect(timerState({ due_on: '2026-12-10', overdue: false }, '2026-12-03')).toBe('due_soon');
    expect(timerState({ due_on: '2026-12-11', overdue: false }, '2026-12-03')).toBe('running');
    expect(timerState({ due_on: '2026-12-11', overdue: false }, '2026-12-03', 10)).toBe('due_soon');
  });
});
