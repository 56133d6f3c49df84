import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { PrismaService } from '../database/prisma.service';
import type { Product, StockMovement } from '../generated/prisma/client';

export interface MovementRequest {
  tenantId: string;
  productId: string;
  quantity: number;
  reason: string;
  userId: string | null;
  toolCallId?: string | null;
  requestId?: string | null;
}

export type MovementOutcome =
  | { ok: true; movement: StockMovement; product: Product }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'inactive'; product: Product }
  | { ok: false; reason: 'insufficient'; product: Product };

@Injectable()
export class StockMovementsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * The stock changes only through this conditional UPDATE: the row lock serialises concurrent movements and the
   * `stock + q >= 0` condition is re-checked on the locked row, so two removals can never both spend the same units
   * (no read-modify-write). An addition is always accepted: sales may have taken the stock below zero (see
   * src/sales/sales-ledger.repository.ts), and a delivery that does not bring it back to zero is still a delivery. The movement and its audit row commit in the same transaction, or nothing does.
   */
  applyMovement(r: MovementRequest): Promise<MovementOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.$queryRaw<{ stock: number }[]>`
        UPDATE "Product" SET "stock" = "stock" + ${r.quantity}, "updatedAt" = now()
        WHERE "id" = ${r.productId} AND "tenantId" = ${r.tenantId} AND "active" AND ("stock" + ${r.quantity} >= 0 OR ${r.quantity} > 0)
        RETURNING "stock"`;
      if (updated.length === 0) {
        const product = await tx.product.findFirst({ where: { id: r.productId, tenantId: r.tenantId } });
        if (!product) return { ok: false, reason: 'not-found' } as const;
        return { ok: false, reason: product.active ? 'insufficient' : 'inactive', product } as const;
      }
      const stockAfter = updated[0].stock;
      const stockBefore = stockAfter - r.quantity;
      const movement = await tx.stockMovement.create({
        data: {
          tenantId: r.tenantId,
          productId: r.productId,
          quantity: r.quantity,
          stockBefore,
          stockAfter,
          reason: r.reason,
          userId: r.userId,
          toolCallId: r.toolCallId ?? null,
        },
      });
      const product = await tx.product.findUniqueOrThrow({ where: { id: r.productId } });
      await this.audit.record(
        {
          tenantId: r.tenantId,
          userId: r.userId,
          requestId: r.requestId,
          action: 'stock_movement.create',
          entityType: 'StockMovement',
          entityId: movement.id,
          data: {
            productId: r.productId,
            sku: product.sku,
            quantity: r.quantity,
            stockBefore,
            stockAfter,
            reason: r.reason,
            toolCallId: r.toolCallId ?? null,
          },
        },
        tx,
      );
      return { ok: true, movement, product } as const;
    });
  }

  async listForProduct(tenantId: string, productId: string, offset: number, limit: number) {
    const where = { tenantId, productId };
    const [total, movements] = await this.prisma.$transaction([
      this.prisma.stockMovement.count({ where }),
      this.prisma.stockMovement.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: offset, take: limit }),
    ]);
    return { total, movements };
  }

  count(tenantId: string, productId: string) {
    return this.prisma.stockMovement.count({ where: { tenantId, productId } });
  }
}
