import { useEffect, useState } from 'react';

/**
 * A code-split module that can be imported again after a failed download. React's `lazy` keeps a failed import for the
 * rest of the session: a chart first shown while the phone was offline (a reconnect, a tunnel) threw on every render
 * after, and took its whole result card — the figures too — down with it. This one forgets a failure, so the next
 * attempt (the next mount, or the browser coming back online) downloads it again.
 */
export interface RetryingImport<T> {
  /** The module once downloaded, else null. */
  loaded(): T | null;
  /** One download at a time; a failed one is forgotten. */
  load(): Promise<T>;
}

export function retryingImport<T>(importer: () => Promise<T>): RetryingImport<T> {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    loaded: () => value,
    load: () =>
      (pending ??= importer().then(
        (m) => (value = m),
        (err: unknown) => {
          pending = null;
          throw err;
        },
      )),
  };
}

/**
 * The module when it is there, null while it is not (the caller draws nothing meanwhile, and never throws). Asked only
 * when `wanted`; after a failure it is asked again when the browser says it is back online.
 */
export function useRetryingImport<T>(module: RetryingImport<T>, wanted = true): T | null {
  const [value, setValue] = useState<T | null>(() => module.loaded());
  useEffect(() => {
    if (!wanted || value) return;
    let mounted = true;
    const attempt = () => {
      module.load().then(
        (m) => mounted && setValue(() => m),
        () => undefined,
      );
    };
    attempt();
    window.addEventListener('online', attempt);
    return () => {
      mounted = false;
      window.removeEventListener('online', attempt);
    };
  }, [module, wanted, value]);
  return value;
}
