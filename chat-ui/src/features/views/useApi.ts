import { useEffect, useState } from 'react';
import { api } from '../../lib/http';

type Query = Record<string, string | number | boolean | undefined>;

/** GET with loading/error state, re-run when the path or query changes; stale answers are dropped. */
export function useApi<T>(path: string | null, query?: Query) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(!!path);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(query ?? {});

  useEffect(() => {
    if (!path) return;
    const ctrl = new AbortController();
    setLoading(true);
    api<T>(path, { query: JSON.parse(key) as Query, signal: ctrl.signal }).then(
      (d) => {
        setData(d);
        setError(null);
        setLoading(false);
      },
      (err) => {
        if (ctrl.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
  }, [path, key, tick]);

  return { data, error, loading, reload: () => setTick((n) => n + 1) };
}
