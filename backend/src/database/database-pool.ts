import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SESSION_OPTIONS } from './session-settings';
import { StatementNames } from './statement-names';

/**
 * The process's one pool of PostgreSQL connections (`DATABASE_POOL_SIZE` of them), shared by Prisma's client (handed
 * to its pg adapter, prisma.service.ts) and by the few hot statements that go to `pg` directly (sql.ts): one limit on
 * the connections the process opens, whichever way a statement goes.
 *
 * The statements' names are shared too: both ways prepare statements on the same connections, and `pg` refuses one
 * name for two texts on a connection, so one StatementNames gives every text its own name (and the same text, sent
 * by either way, the same prepared statement).
 *
 * Ended at application shutdown, after every module's onModuleDestroy (Prisma's $disconnect does not end a pool it was
 * given): a repository's last statement in its onModuleDestroy still finds it open.
 */
@Injectable()
export class DatabasePool implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabasePool.name);
  readonly pool: Pool;
  readonly statementNames = new StatementNames();
  private ended?: Promise<void>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.DATABASE_URL) throw new Error('DATABASE_URL must be resolved before the app starts');
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE, options: SESSION_OPTIONS });
    // An idle connection the server dropped is replaced at the next query; the error must not crash the process
    // (Prisma's adapter listens too, but only while its client is connected).
    this.pool.on('error', (err) => this.logger.warn(`idle database connection lost: ${err.message}`));
  }

  /** Closes every connection; idempotent. */
  end(): Promise<void> {
    this.ended ??= this.pool.end();
    return this.ended;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.end();
  }
}
