import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';
import { ambientTransaction } from '../../database/transaction-scope';

/** Past this many session rows the ones of closed sessions are folded into one (same sum). */
const FOLD_ABOVE_ROWS = 32;

/**
 * A business's data version: moved by PostgreSQL triggers on every committed write to what the cached reads depend
 * on (migration 20261205300000_tenant_data_version), whoever writes — this instance, another one, a till import, an
 * operator's SQL. One tiny prepared statement over the (tenantId, backendPid) key.
 */
@Injectable()
export class TenantDataVersionRepository {
  private readonly logger = new Logger(TenantDataVersionRepository.name);
  private folding = new Set<string>();

  constructor(private readonly prisma: PrismaService) {}

  /**
   * The version as a decimal string, or null inside a transaction: there the read would count the transaction's own
   * uncommitted writes, and a version a rollback takes back must never name cached figures.
   */
  async version(tenantId: string): Promise<string | null> {
    if (ambientTransaction.getStore()?.open) return null;
    const [row] = await this.prisma.$queryRaw<{ version: string; rows: number }[]>`
      SELECT coalesce(sum("writes"), 0)::text AS "version", count(*)::int AS "rows"
      FROM "TenantDataVersion" WHERE "tenantId" = ${tenantId}`;
    if (row.rows > FOLD_ABOVE_ROWS) this.fold(tenantId);
    return row.version;
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
