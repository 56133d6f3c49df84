import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { validationFailed } from '../errors/app-error';
import { z } from 'zod';

export const IdempotencyKeySchema = z
  .string({ error: 'the Idempotency-Key header is required (a unique string per sale, e.g. a UUID or the till receipt id)' })
  .trim()
  .min(8, 'at least 8 characters')
  .max(200, 'at most 200 characters')
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

/**
 * The `Idempotency-Key` header, checked: required by default (400 naming it when missing or malformed);
 * `@IdempotencyKey({ optional: true })` gives null when absent.
 */
export const IdempotencyKey = createParamDecorator((options: { optional?: boolean } | undefined, ctx: ExecutionContext): string | null => {
  const raw = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined && options?.optional) return null;
  const parsed = IdempotencyKeySchema.safeParse(value);
  if (!parsed.success) throw validationFailed([{ field: 'Idempotency-Key', message: parsed.error.issues[0].message }]);
  return parsed.data;
});
