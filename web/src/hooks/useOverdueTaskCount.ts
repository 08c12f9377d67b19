import { useEffect, useState } from 'react';
import { tasksApi } from '../api/caseWork';

const POLL_MS = 5 * 60_000;

/**
 * How many of the user's tasks are overdue, for the badge in the navigation: loaded when `enabled`, again every five
 * minutes and whenever the user leaves or enters the task list (`pathname`). 0 when unknown.
 */
export function useOverdueTaskCount(enabled: boolean, pathname: string): number {
  const [count, setCount] = useState(0);
  const onTasks = pathname.startsWith('/tasks');
  useEffect(() => {
    if (!enabled) return;
    const ctl = new AbortController();
    const load = () =>
      tasksApi.list(200, ctl.signal).then(
        (r) => setCount(r.data.items.filter((t) => t.overdue).length),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      clearInterval(timer);
      ctl.abort();
    };
  }, [enabled, onTasks]);
  return enabled ? count : 0;
}
