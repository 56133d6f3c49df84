import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
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

const CHANNEL = 'tajer:auth:user-changed';
/**
 * How long a status may be reused without asking the database. Changes made through this app invalidate the entry at
 * once (in this process, and in the others through Redis); the TTL only bounds staleness if an invalidation is lost
 * (Redis down) or the row was edited by hand.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * The auth guard checks the user's status (active, role, token version) on every request without a database round
 * trip per request: statuses are cached briefly in process and dropped when they change.
 */
@Injectable()
export class UserStatusCache implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(UserStatusCache.name);
  private readonly entries = new Map<string, { status: UserStatus | null; expires: number }>();
  // Bumped by every invalidation: a database read that started before it must not store its (stale) answer.
  private readonly generations = new Map<string, number>();
  private epoch = 0;
  private readonly onMessage = (channel: string, userId: string) => {
    if (channel === CHANNEL) this.drop(userId);
  };

  constructor(
    private readonly users: UsersRepository,
    @Inject(AUTH_REDIS) private readonly redis: AuthRedis | null,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    this.redis.subscriber.on('message', this.onMessage);
    await this.redis.subscriber.subscribe(CHANNEL).catch((err) => this.log.warn(`cannot subscribe to ${CHANNEL}: ${err.message}`));
  }

  onModuleDestroy(): void {
    // Only its own listener: the subscriber is shared with the API-key and webhook caches.
    this.redis?.subscriber.off('message', this.onMessage);
  }

  async get(userId: string): Promise<UserStatus | null> {
    const hit = this.entries.get(userId);
    if (hit && hit.expires > Date.now()) return hit.status;
    const [generation, epoch] = [this.generations.get(userId) ?? 0, this.epoch];
    const row = await this.users.status(userId);
    const status: UserStatus | null = row
      ? { id: row.id, tenantId: row.tenantId, role: row.role, email: row.email, tokenVersion: row.tokenVersion, active: !row.disabledAt }
      : null;
    if ((this.generations.get(userId) ?? 0) === generation && this.epoch === epoch) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(userId, { status, expires: Date.now() + TTL_MS });
    }
    return status;
  }

  /** Call after changing a user's status, role, password or token version (after the transaction committed). */
  async invalidate(userId: string): Promise<void> {
    this.drop(userId);
    await this.redis?.client.publish(CHANNEL, userId).catch((err) => this.log.warn(`cannot publish an invalidation: ${err.message}`));
  }

  private drop(userId: string): void {
    this.entries.delete(userId);
    this.generations.set(userId, (this.generations.get(userId) ?? 0) + 1);
    // Keep the generations map bounded; a new epoch voids every read still in flight.
    if (this.generations.size > MAX_ENTRIES * 2) {
      this.generations.clear();
      this.epoch++;
    }
  }
}
