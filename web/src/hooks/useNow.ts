import { useEffect, useState } from 'react';

/**
 * The current time in ms for countdowns to a deadline: read at every render (so a record that has just arrived is
 * measured against the time it is shown), with a re-render every `intervalMs`.
 */
export function useNow(intervalMs = 60_000): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return Date.now();
}
