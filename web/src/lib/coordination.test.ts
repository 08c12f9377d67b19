import { describe, expect, it } from 'vitest';
import {
  BOARD_COLUMNS,
  commitmentBoard,
  daysOverdue,
  nextStatuses,
  progressLabel,
  progressPercent,
  recordFigures,
  reportPatch,
} from './coordination';

const item = (status: 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED' | 'OVERDUE', due_on: string, agency_ids: string[]) => ({
  status,
  due_on,
  agency_ids,
});

describe('commitmentBoard', () => {
  it('puts each commitment in the column of its display status, earliest due first', () => {
    const board = commitmentBoard([
      item('OPEN', '2026-05-02', ['a']),
      item('OVERDUE', '2026-01-31', ['b']),
      item('OPEN', '2026-04-01', ['a', 'b']),
      item('DONE', '2026-03-01', ['a']),
    ]);
    expect(Object.keys(board)).toEqual([...BOARD_COLUMNS]);
    expect(board.OPEN.map((c) => c.due_on)).toEqual(['2026-04-01', '2026-05-02']);
    expect(board.OVERDUE).toHaveLength(1);
    expect(board.DONE).toHaveLength(1);
    expect(board.DROPPED).toEqual([]);
  });

  it('keeps only the commitments of the agency filtered by, also shared ones', () => {
    const board = commitmentBoard([item('OPEN', '2026-05-02', ['a']), item('OPEN', '2026-04-01', ['a', 'b'])], 'b');
    expect(board.OPEN.map((c) => c.due_on)).toEqual(['2026-04-01']);
  });
});

describe('overdue and progress display', () => {
  it('counts whole days past the due day', () => {
    expect(daysOverdue('2026-01-31', '2026-02-10')).toBe(10);
    expect(daysOverdue('2026-01-31', '2026-01-31')).toBe(0);
    expect(daysOverdue('2026-02-10', '2026-01-31')).toBe(0);
  });

  it('shows progress against a target', () => {
    expect(progressLabel(2, 5)).toBe('2 / 5');
    expect(progressLabel(3, null)).toBe('3');
    expect(progressPercent(2, 5)).toBe(40);
    expect(progressPercent(7, 5)).toBe(100);
    expect(progressPercent(2, null)).toBeNull();
  });
});

describe('recordFigures', () => {
  it('derives the on-time and overdue rates', () => {
    expect(recordFigures({ made: 6, done_on_time: 3, done_late: 1, overdue: 1, open: 1, dropped: 0 })).toEqual({
      made: 6,
      done: 4,
      onTimeRate: 75,
      overdueRate: 50,
    });
  });

  it('has no rate without anything to rate', () => {
    const f = recordFigures({ made: 1, done_on_time: 0, done_late: 0, overdue: 0, open: 0, dropped: 1 });
    expect(f.onTimeRate).toBeNull();
    expect(f.overdueRate).toBeNull();
  });
});

describe('status moves and reports', () => {
  it('offers the moves the server allows', () => {
    expect(nextStatuses('DONE')).toEqual(['DONE', 'IN_PROGRESS']);
    expect(nextStatuses('DROPPED')).toEqual(['DROPPED', 'OPEN']);
    expect(nextStatuses('OPEN')).toContain('DROPPED');
  });

  it('sends only what changed', () => {
    const current = { stored_status: 'OPEN' as const, progress: 1, evidence: null, dropped_reason: null };
    expect(reportPatch(current, { status: 'DONE', progress: 1, evidence: ' Laporan ', dropped_reason: '' })).toEqual({
      status: 'DONE',
      evidence: 'Laporan',
    });
    expect(reportPatch(current, { status: 'OPEN', progress: 2, evidence: '', dropped_reason: 'x' })).toEqual({
      progress: 2,
    });
    expect(reportPatch(current, { status: 'DROPPED', progress: 1, evidence: '', dropped_reason: 'Batal' })).toEqual({
      status: 'DROPPED',
      dropped_reason: 'Batal',
    });
  });
});
