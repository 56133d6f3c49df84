import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** Prefix of the application_name of a runner's presence session (pg_stat_activity shows it to every instance). */
export const RUNNER_APP_PREFIX = 'tajer-runner:';

/**
 * Who runs the answers streaming in this process, and a way for every other process sharing the database to tell
 * whether it is still alive. The process keeps one PostgreSQL session open, named `tajer-runner:<id>`
 * (application_name): PostgreSQL drops it the moment the process dies (kill -9, OOM, a lost pod: the kernel closes
 * the socket), so "is runner X alive?" is "is there a session named tajer-runner:X?" — no heartbeat, no lease to wait
 * out, and a second instance booting never fails the answers another live instance is streaming.
 *
 * The session is reopened when it breaks (PostgreSQL restarted); while it is down this runner looks gone to the
 * others, which is the truth for its turns: they cannot be stored either. Needs a direct connection (a transaction
 * pooler such as PgBouncer does not keep session names): see docs/security.md, "Faults".
 */
@Injectable()
export class RunnerPresence implements OnModuleInit, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger(RunnerPresence.name);
  readonly id = `${hostname().slice(0, 20)}-${process.pid}-${randomUUID().slice(0, 8)}`;
  private client?: Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: `${RUNNER_APP_PREFIX}${this.id}`,
      keepAlive: true,
    });
    client.on('error', (err) => {
      this.logger.warn(`presence session lost: ${err.message}`);
      this.reconnectSoon(client);
    });
    client.on('end', () => this.reconnectSoon(client));
    try {
      await client.connect();
      this.client = client;
    } catch (err) {
      this.logger.warn(`presence session not opened: ${(err as Error).message}`);
      this.reconnectSoon(client);
    }
  }

  private reconnectSoon(broken: Client): void {
    if (this.stopped || this.retry || (this.client && this.client !== broken)) return;
    this.client = undefined;
    void broken.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, 2000);
    this.retry.unref();
  }

  /**
   * No reconnection from the first step of a shutdown on (the session itself stays until the last step, so the turns
   * this process is still finishing are not taken for a dead runner's): a later step that fails, or the database
   * going away first, must not leave a reconnection timer behind.
   */
  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.retry);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }
}
