import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InvalidatedCache } from '../common/cache/invalidated-cache';
import { InvalidationChannels } from '../common/redis/invalidation-channels';
import type { Role } from '../generated/prisma/enums';
import { AUTH_REDIS, type AuthRedis } from './auth-redis';
import { UsersRepository } from './users.repository';

/** What every authenticated request needs to know about its user. */
export interface UserStatus {
  id: string;
  tenantId: string | null;
  role: Role;
  email: string;
  active: boolean;
  tokenVersion: number;
}

/** Also heard by ApiKeyCache: a creator disabled on another instance ends their keys there too. */
export const USER_CHANGED_CHANNEL = 'tajer:auth:user-changed';

/**
 * The auth guard checks the user's status (active, role, token version) on every request without a database round
 * trip per request: statuses are cached briefly in process and dropped when they change — at once in this process
 * and in the others through Redis. The 10 s TTL only bounds staleness if an invalidation is lost (Redis down) or the
 * row was edited by hand.
 */
@Injectable()
export class UserStatusCache implements OnModuleInit, OnModuleDestroy {
  private readonly cache = new InvalidatedCache<string, UserStatus | null>({ ttlMs: 10_000, maxEntries: 10_000 });
  private readonly channels: InvalidationChannels;

  constructor(
    private readonly users: UsersRepository,
    @Inject(AUTH_REDIS) redis: AuthRedis | null,
  ) {
    this.channels = new InvalidationChannels(redis, new Logger(UserStatusCache.name), {
      [USER_CHANGED_CHANNEL]: (userId) => this.cache.drop(userId),
    });
  }

  onModuleInit(): Promise<void> {
    return this.channels.listen();
  }

  onModuleDestroy(): void {
    this.channels.stop();
  }

  get(userId: string): Promise<UserStatus | null> {
    return this.cache.get(userId, async () => {
      const row = await this.users.status(userId);
      return row
        ? { id: row.id, tenantId: row.tenantId, role: row.role, email: row.email, tokenVersion: row.tokenVersion, active: !row.disabledAt }
        : null;
    });
  }

  /** Call after changing a user's status, role, password or token version (after the transaction committed). */
  async invalidate(userId: string): Promise<void> {
    this.cache.drop(userId);
    await this.channels.publish(USER_CHANGED_CHANNEL, userId);
  }
}
