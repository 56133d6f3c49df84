import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { GlobalExceptionFilter } from '../filters/global-exception.filter';

/**
 * The request's id: X-Request-Id when a proxy set a sane one, else a new UUID. Kept on the Node request, so Fastify
 * (`request.id`, the error bodies' requestId) and pino-http (the request log line) give the same one.
 */
export function requestIdOf(raw: IncomingMessage): string {
  const req = raw as IncomingMessage & { id?: string };
  if (req.id) return req.id;
  const incoming = req.headers['x-request-id'];
  req.id = typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
  return req.id;
}

/** Errors Fastify's router raises before any hook runs (e.g. FST_ERR_BAD_URL), through the global exception filter. */
export function answerFrameworkError(error: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  reply.header('X-Request-Id', req.id);
  new GlobalExceptionFilter().catch(error, new ExecutionContextHost([req, reply]));
}

/** Answers a request no route served, or leaves it (false) to the API's 404 JSON body. */
export type UnmatchedHandler = (req: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Fastify has one not-found handler, which Nest installs at init (a 404 JSON body through the global exception
 * filter). The chat UI's client-side routes (/support, /feedback …) are such requests too: this adapter asks the UI
 * first (common/http/static-ui.ts) and leaves the rest to Nest.
 */
export class TajerFastifyAdapter extends FastifyAdapter {
  uiFallback?: UnmatchedHandler;

  override setNotFoundHandler(handler: (req: FastifyRequest, reply: FastifyReply) => unknown) {
    return super.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) =>
      this.uiFallback?.(req, reply) ? undefined : handler(req, reply),
    );
  }
}

/**
 * JSON bodies as Express's parser read them: an empty body is no body (not a 400), anything else through Fastify's
 * JSON parser (400 when malformed, `__proto__` keys refused); at most 1 MB (413 beyond, the adapter's bodyLimit).
 */
export function useJsonBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit: 1024 * 1024 }, (req, body, done) => {
    if (!body.length) return done(null, undefined);
    parse(req as never, body.toString('utf8'), done);
  });
}

/**
 * Starts a response written to the Node response directly (Server-Sent Events, the MCP transport): Fastify lets go
 * of the reply, and the headers already set on it (security headers, CORS, the handler's own) are copied onto the
 * Node response so they are sent as before.
 */
export function hijackReply(reply: FastifyReply): FastifyReply['raw'] {
  reply.hijack();
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined && !reply.raw.hasHeader(name)) reply.raw.setHeader(name, value as string | string[]);
  }
  return reply.raw;
}

/** Starts a Server-Sent Events response (200) and gives the Node response to write the events to. */
export function startEventStream(reply: FastifyReply): FastifyReply['raw'] {
  reply.header('Content-Type', 'text/event-stream; charset=utf-8');
  reply.header('Cache-Control', 'no-cache, no-transform');
  reply.header('X-Accel-Buffering', 'no');
  const raw = hijackReply(reply);
  raw.writeHead(200);
  raw.flushHeaders();
  return raw;
}
