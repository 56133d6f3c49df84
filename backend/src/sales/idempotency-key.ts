import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { validationFailed } from '../common/errors/app-error';
import { IdempotencyKeySchema } from './sales.schemas';

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
