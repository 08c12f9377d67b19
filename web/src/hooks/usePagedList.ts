import { useCallback, useEffect, useState, type DependencyList } from 'react';

interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** A cursor-paged list: the first page when `deps` change, further pages appended by `more()`. */
export function usePagedList<T>(load: (cursor: string | null) => Promise<{ data: Page<T> }>, deps: DependencyList) {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fetchPage = useCallback(load, deps);
  const run = useCallback(
    (from: string | null, live: () => boolean = () => true) => {
      setLoading(true);
      setError(null);
      fetchPage(from)
        .then((r) => {
          if (!live()) return;
          setItems((prev) => (from ? [...prev, ...r.data.items] : r.data.items));
          setCursor(r.data.next_cursor);
        })
        .catch((e: unknown) => live() && setError(e))
        .finally(() => live() && setLoading(false));
    },
    [fetchPage],
  );
  useEffect(() => {
    let alive = true;
    run(null, () => alive);
    return () => {
      alive = false;
    };
  }, [run]);
  const more = useCallback(() => cursor && run(cursor), [cursor, run]);
  return { items, cursor, loading, error, more };
}
