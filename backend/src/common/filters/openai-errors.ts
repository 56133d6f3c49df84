import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../../database/database-errors';
import { JSON_TYPE, toErrorBody } from './global-exception.filter';

/** OpenAI's error body: `{ error: { message, type, param, code } }`. */
export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** An error already phrased the OpenAI way (e.g. an unknown model: 404 model_not_found). */
export class OpenAiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: string,
    readonly code: string | null = null,
    readonly param: string | null = null,
  ) {
    super(message);
  }
}

const TYPES: Record<number, [type: string, code: string | null]> = {
  400: ['invalid_request_error', null],
  401: ['invalid_request_error', 'invalid_api_key'],
  403: ['permission_error', 'insufficient_permissions'],
  404: ['invalid_request_error', 'not_found'],
  409: ['invalid_request_error', 'conflict'],
  413: ['invalid_request_error', 'request_too_large'],
  415: ['invalid_request_error', 'unsupported_media_type'],
  429: ['rate_limit_error', 'rate_limit_exceeded'],
};

/** Any error (Tajer's AppError, Nest's, body-parser's) as OpenAI's status and body. */
export function toOpenAiError(exception: unknown, requestId?: string): { status: number; body: OpenAiErrorBody } {
  if (exception instanceof OpenAiError) {
    return {
      status: exception.status,
      body: { error: { message: exception.message, type: exception.type, param: exception.param, code: exception.code } },
    };
  }
  const tajer = toErrorBody(exception, requestId);
  const [type, code] = TYPES[tajer.statusCode] ?? (tajer.statusCode >= 500 ? ['server_error', null] : ['invalid_request_error', null]);
  const details = Array.isArray(tajer.details) ? (tajer.details as { field?: string }[]) : [];
  const param = details.find((d) => d.field)?.field ?? null;
  return { status: tajer.statusCode, body: { error: { message: tajer.message, type, param, code: code ?? tajer.code.toLowerCase() } } };
}

/** Errors of the /v1 routes (guards and validation included) in OpenAI's shape, so OpenAI SDKs raise typed errors. */
@Catch()
export class OpenAiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('OpenAiCompat');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<FastifyRequest>();
    const res = ctx.getResponse<FastifyReply>();
    const requestId = req.id ? String(req.id) : undefined;
    const { status, body } = toOpenAiError(exception, requestId);
    // The usual body says whether and when to come back: a 429 (request or turn allowance spent) and a 503 (the
    // database away) both carry retryAfterSeconds, which OpenAI's clients read from Retry-After to back off.
    const details = exception instanceof OpenAiError ? undefined : toErrorBody(exception, requestId).details;
    const retryAfter = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (isDatabaseUnavailable(exception)) this.logger.warn({ requestId }, 'OpenAI-compatible request: database unavailable');
    else if (status >= 500) this.logger.error({ err: exception, requestId }, 'OpenAI-compatible request failed');
    if (res.sent || res.raw.headersSent) return;
    if (requestId) res.header('x-request-id', requestId);
    if (typeof retryAfter === 'number') res.header('Retry-After', String(retryAfter));
    res.code(status).header('Content-Type', JSON_TYPE).send(body);
  }
}
