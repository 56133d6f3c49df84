import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '../generated/prisma/enums';
import { forbidden } from '../common/errors/app-error';
import { IS_PUBLIC, ROLES, SCOPES, usesTenantId, USER_SESSION_ONLY } from './auth.decorators';
import { CredentialsService } from './credentials.service';
import { RequestLimits } from './request-limits';
import type { Principal } from './principal';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Global guard: authenticates every non-public route, then checks roles and API-key scopes. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialsService,
    private readonly limits: RequestLimits,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true; // the socket gateway authenticates at the handshake
    const targets = [ctx.getHandler(), ctx.getClass()];
    const req = ctx.switchToHttp().getRequest();
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      await this.limits.request(req.ip, null);
      return true;
    }
    const principal: Principal = await this.credentials.resolve(CredentialsService.fromHeaders(req.headers));
    req.principal = principal;
    // The request log line (common/http/request-log.ts, from the Node request) names the tenant and user too.
    req.raw.principal = principal;
    await this.limits.request(req.ip, principal);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles?.length && !roles.includes(principal.role)) {
      throw forbidden(`This action requires one of the roles: ${roles.join(', ')}`);
    }
    // A handler working on the caller's business refuses platform staff here, before any body (an upload) is read.
    if (!principal.tenantId && usesTenantId(ctx.getClass(), ctx.getHandler())) throw forbidden('This endpoint needs a business account');
    if (principal.via === 'api-key') {
      if (this.reflector.getAllAndOverride<boolean>(USER_SESSION_ONLY, targets))
        throw forbidden('This action needs a signed-in user, not an API key');
      const needed = this.reflector.getAllAndOverride<string[] | undefined>(SCOPES, targets) ?? [
        READ_METHODS.has(req.method) ? 'read' : 'write',
      ];
      if (!needed.some((scope) => principal.scopes.includes(scope)))
        throw forbidden(`This API key lacks the "${needed.join('" or "')}" scope`);
    }
    return true;
  }
}
