import { describe, expect, it } from 'vitest';
import type { Task } from '../api/types';
import { groupTasks, hoursUntil, taskLink } from './tasks';

const task = (over: Partial<Task>): Task => ({
  kind: 'POLICE_REPORT_24H', case_id: null, referral_id: null, request_id: null, person_id: null, service_id: null,
  commitment_id: null,
  due_at: '2026-01-01T00:00:00Z', due_on: null, overdue: false, legal_basis: 'PP 9/2008 Ps 14(5)', ...over,
});

describe('tasks', () => {
  it('groups overdue and upcoming, earliest first', () => {
    const a = task({ due_at: '2026-01-03T00:00:00Z' });
    const b = task({ due_at: '2026-01-01T00:00:00Z', overdue: true });
    const c = task({ due_at: '2026-01-02T00:00:00Z' });
    const d = task({ due_at: '2025-12-30T00:00:00Z', overdue: true });
    const g = groupTasks([a, b, c, d]);
    expect(g.overdue).toEqual([d, b]);
    expect(g.upcoming).toEqual([c, a]);
    expect(groupTasks([])).toEqual({ overdue: [], upcoming: [] });
  });
  it('links to the referral, the case, the request queue or the person', () => {
    expect(taskLink(task({ referral_id: 'r1', case_id: 'c1' }))).toBe('/referrals/r1');
    expect(taskLink(task({ case_id: 'c1', person_id: 'p1' }))).toBe('/cases/c1');
    expect(taskLink(task({ kind: 'SUBJECT_REQUEST_72H', request_id: 'q1', person_id: 'p1' }))).toBe('/data-subject-requests');
    expect(taskLink(task({ person_id: 'p1' }))).toBe('/persons/p1');
    expect(taskLink(task({}))).toBeNull();
    expect(taskLink(task({ kind: 'COMMITMENT_DUE', commitment_id: 'k1' }))).toBe('/koordinasi/komitmen/k1');
  });
  it('counts hours until due', () => {
    expect(hoursUntil(task({ due_at: '2026-01-01T12:00:00Z' }), new Date('2026-01-01T00:00:00Z'))).toBe(12);
    expect(hoursUntil(task({ due_at: '2026-01-01T00:00:00Z' }), new Date('2026-01-01T06:00:00Z'))).toBe(-6);
  });
});
