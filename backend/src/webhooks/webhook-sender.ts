import { Agent, request } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedTarget } from './webhook-target';

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  /** Why it failed, in words (connection refused, timeout, HTTP 503, redirect not followed…). */
  error: string | null;
  /** The first bytes of the receiver's answer. */
  response: string | null;
  durationMs: number;
}

const RESPONSE_BYTES = 1024;

/**
 * One HTTPS POST to a resolved target. It connects only to the addresses that were checked (the lookup is pinned),
 * verifies the certificate against the URL's host name, never follows a redirect, and gives up after `timeoutMs`.
 */
export function postJson(
  target: ResolvedTarget,
  body: string,
  headers: Record<string, string>,
  opts: { timeoutMs: number; ca?: string[]; agent?: Agent },
): Promise<SendResult> {
  const started = Date.now();
  const pinned: LookupFunction = (_host, options, callback) => {
    const wanted =
      options.family === 4 || options.family === 6 ? target.addresses.filter((a) => a.family === options.family) : target.addresses;
    const list = wanted.length ? wanted : target.addresses;
    if (options.all) (callback as (err: null, addresses: { address: string; family: number }[]) => void)(null, list);
    else callback(null, list[0].address, list[0].family);
  };
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: Omit<SendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve({ ...r, durationMs: Date.now() - started });
    };
    const req = request(
      target.url,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body).toString(),
          'User-Agent': 'Tajer-Webhooks/1.0',
          ...headers,
        },
        lookup: pinned,
        ca: opts.ca,
        // A kept-alive connection was opened to an address checked like this one; a new one goes through `pinned`.
        agent: opts.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < RESPONSE_BYTES) chunks.push(c);
          size += c.length;
          if (size >= RESPONSE_BYTES) res.destroy();
        });
        const finish = () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_BYTES) || null;
          if (status >= 200 && status < 300) return done({ ok: true, statusCode: status, error: null, response: text });
          const error =
            status >= 300 && status < 400 ? `redirect not followed (HTTP ${status} to ${res.headers.location ?? '?'})` : `HTTP ${status}`;
          done({ ok: false, statusCode: status, error, response: text });
        };
        res.on('end', finish);
        res.on('close', finish);
        res.on('error', finish);
      },
    );
    const deadline = setTimeout(() => {
      req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`));
    }, opts.timeoutMs);
    req.on('error', (err: NodeJS.ErrnoException) =>
      done({ ok: false, statusCode: null, error: err.code ? `${err.code}: ${err.message}` : err.message, response: null }),
    );
    req.end(body);
  });
}
