import { Injectable } from '@nestjs/common';
import { API_KEY_PREFIX, ApiKeysService } from '../api-keys/api-keys.service';
import { unauthenticated } from '../common/errors/app-error';
import { AuthService } from './auth.service';
import type { Principal } from './principal';

/** One place that turns a presented credential (JWT or API key) into a principal: used by HTTP and the socket. */
@Injectable()
export class CredentialsService {
  constructor(
    private readonly auth: AuthService,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async resolve(token: string | undefined | null): Promise<Principal> {
    if (!token) throw unauthenticated();
    if (token.startsWith(API_KEY_PREFIX)) {
      const principal = await this.apiKeys.authenticate(token);
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
