import { Injectable } from '@nestjs/common';
import { API_KEY_PREFIX, ApiKeysService } from './api-keys/api-keys.service';
import { ApiKeyCache } from './api-keys/api-key-cache';
import { unauthenticated } from '../common/errors/app-error';
import { AuthService } from './auth.service';
import type { Principal } from './principal';
import { UserStatusCache } from './user-status.cache';

/** One place that turns a presented credential (JWT or API key) into a principal: used by HTTP and the socket. */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
    private readonly statuses: UserStatusCache,
    private readonly keyCache: ApiKeyCache,
  ) {}

  /**
   * Checks that a principal resolved earlier (an open socket's) still holds: the user still active with the same
   * token version, the key neither revoked nor orphaned by a disabled creator. Returns it with the current role.
   */
  async revalidate(principal: Principal): Promise<Principal> {
    if (principal.via === 'api-key') {
      if (!principal.apiKeyId || !(await this.apiKeys.isUsable(principal.apiKeyId))) throw unauthenticated('Invalid or revoked API key');
      return principal;
    }
    // An access token is short-lived on purpose: an open socket does not outlive it (the client reconnects with a fresh one).
    if (principal.expiresAt !== undefined && principal.expiresAt <= Date.now())
      throw unauthenticated('Your session expired: reconnect with a fresh access token');
    const status = principal.userId ? await this.statuses.get(principal.userId) : null;
    if (!status?.active) throw unauthenticated('Account no longer active');
    if (principal.tokenVersion !== undefined && principal.tokenVersion !== status.tokenVersion)
      throw unauthenticated('This session has ended: sign in again');
    return { ...principal, role: status.role };
  }

  async resolve(token: string | undefined | null): Promise<Principal> {
    if (!token) throw unauthenticated();
    if (token.startsWith(API_KEY_PREFIX)) {
      const principal = await this.apiKeys.authenticate(token, (prefix) => this.keyCache.get(prefix, (p) => this.apiKeys.findByPrefix(p)));
      if (!principal) throw unauthenticated('Invalid or revoked API key');
      return principal;
    }
    return this.auth.principalFromAccessToken(token);
  }

  /** Reads `Authorization: Bearer <jwt|key>` or `X-API-Key: <key>`. */
  static fromHeaders(headers: Record<string, string | string[] | undefined>): string | undefined {
    const apiKey = headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey) return apiKey.trim();
    const auth = headers['authorization'];
    if (typeof auth !== 'string') return undefined;
    const match = /^Bearer\s+(.+)$/i.exec(auth.trim());
    return match?.[1];
  }
}
