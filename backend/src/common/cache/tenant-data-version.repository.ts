import { Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { Prisma } from '../../generated/prisma/client';
import { DatabasePool } from '../../database/database-pool';
import { PrismaService } from '../../database/prisma.service';
import { ambientTransaction } from '../../database/transaction-scope';

/** Past this many session rows the ones of closed sessions are folded into one (same sum). */
const FOLD_ABOVE_ROWS = 32;

/** The version read, prepared once per connection of its own small pool. */
const VERSION_QUERY = {
  name: 'tajer_tenant_data_version',
  text: `SELECT coalesce(sum("writes"), 0)::text AS "version", count(*)::int AS "rows" FROM "TenantDataVersion" WHERE "tenantId" = $1`,
};

/** A version read by another statement (a chat turn's): the version and the count of rows it summed. */
export interface ObservedDataVersion {
  version: string;
  rows: number;
}

/**
 * The same read as a subquery, for a statement that runs anyway at the moment a version is wanted (the one storing a
 * chat turn's answer row): its columns are "version" and "rows", as ObservedDataVersion.
 */
export const dataVersionSubquery = (tenantId: string) =>
  Prisma.sql`SELECT coalesce(sum("writes"), 0)::text AS "version", count(*)::int AS "rows" FROM "TenantDataVersion" WHERE "tenantId" = ${tenantId}`;

/**
 * A business's data version: moved by PostgreSQL triggers on every committed write to what the cached reads depend
 * on (migration 20261205300000_tenant_data_version), whoever writes — this instance, another one, a till import, an
 * operator's SQL. One tiny prepared statement over the (tenantId, backendPid) key, read on every cached request.
 *
 * Read through `pg` directly: measured against a build with no read at all, the same statement through Prisma's client
 * cost 0.3–1.3 ms of the backend's CPU per request, as a named `pg` statement 0.0–0.7 (bench/README.md, eighth pass).
 * It is never wanted inside a transaction, so it takes a connection of the process's one pool (DatabasePool, shared
 * with Prisma's client) for the one statement; it had a pool of two of its own before the pool was shared.
 */
@Injectable()
export class TenantDataVersionRepository {
  private readonly logger = new Logger(TenantDataVersionRepository.name);
  private readonly folding = new Set<string>();
  private readonly pool: Pool;

  constructor(
    private readonly prisma: PrismaService,
    database: DatabasePool,
  ) {
    this.pool = database.pool;
  }

  /**
   * The version as a decimal string, or null inside a transaction: there the caller's own uncommitted writes would be
   * in its figures, and a rollback would leave them cached under a version that never was.
   */
  async version(tenantId: string): Promise<string | null> {
    if (ambientTransaction.getStore()?.open) return null;
    // Callers that come while a read of this business is running share the next one, which starts when it ends: a read
    // that started before a caller's call could miss a write committed just before that call, one started after can't.
    // A burst of turns or requests of one business (200 streamed turns reaching their stock question together) then
    // makes two reads, not one each queued on the pool.
    const running = this.reads.get(tenantId);
    if (!running) return this.read(tenantId);
    const again = () => this.read(tenantId);
    return (running.next ??= running.done.then(again, again));
  }

  /**
   * A version another statement read (dataVersionSubquery) instead of this one: its folding is started the same way.
   * Null inside a transaction, as `version`.
   */
  observed(tenantId: string, seen: ObservedDataVersion): string | null {
    if (ambientTransaction.getStore()?.open) return null;
    if (seen.rows > FOLD_ABOVE_ROWS) this.fold(tenantId);
    return seen.version;
  }

  /** Reads by business: the one running, and the one its later callers wait for. */
  private readonly reads = new Map<string, { done: Promise<string>; next?: Promise<string> }>();

  private read(tenantId: string): Promise<string> {
    const done = this.pool.query<{ version: string; rows: number }>({ ...VERSION_QUERY, values: [tenantId] }).then(({ rows }) => {
      if (rows[0].rows > FOLD_ABOVE_ROWS) this.fold(tenantId);
      return rows[0].version;
    });
    const entry: { done: Promise<string>; next?: Promise<string> } = { done };
    this.reads.set(tenantId, entry);
    const forget = () => {
      if (this.reads.get(tenantId) === entry) this.reads.delete(tenantId);
    };
    done.then(forget, forget);
    return done;
  }

  /** In the background, one at a time per business: the version stays the same, the read stays small. */
  private fold(tenantId: string): void {
    if (this.folding.has(tenantId)) return;
    this.folding.add(tenantId);
    this.prisma.$executeRaw`SELECT "tenant_data_version_fold"(${tenantId})`
      .catch((err: unknown) => this.logger.warn(`folding the data version of ${tenantId} failed: ${String(err)}`))
      .finally(() => this.folding.delete(tenantId));
  }
}
