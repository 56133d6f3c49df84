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
}

export const PLATFORM_ROLES: Role[] = ['SUPPORT', 'ADMIN'];
