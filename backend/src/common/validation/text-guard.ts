import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { validationFailed } from '../errors/app-error';

/**
 * Text PostgreSQL cannot store, or stores as something else: a NUL character (U+0000 makes PostgreSQL fail with
 * `invalid byte sequence for encoding "UTF8": 0x00`, i.e. a 500) and unpaired UTF-16 surrogates (no UTF-8 form: they
 * would silently become U+FFFD). Refused with a 400 naming the field, at every entry point: request bodies, query
 * strings and path (a middleware), zod-validated input (the pipe, which also sees multipart fields) and socket payloads.
 */
const INVALID = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface InvalidText {
  field: string;
  message: string;
}

function reason(s: string): string {
  return s.includes('\u0000')
    ? 'contains a NUL character (U+0000), which is not allowed in text'
    : 'contains an invalid character (an unpaired UTF-16 surrogate)';
}

/** The first string or key of a JSON-like value that is not storable text, or null. Iterative: any depth is fine. */
export function findInvalidText(value: unknown, root = ''): InvalidText | null {
  const stack: [unknown, string][] = [[value, root]];
  let visited = 0;
  while (stack.length) {
    const [v, path] = stack.pop()!;
    // A bounded walk: body and query sizes are already capped, this only stops a pathological structure early.
    if (++visited > 200_000) return null;
    if (typeof v === 'string') {
      if (INVALID.test(v)) return { field: path || 'payload', message: reason(v) };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], path ? `${path}.${i}` : String(i)]);
    } else if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      for (const [k, child] of Object.entries(v)) {
        const childPath = path ? `${path}.${k}` : k;
        if (INVALID.test(k)) return { field: childPath, message: `the key ${reason(k).replace(/^contains/, 'contains')}` };
        stack.push([child, childPath]);
      }
    }
  }
  return null;
}

/** Throws the usual 400 VALIDATION_FAILED when the value holds text PostgreSQL can't store. */
export function assertValidText(value: unknown, root = ''): void {
  const bad = findInvalidText(value, root);
  if (bad) throw validationFailed([bad]);
}

/** Fastify preValidation hook (after the body is parsed): checks the path, the query string and the parsed body. */
export function rejectInvalidText(req: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void {
  try {
    const raw = req.url.replace(/\?.*$/, '');
    let path = raw;
    try {
      path = decodeURIComponent(raw);
    } catch {
      /* malformed %-escapes: the router answers those */
    }
    assertValidText(path, 'path');
    assertValidText(req.query, 'query');
    assertValidText(req.body, 'body');
    done();
  } catch (err) {
    done(err as Error);
  }
}
