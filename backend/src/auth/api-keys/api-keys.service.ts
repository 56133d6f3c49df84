import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { notFound } from '../../common/errors/app-error';
import { AccountEvents } from '../account-events';
import type { Principal } from '../principal';
import { ApiKeysRepository } from './api-keys.repository';
import type { CreateApiKeyDto } from './api-keys.schemas';

export const API_KEY_PREFIX = 'tjr_';

// Keys carry 256 bits of randomness, so a fast SHA-256 is a safe hash for them (unlike passwords), and it keeps
// per-request authentication cheap.
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A key's row as authentication reads it (with its creator's status). */
export type ApiKeyRecord = NonNullable<Awaited<ReturnType<ApiKeysRepository['findByPrefix']>>>;

/** lastUsedAt says when a key was last used, to the minute: one write a minute per key, not one per request. */
const TOUCH_EVERY_MS = 60_000;

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly events: AccountEvents,
  ) {}

  /** Returns the full key once; only its hash and visible prefix are stored. */
  async create(principal: Principal & { tenantId: string }, dto: CreateApiKeyDto) {
    const prefix = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const record = await this.keys.create({
      tenantId: principal.tenantId,
      createdById: principal.userId,
      name: dto.name,
      prefix,
      keyHash: hashSecret(secret),
      scopes: dto.scopes,
    });
    return { ...record, key: `${API_KEY_PREFIX}${prefix}_${secret}` };
  }

  list(tenantId: string) {
    return this.keys.list(tenantId);
  }

  isUsable(id: string): Promise<boolean> {
    return this.keys.isUsable(id);
  }

  async revoke(tenantId: string, id: string) {
    if (await this.keys.revoke(tenantId, id)) {
      this.events.apiKeyRevoked(id); // open sockets of the key close at once
      return { id, revoked: true };
    }
    if (await this.keys.exists(tenantId, id)) return { id, revoked: true }; // already revoked: idempotent
    throw notFound('API key');
  }

  findByPrefix(prefix: string): Promise<ApiKeyRecord | null> {
    return this.keys.findByPrefix(prefix);
  }

  private readonly touched = new Map<string, number>();

  private touch(id: string): void {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    if (this.touched.size >= 10_000) this.touched.clear();
    this.touched.set(id, now);
    void this.keys.touch(id).catch(() => undefined);
  }

  /**
   * Resolves a presented key to a principal, or null. `find` reads the key's row by prefix (the auth layer's
   * ApiKeyCache); the secret is checked against its hash every time.
   */
  async authenticate(
    presented: string,
    find: (prefix: string) => Promise<ApiKeyRecord | null> = (p) => this.findByPrefix(p),
  ): Promise<Principal | null> {
    const match = /^tjr_([0-9a-f]{12})_([A-Za-z0-9_-]{20,})$/.exec(presented);
    if (!match) return null;
    const record = await find(match[1]);
    if (!record || record.revokedAt || record.createdBy?.disabledAt) return null;
    const expected = Buffer.from(record.keyHash, 'hex');
    const actual = Buffer.from(hashSecret(match[2]), 'hex');
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
    this.touch(record.id);
    // An integrator acts for the business with the owner's reach, narrowed by the key's scopes.
    return {
      userId: record.createdById,
      tenantId: record.tenantId,
      role: 'OWNER',
      via: 'api-key',
      apiKeyId: record.id,
      scopes: record.scopes,
    };
  }
}
