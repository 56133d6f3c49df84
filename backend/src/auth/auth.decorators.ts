import { createParamDecorator, ExecutionContext, SetMetadata, type Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { rolesFor, type Capability } from '@tajer/contract';
import type { Role } from '../generated/prisma/enums';
import { forbidden, unauthenticated } from '../common/errors/app-error';
import type { Principal } from './principal';

export const IS_PUBLIC = 'tajer:isPublic';
export const ROLES = 'tajer:roles';
export const SCOPES = 'tajer:scopes';
export const USER_SESSION_ONLY = 'tajer:userSessionOnly';

/** Opens a route to unauthenticated callers (login, health, docs). Everything else requires credentials. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** Restricts a route to these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);
/**
 * The API-key scope a route needs (any one of those given), instead of the default "read for GET, write otherwise":
 * e.g. the assistant over POST /v1/chat/completions only needs `read`, because writes there are only proposed.
 */
export const RequiredScope = (...scopes: string[]) => SetMetadata(SCOPES, scopes);
/**
 * Restricts a route to the roles of a capability of @tajer/contract's ACCESS: the same rule the assistant's tools and
 * the UI's pages follow, so REST, chat and pages can't disagree on who sees what.
 */
export const Access = (...capabilities: Capability[]) => Roles(...rolesFor(...capabilities));
/**
 * Refuses API keys: managing the team, the API keys and the business's identity takes a signed-in person, so a
 * leaked integration key can't invite an owner or mint itself a successor.
 */
export const UserSessionOnly = () => SetMetadata(USER_SESSION_ONLY, true);

export function principalOf(ctx: ExecutionContext): Principal {
  const req = ctx.switchToHttp().getRequest();
  if (!req.principal) throw unauthenticated();
  return req.principal as Principal;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext) => principalOf(ctx));

/**
 * The caller's business. Every business query is scoped by it; platform staff have none and must go through the
 * support API, so business routes refuse them.
 */
export function tenantIdParam(_: unknown, ctx: ExecutionContext): string {
  const principal = principalOf(ctx);
  if (!principal.tenantId) throw forbidden('This endpoint needs a business account');
  return principal.tenantId;
}
export const TenantId = createParamDecorator(tenantIdParam);

/** A route handler: a controller method, whatever its parameters. */
export type RouteHandler = (...args: never[]) => unknown;

const tenantRoutes = new WeakMap<object, boolean>();
/** Whether a route handler takes @TenantId() (it then needs a business account: the guard checks it up front). */
export function usesTenantId(controller: Type<unknown>, handler: { readonly name: string }): boolean {
  let known = tenantRoutes.get(handler);
  if (known === undefined) {
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler.name) ?? {}) as Record<string, { factory?: unknown }>;
    known = Object.values(args).some((a) => a?.factory === tenantIdParam);
    tenantRoutes.set(handler, known);
  }
  return known;
}
