// Coordination forums (issue #5): the commitment board's columns, the agency filter, the forum record's figures
// and what an update of a commitment sends. The server derives OVERDUE; these helpers only arrange what it says.
import type { Commitment, CommitmentCounts, CommitmentDisplayStatus, CommitmentPatch, CommitmentStatus } from '../api/types';

/** The board's columns, left to right. */
export const BOARD_COLUMNS: readonly CommitmentDisplayStatus[] = ['OVERDUE', 'OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'];

type BoardItem = Pick<Commitment, 'status' | 'due_on' | 'agency_ids'>;

/** Commitments per display status, each column earliest due first; `agencyId` keeps one agency's only. */
export function commitmentBoard<T extends BoardItem>(
  commitments: readonly T[],
  agencyId: string | null = null,
): Record<CommitmentDisplayStatus, T[]> {
  const board = Object.fromEntries(BOARD_COLUMNS.map((s) => [s, [] as T[]])) as Record<CommitmentDisplayStatus, T[]>;
  for (const c of commitments) {
    if (agencyId && !c.agency_ids.includes(agencyId)) continue;
    board[c.status].push(c);
  }
  for (const s of BOARD_COLUMNS) board[s].sort((a, b) => a.due_on.localeCompare(b.due_on));
  return board;
}

/** Whole days a commitment is past its due day on `today` (both YYYY-MM-DD); 0 when not late. */
export function daysOverdue(dueOn: string, today: string): number {
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueOn}T00:00:00Z`)) / 86_400_000;
  return Math.max(0, Math.round(days));
}

/** "2 / 5" for a numeric target, else the count alone. */
export function progressLabel(progress: number, target: number | null): string {
  return target ? `${progress} / ${target}` : String(progress);
}

/** Percent (0..100) of the target reached, capped at 100; null without a target. */
export function progressPercent(progress: number, target: number | null): number | null {
  if (!target) return null;
  return Math.min(100, Math.round((progress / target) * 100));
}

export interface RecordFigures {
  made: number;
  done: number;
  /** Share of the done commitments done on time, 0..100; null when none is done. */
  onTimeRate: number | null;
  /** Share of the commitments still to be done that are overdue, 0..100; null when none is. */
  overdueRate: number | null;
}

/** The headline figures of a forum record (or one agency's row of it). */
export function recordFigures(c: CommitmentCounts): RecordFigures {
  const done = c.done_on_time + c.done_late;
  const active = c.open + c.overdue;
  return {
    made: c.made,
    done,
    onTimeRate: done === 0 ? null : Math.round((c.done_on_time / done) * 100),
    overdueRate: active === 0 ? null : Math.round((c.overdue / active) * 100),
  };
}

/** The statuses a commitment may move to from `from` (the server's table; staying is always allowed). */
export function nextStatuses(from: CommitmentStatus): CommitmentStatus[] {
  switch (from) {
    case 'OPEN':
      return ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'];
    case 'IN_PROGRESS':
      return ['IN_PROGRESS', 'OPEN', 'DONE', 'DROPPED'];
    case 'DONE':
      return ['DONE', 'IN_PROGRESS'];
    case 'DROPPED':
      return ['DROPPED', 'OPEN'];
  }
}

export interface CommitmentReport {
  status: CommitmentStatus;
  progress: number;
  evidence: string;
  dropped_reason: string;
}

/** The merge patch of a report: only what changed; empty texts become null. */
export function reportPatch(current: Pick<Commitment, 'stored_status' | 'progress' | 'evidence' | 'dropped_reason'>, report: CommitmentReport): CommitmentPatch {
  const patch: CommitmentPatch = {};
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  if (report.status !== current.stored_status) patch.status = report.status;
  if (report.progress !== current.progress) patch.progress = report.progress;
  if (text(report.evidence) !== (current.evidence ?? null)) patch.evidence = text(report.evidence);
  if (report.status === 'DROPPED' && text(report.dropped_reason) !== (current.dropped_reason ?? null)) {
    patch.dropped_reason = text(report.dropped_reason);
  }
  return patch;
}
