/**
 * Tells "the database can't be reached right now" (stopped, restarting, failed over, out of connections) from every
 * other error, so callers answer 503 DATABASE_UNAVAILABLE with Retry-After instead of a 500, and readiness reports it.
 * The pool reconnects by itself once PostgreSQL is back: nothing has to be restarted. What the person chatting reads
 * then is a message of the catalogues, chosen by the chat (common/ imports database/, so database/ imports no message).
 *
 * Prisma (with @prisma/adapter-pg) wraps the driver's failure in several shapes depending on where it happened (a
 * query, a raw query, a transaction): the chain err → cause → meta.driverAdapterError → cause is walked looking for
 * any of the signs below.
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const DRIVER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// SQLSTATE: admin/crash shutdown, cannot connect now (starting or shutting down), connection exceptions, too many connections.
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const MESSAGES =
  /Connection terminated|Can't reach database server|Server has closed the connection|connection error and is not queryable|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i;

/** Seconds a client should wait before trying again (a restart of PostgreSQL takes a few seconds). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length && seen.size < 12) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const o = e as {
      code?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof o.code === 'string' && (PRISMA_CODES.has(o.code) || SQLSTATES.has(o.code) || NODE_CODES.has(o.code))) return true;
    if (typeof o.kind === 'string' && DRIVER_KINDS.has(o.kind)) return true;
    if (o.kind === 'postgres' && typeof o.code === 'string' && SQLSTATES.has(o.code)) return true;
    if (typeof o.originalCode === 'string' && SQLSTATES.has(o.originalCode)) return true;
    if (typeof o.message === 'string' && MESSAGES.test(o.message)) return true;
    queue.push(o.cause, o.meta?.driverAdapterError);
  }
  return false;
}
