import type { INestApplication, Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { IS_PUBLIC, ROLES, SCOPES, usesTenantId, USER_SESSION_ONLY, type RouteHandler } from './auth.decorators';
import type { Role } from '../generated/prisma/enums';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who may call an operation, read from the same metadata the AuthGuard enforces (@Public, @Roles, @UserSessionOnly,
 * the scopes, and whether the handler needs a business through @TenantId). Published in the OpenAPI document as
 * `x-tajer-access` on every operation, with the 401/403 answers it implies: the authorization matrix test derives
 * every expected status from it, so a new route is covered without writing a test, and integrators can read it.
 */
export interface RouteAccess {
  public: boolean;
  /** null: any authenticated caller (within `business`). */
  roles: Role[] | null;
  /** API keys: 'refused' (a signed-in person only), else the scopes of which the key needs one. */
  apiKey: 'refused' | string[];
  /** The handler acts on the caller's business: platform staff (no business) get 403. */
  business: boolean;
}

const ERROR_BODY = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 403 },
    code: { type: 'string', example: 'FORBIDDEN' },
    message: { type: 'string', example: 'This action requires one of the roles: OWNER' },
    details: {},
    requestId: { type: 'string', example: '4f1c7a52-8a38-4f0e-9d9e-1c2b3a4d5e6f' },
  },
};

export function routeAccessOf(reflector: Reflector, controller: Type<unknown>, methodName: string, httpMethod: string): RouteAccess {
  const handler = (controller.prototype as Record<string, RouteHandler>)[methodName];
  const targets = [handler, controller];
  const isPublic = !!reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
  const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
  const sessionOnly = !!reflector.getAllAndOverride<boolean>(USER_SESSION_ONLY, targets);
  const scopes = reflector.getAllAndOverride<string[] | undefined>(SCOPES, targets);
  const business = usesTenantId(controller, handler);
  return {
    public: isPublic,
    roles: roles?.length ? [...roles] : null,
    apiKey: sessionOnly ? 'refused' : (scopes ?? [READ_METHODS.has(httpMethod.toUpperCase()) ? 'read' : 'write']),
    business,
  };
}

/** Adds `x-tajer-access` and the implied 401/403 responses to every operation of the document. */
export function documentRouteAccess(app: INestApplication, document: OpenAPIObject): void {
  const reflector = app.get(Reflector);
  const byOperationId = new Map<string, { method: string; op: Record<string, any> }>();
  for (const item of Object.values(document.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, any>)) {
      if (op?.operationId) byOperationId.set(op.operationId, { method, op });
    }
  }
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ErrorBody = ERROR_BODY as never;
  const errorRef = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } };

  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown> | null;
      if (!controller?.prototype) continue;
      for (const methodName of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[methodName];
        if (methodName === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined)
          continue;
        const found = byOperationId.get(`${controller.name}_${methodName}`);
        if (!found) continue;
        const access = routeAccessOf(reflector, controller, methodName, found.method);
        found.op['x-tajer-access'] = access;
        if (access.public) continue;
        found.op.responses ??= {};
        found.op.responses['401'] ??= { description: 'No credentials, or an expired, revoked or disabled one', content: errorRef };
        if (access.roles || access.business || access.apiKey !== undefined) {
          const why = [
            access.roles ? `roles: ${access.roles.join(', ')}` : null,
            access.business ? 'a business account (not platform staff)' : null,
            access.apiKey === 'refused' ? 'a signed-in user (API keys refused)' : `API keys need the scope ${access.apiKey.join(' or ')}`,
          ].filter(Boolean);
          found.op.responses['403'] ??= { description: `Forbidden unless: ${why.join('; ')}`, content: errorRef };
        }
      }
    }
  }
}
