import { sessionStore } from '../features/auth/session-store';

/** An error answered by the API (`{statusCode, code, message, details?}`) or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

async function toApiError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as { code?: string; message?: string; details?: unknown } | null;
  return new ApiError(res.status, body?.code ?? `HTTP_${res.status}`, body?.message ?? res.statusText, body?.details);
}

let refreshing: Promise<boolean> | null = null;

/** Cross-tab lock: tabs share one refresh cookie, and a spent one presented twice would end the sign-in. */
function withRefreshLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  return locks ? (locks.request('tajer-refresh', fn) as Promise<T>) : fn();
}

/**
 * Exchanges the refresh cookie once for every caller that hit a 401 at the same time (and once across tabs). The
 * refresh token itself never reaches script: it travels in the httpOnly cookie, asked for with X-Refresh-Transport.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= withRefreshLock(async () => {
    try {
      const res = await fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Refresh-Transport': 'cookie' },
        body: '{}',
        credentials: 'same-origin',
      });
      if (!res.ok) {
        if (res.status === 401 || res.status === 400 || res.status === 403) sessionStore.set(null);
        return false;
      }
      const next = (await res.json()) as { accessToken: string; user: NonNullable<ReturnType<typeof sessionStore.get>>['user'] };
      sessionStore.set({ accessToken: next.accessToken, user: { ...sessionStore.get()?.user, ...next.user } });
      return true;
    } catch {
      return false;
    }
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function authHeaders(): Record<string, string> {
  const token = sessionStore.get()?.accessToken;
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function authedFetch(path: string, init: RequestInit): Promise<Response> {
  const run = () => fetch(path, { ...init, headers: { ...(init.headers as Record<string, string>), ...authHeaders() } });
  let res: Response;
  try {
    res = await run();
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', 'network error');
  }
  if (res.status === 401 && sessionStore.get() && (await refreshSession())) res = await run();
  return res;
}

export async function api<T>(
  path: string,
  opts: { method?: string; body?: unknown; query?: Query; signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<T> {
  const res = await authedFetch(withQuery(path, opts.query), {
    method: opts.method ?? 'GET',
    headers: { ...(opts.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...opts.headers },
    body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
    signal: opts.signal,
  });
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Fetches a protected file and hands it to the browser as a download (links can't carry the bearer token). */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await authedFetch(path, { method: 'GET' });
  if (!res.ok) throw await toApiError(res);
  const name = /filename="?([^";]+)"?/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches a protected image as an object URL for an <img>. The caller revokes it. */
export async function fetchObjectUrl(path: string, signal?: AbortSignal): Promise<string> {
  const res = await authedFetch(path, { method: 'GET', signal });
  if (!res.ok) throw await toApiError(res);
  return URL.createObjectURL(await res.blob());
}

/**
 * Multipart upload through XMLHttpRequest: fetch() still has no upload progress events, and a shop owner on a slow
 * 3G link needs to see that the photo of the receipt is actually going up.
 */
export function uploadFile<T>(path: string, file: File, onProgress: (ratio: number) => void): { promise: Promise<T>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const send = (): Promise<{ status: number; body: unknown }> =>
    new Promise((resolve, reject) => {
      xhr.open('POST', path);
      const token = sessionStore.get()?.accessToken;
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.responseType = 'json';
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onload = () => resolve({ status: xhr.status, body: xhr.response });
      xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network error'));
      xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'aborted'));
      const form = new FormData();
      form.append('file', file);
      xhr.send(form);
    });
  const promise = (async () => {
    let res = await send();
    if (res.status === 401 && (await refreshSession())) res = await send();
    if (res.status < 200 || res.status >= 300) {
      const body = res.body as { code?: string; message?: string; details?: unknown } | null;
      throw new ApiError(res.status, body?.code ?? `HTTP_${res.status}`, body?.message ?? 'upload failed', body?.details);
    }
    onProgress(1);
    return res.body as T;
  })();
  return { promise, abort: () => xhr.abort() };
}

/** The i18n key of the message to show for a failed request. */
export function errorKey(err: unknown): string {
  if (!(err instanceof ApiError) || err.status === 0) return 'errors.network';
  if (err.status === 401 || err.status === 403) return 'errors.forbidden';
  if (err.status === 404) return 'errors.notFound';
  return 'errors.generic';
}
