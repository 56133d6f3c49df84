import { HttpStatus } from '@nestjs/common';

/** Error codes are part of the API: integrators branch on them. Messages are for humans. */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** Existed but is no more (an expired or revoked invitation). */
  GONE = 'GONE',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  /** Well-formed but cannot be done as asked (e.g. refunding more than was sold, an import with invalid rows). */
  UNPROCESSABLE = 'UNPROCESSABLE',
  /** An Idempotency-Key already used with a different request. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  RATE_LIMITED = 'RATE_LIMITED',
  /** No room to store an upload: the business's storage quota is used up, or the uploads disk is nearly full. */
  INSUFFICIENT_STORAGE = 'INSUFFICIENT_STORAGE',
  UPSTREAM_FAILED = 'UPSTREAM_FAILED',
  /** PostgreSQL can't be reached right now (stopped, restarting): try again after Retry-After. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
}

const STATUS: Record<ErrorCode, HttpStatus> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  GONE: HttpStatus.GONE,
  INSUFFICIENT_STOCK: HttpStatus.CONFLICT,
  UNPROCESSABLE: HttpStatus.UNPROCESSABLE_ENTITY,
  IDEMPOTENCY_KEY_REUSED: HttpStatus.UNPROCESSABLE_ENTITY,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  UNSUPPORTED_MEDIA_TYPE: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  INSUFFICIENT_STORAGE: HttpStatus.INSUFFICIENT_STORAGE,
  UPSTREAM_FAILED: HttpStatus.BAD_GATEWAY,
  DATABASE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
};

export interface ErrorDetail {
  field?: string;
  message: string;
  /** A machine-readable name of the rule broken (e.g. a password's "min_length"). */
  rule?: string;
}

/** A known, user-facing failure. Anything else that escapes becomes a 500 without internals. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[] | Record<string, unknown>,
  ) {
    super(message);
  }
  get status(): HttpStatus {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError(ErrorCode.FORBIDDEN, message);
export const unauthenticated = (message = 'Missing or invalid credentials') => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const validationFailed = (details: ErrorDetail[]) =>
  new AppError(
    ErrorCode.VALIDATION_FAILED,
    `Invalid request: ${details.map((d) => (d.field ? `${d.field}: ${d.message}` : d.message)).join('; ')}`,
    details,
  );
