import type { Role } from '../generated/prisma/enums';

/** Who is calling: a signed-in user (JWT) or an integrator (API key). Attached to the request by AuthGuard. */
export interface Principal {
  userId: string | null;
  /** null for platform staff (SUPPORT, ADMIN), who belong to no business. */
  tenantId: string | null;
  role: Role;
  via: 'jwt' | 'api-key';
  apiKeyId?: string;
  scopes: string[];
  email?: string;
  /** JWT sessions: the user's token version the token was issued with (an open socket re-checks it). */
  tokenVersion?: number;
  /** JWT sessions: when the access token expires (ms since epoch); an open socket is closed then. */
  expiresAt?: number;
}

/**
 * Whether the caller may change data (apply a write, decide an approval, submit feedback): every signed-in user, and
 * API keys holding a write scope. A read-only key may chat and get writes proposed, never applied.
 */
export const canWrite = (p: Pick<Principal, 'via' | 'scopes'>): boolean =>
  p.via !== 'api-key' || p.scopes.some((s) => s === 'write' || s === 'mcp:write');

export const PLATFORM_ROLES: Role[] = ['SUPPORT', 'ADMIN'];
