import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';

/** Requests without a log line (probes and scrapes), as pino-http's `autoLogging.ignore` had them. */
const UNLOGGED = new Set(['/api/health', '/metrics']);

/**
 * The request log as Fastify hooks rather than pino-http as a Nest middleware: the middleware ran through
 * @fastify/middie on every request, pino-http and middie together 10–17 % of a cached read's CPU when profiled, and
 * built its line's child logger even when the level dropped the line.
 *
 * - Every request runs in nestjs-pino's request context (`runInContext`), so the services' lines carry the request
 *   (`req: { id, method, url }`), as under the middleware (which middie also ran from an onRequest hook).
 * - With `lines` (LOG_LEVEL info and below), one line per request when its response closes — the Node response, so
 *   the hijacked streams (SSE) are logged too — with pino-http's fields and messages: `request completed`,
 *   `request errored` (a 5xx, with `err`), `request aborted` (the client left first).
 */
export function useRequestLog(fastify: FastifyInstance, logger: PinoLogger, lines: boolean): void {
  fastify.addHook('onRequest', (req, reply, done) => {
    if (lines && !UNLOGGED.has(req.url)) reply.raw.once('close', () => writeLine(req, reply));
    // The Node request, as pino-http bound it: the root logger's `req` serializer makes it `{ id, method, url }`.
    logger.runInContext(done, { bindings: { req: req.raw } });
  });
}

function writeLine(req: FastifyRequest, reply: FastifyReply): void {
  // The guard's Principal (auth/principal.ts), read by shape: common/ must not import auth/ (auth imports common/).
  const principal = (req.raw as { principal?: { tenantId?: string; userId?: string | null } }).principal;
  const statusCode = reply.raw.statusCode;
  const fields = {
    req: req.raw,
    tenantId: principal?.tenantId,
    userId: principal?.userId,
    res: reply.raw,
    responseTime: Math.round(reply.elapsedTime),
  };
  const root = PinoLogger.root;
  if (!reply.raw.writableFinished) root.info({ ...fields, err: { type: 'Error', message: 'Aborted' } }, 'request aborted');
  else if (statusCode >= 500)
    root.info({ ...fields, err: { type: 'Error', message: `failed with status code ${statusCode}` } }, 'request errored');
  else root.info(fields, 'request completed');
}
