// The task list (GET /tasks): legal timers computed by the server. Grouping and where each task leads.
import type { Task } from '../api/types';

export interface TaskGroups {
  overdue: Task[];
  upcoming: Task[];
}

/** Overdue first then upcoming, each by due time (earliest first); the server's overdue flag decides. */
export function groupTasks(tasks: readonly Task[]): TaskGroups {
  const byDue = [...tasks].sort((a, b) => Date.parse(a.due_at) - Date.parse(b.due_at));
  return { overdue: byDue.filter((t) => t.overdue), upcoming: byDue.filter((t) => !t.overdue) };
}

/** The page a task is worked on: the referral, else the case, else the data-subject request queue, else the person. */
export function taskLink(
  task: Pick<Task, 'referral_id' | 'case_id' | 'request_id' | 'person_id'> & Partial<Pick<Task, 'commitment_id'>>,
): string | null {
  if (task.commitment_id) return `/koordinasi/komitmen/${encodeURIComponent(task.commitment_id)}`;
  if (task.referral_id) return `/referrals/${encodeURIComponent(task.referral_id)}`;
  if (task.case_id) return `/cases/${encodeURIComponent(task.case_id)}`;
  if (task.request_id) return '/data-subject-requests';
  if (task.person_id) return `/persons/${encodeURIComponent(task.person_id)}`;
  return null;
}

/** Hours until the task is due (negative when overdue). */
export function hoursUntil(task: Pick<Task, 'due_at'>, now: Date = new Date()): number {
  return (Date.parse(task.due_at) - now.getTime()) / 3_600_000;
}
