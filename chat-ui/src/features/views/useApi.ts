import { useEffect, useState } from 'react';
import type { ZodType } from 'zod';
import { api } from '../../lib/http';

type Query = Record<string, string | number | boolean | undefined>;

/** An answer that does not match its page's schema: shown as an error, never rendered by guessing. */
export class UnexpectedAnswer extends Error {}

/**
 * GET with loading/error state, re-run when the path or query changes; stale answers are dropped. With a `schema` (the
 * contract's REST schemas), the answer is parsed and typed by it.
 */
export function useApi<T>(path: string | null, query?: Query, schema?: ZodType<T>) {
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
        const parsed = schema ? schema.safeParse(d) : { success: true as const, data: d };
        setData(parsed.success ? parsed.data : null);
        setError(parsed.success ? null : new UnexpectedAnswer(`${path}: ${parsed.error.message}`));
        setLoading(false);
      },
      (err) => {
        if (ctrl.signal.aborted) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => ctrl.abort();
    // The schema is a module constant at every call site: not a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, key, tick]);

  return { data, error, loading, reload: () => setTick((n) => n + 1) };
}
