/**
 * The expected answer of every operation to every caller, derived from the operation's declared access
 * (`x-tajer-access` in the OpenAPI document, itself read from the route's @Public/@Roles/@UserSessionOnly/scope
 * metadata and its use of @TenantId). One declarative rule, so a new route is checked without a new test.
 */
import type { Caller } from './principals';
import type { RouteAccess } from './openapi';

/** 'allowed': the guard lets the call through (any status but 401/403, never a 5xx). */
export type Expected = 'allowed' | 401 | 403 | 404;

const ROLE_OF: Partial<Record<Caller, string>> = {
  owner: 'OWNER',
  otherTenant: 'OWNER',
  staff: 'STAFF',
  support: 'SUPPORT',
  readKey: 'OWNER',
  writeKey: 'OWNER',
};
const KEY_SCOPES: Partial<Record<Caller, string[]>> = { readKey: ['read'], writeKey: ['read', 'write'] };

export function expectedFor(access: RouteAccess, caller: Caller, targetsOtherTenantRecord = false): Expected {
  if (access.public) return 'allowed';
  if (caller === 'none' || caller === 'expired' || caller === 'disabled') return 401;
  const role = ROLE_OF[caller]!;
  if (access.roles && !access.roles.includes(role)) return 403;
  if (!access.roles && access.business && role === 'SUPPORT') return 403;
  const scopes = KEY_SCOPES[caller];
  if (scopes) {
    if (access.apiKey === 'refused') return 403;
    if (!access.apiKey.some((s) => scopes.includes(s))) return 403;
  }
  if (caller === 'otherTenant' && targetsOtherTenantRecord) return 404;
  return 'allowed';
}

export function matches(expected: Expected, status: number): boolean {
  if (status >= 500) return false;
  if (expected === 'allowed') return status !== 401 && status !== 403;
  return status === expected;
}
