import type { Case } from './malformed';

export interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
  ms: number;
}

/** A request that takes longer than this is a hang. */
export const HANG_MS = 20_000;

/** Sends one case as is (raw URL, raw body) with Node's fetch; a hang rejects. */
export async function send(base: string, c: Case, token?: string): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(base + c.url, {
    method: c.method,
    headers: { ...c.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: c.body,
    signal: AbortSignal.timeout(HANG_MS),
  });
  const text = await res.text();
  let body: any = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, text, headers: res.headers, ms: Date.now() - started };
}

/** What is wrong with an answer to malformed input, or null: never a 5xx, and every error is the usual JSON body. */
/**
 * The error body each protocol's clients expect: the OpenAI-compatible API (/v1/…) answers OpenAI's error envelope,
 * the MCP endpoint JSON-RPC errors, everything else the usual `{statusCode, code, message, details, requestId}`.
 */
function errorBodyProblem(url: string, b: any): boolean {
  const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
  if (path.startsWith('/v1/')) return !(b.error && typeof b.error.message === 'string' && typeof b.error.type === 'string');
  // /mcp: JSON-RPC errors from the MCP transport; refusals before it (credentials, limits, NUL bytes) in the usual body.
  if (path === '/mcp')
    return (
      !(b.jsonrpc === '2.0' && b.error && typeof b.error.code === 'number' && typeof b.error.message === 'string') && usualBodyProblem(b)
    );
  return false;
}

const usualBodyProblem = (b: any, status?: number): boolean =>
  (status !== undefined && b.statusCode !== status) ||
  typeof b.statusCode !== 'number' ||
  typeof b.code !== 'string' ||
  typeof b.message !== 'string';

export function problemWith(a: Answer, url = ''): string | null {
  if (a.status >= 500) return `answered ${a.status}: ${a.text.slice(0, 300)}`;
  if (a.status >= 400) {
    const b = a.body;
    if (!b || typeof b !== 'object') return `answered ${a.status} without a JSON error body: ${a.text.slice(0, 200)}`;
    const protocol = /^(https?:\/\/[^/]+)?\/(v1\/|mcp(\?|$))/.test(url);
    if (protocol ? errorBodyProblem(url, b) : usualBodyProblem(b, a.status)) {
      return `answered ${a.status} with an unusual error body: ${a.text.slice(0, 300)}`;
    }
  }
  return null;
}

export function describeCase(c: Case): string {
  const body = c.body === undefined ? '' : ` body=${(Buffer.isBuffer(c.body) ? c.body.toString('latin1') : c.body).slice(0, 200)}`;
  return `[${c.kind}] ${c.method} ${c.url.slice(0, 200)}${body}`;
}
