import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../errors/app-error';
import { toOpenAiError } from './openai-errors';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../../database/database-errors';
import { reportException } from './error-reporting';

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
};

/** Set on every error body: a handler may have set another type (a CSV download, an event stream) before failing. */
export const JSON_TYPE = 'application/json; charset=utf-8';

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string;
}

/** Turns every error into `{ statusCode, code, message, details?, requestId }`. Unknown errors never leak internals. */
export function toErrorBody(exception: unknown, requestId?: string): ErrorBody {
  if (exception instanceof AppError) {
    return { statusCode: exception.status, code: exception.code, message: exception.message, details: exception.details, requestId };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const res = exception.getResponse();
    const message =
      typeof res === 'string'
        ? res
        : Array.isArray((res as any).message)
          ? (res as any).message.join('; ')
          : ((res as any).message ?? exception.message);
    // Body-parser and multer errors surface as HttpExceptions; give them stable codes.
    return {
      statusCode: status,
      code: HTTP_CODES[status] ?? (status >= 500 ? ErrorCode.INTERNAL : 'HTTP_' + status),
      message: String(message),
      requestId,
    };
  }
  // PostgreSQL away (stopped, restarting): a 503 to retry, not a server bug; the pool reconnects on its own.
  if (isDatabaseUnavailable(exception)) {
    return {
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: ErrorCode.DATABASE_UNAVAILABLE,
      message: 'The database is unavailable right now; try again shortly',
      details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      requestId,
    };
  }
  const status = (exception as any)?.status ?? (exception as any)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // e.g. body-parser's "entity.too.large" (413) or malformed JSON (400).
    return { statusCode: status, code: HTTP_CODES[status] ?? 'HTTP_' + status, message: (exception as Error).message, requestId };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: ErrorCode.INTERNAL, message: 'Internal server error', requestId };
}

@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const res = ctx.getResponse<FastifyReply>();
    const body = toErrorBody(exception, req.id ? String(req.id) : undefined);
    // A business over its storage quota is its own doing (507 for the client), not a server fault to alert on.
    const quota = body.code === ErrorCode.INSUFFICIENT_STORAGE && (body.details as { reason?: string } | undefined)?.reason === 'quota';
    // The database away is one warning per request, not an exception report each (readiness reports it too).
    if (body.code === ErrorCode.DATABASE_UNAVAILABLE)
      this.logger.warn({ requestId: body.requestId, route: req.routeOptions?.url }, 'database unavailable');
    else if (body.statusCode >= 500 && !quota) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'Unhandled error');
      reportException(exception, { request_id: body.requestId, route: req.routeOptions?.url ?? 'unknown' });
    }
    if (res.sent || res.raw.headersSent) return;
    // A 429 says when to come back (RFC 9110 Retry-After, in seconds).
    const retryAfter = (body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.header('Retry-After', String(retryAfter));
    // Errors raised before a /v1 route runs (malformed JSON, body too large) still speak OpenAI's error shape there.
    if (/^\/v1(\/|[?#]|$)/.test(req.url ?? '')) {
      const openAi = toOpenAiError(exception, body.requestId);
      res.code(openAi.status).header('Content-Type', JSON_TYPE).send(openAi.body);
      return;
    }
    res.code(body.statusCode).header('Content-Type', JSON_TYPE).send(body);
  }
}
