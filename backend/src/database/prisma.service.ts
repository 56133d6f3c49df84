import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { ambientTransaction, withAmbientTransactions } from './transaction-scope';
import { DatabasePool } from './database-pool';

/** The one Prisma client of the process. Only repositories inject it. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(database: DatabasePool) {
    super({
      // The process's one pool (database-pool.ts), which the hot statements sent to `pg` directly use too (sql.ts).
      // The statements run again and again are prepared once per connection (statement-names.ts).
      adapter: new PrismaPg(database.pool, {
        // Undefined is what `pg` reads as "unnamed" (the typing wants a string).
        statementNameGenerator: (query) => database.statementNames.nameFor(query.sql) as string,
      }),
      // Under a burst, waiting a little longer for a pooled connection beats failing the request.
      transactionOptions: { maxWait: 10_000, timeout: 30_000 },
    });
    // Repositories keep `this.prisma.x`; inside TransactionScope.run it means the scope's transaction.
    return withAmbientTransactions(this);
  }

  /**
   * Runs `fn` with every query of every repository in one transaction (joined if one is already open): all of it
   * commits, or none of it does — a crash in the middle leaves nothing behind.
   */
  async inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    if (ambientTransaction.getStore()?.open) return fn();
    return this.$transaction(async (tx) => {
      const scope = { tx, open: true, savepoints: 0 };
      try {
        return await ambientTransaction.run(scope, fn);
      } finally {
        scope.open = false;
      }
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
