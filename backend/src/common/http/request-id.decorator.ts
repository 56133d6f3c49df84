import { createParamDecorator, ExecutionContext } from '@nestjs/common';

/** The request's correlation id (set by the HTTP logger from X-Request-Id or generated), stored on audit rows. */
export const RequestId = createParamDecorator((_: unknown, ctx: ExecutionContext): string | null => {
  const id = ctx.switchToHttp().getRequest<{ id?: unknown }>().id;
  return id === undefined || id === null ? null : String(id);
});
