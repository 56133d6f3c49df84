import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { BusinessEvents, stockThresholdEvents } from './business-events';
import type { SaleCreatedData } from './business-events.types';

/** What the sales ledger knows about a sale it just wrote (shaped like its SaleView, without depending on it). */
export interface RecordedSaleFacts {
  id: string;
  total: number;
  currency: string;
  soldAt: string;
  paymentMethod?: string | null;
  customer?: { id: string } | null;
  lines: { product: { id: string; names?: { fr?: string | null } }; quantity: number; unitPrice: number }[];
}

/** A product's stock before and after the sale (the ledger's movements). */
export interface SaleStockChange {
  productId: string;
  stockBefore: number;
  stockAfter: number;
}

/** The products' names and thresholds, for the stock events a sale causes. */
@Injectable()
export class SaleEventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  products(tenantId: string, ids: string[]) {
    return this.prisma.product.findMany({
      where: { tenantId, id: { in: ids } },
      select: { id: true, sku: true, nameFr: true, nameAr: true, nameEn: true, unit: true, reorderThreshold: true },
    });
  }
}

/**
 * The events of a recorded sale, for the sales ledger to call once the sale is written (not on an idempotent replay):
 * sale.created, and stock.low / stock.out for each product whose stock the sale took across a threshold.
 */
@Injectable()
export class SaleEvents {
  private readonly logger = new Logger(SaleEvents.name);

  constructor(
    private readonly events: BusinessEvents,
    private readonly repo: SaleEventsRepository,
  ) {}

  /**
   * Never throws into the sale; the promise (which callers need not wait for) settles once every event is emitted.
   */
  saleRecorded(tenantId: string, sale: RecordedSaleFacts, source: string, stock: SaleStockChange[] = []): Promise<void> {
    const data: SaleCreatedData = {
      saleId: sale.id,
      total: sale.total,
      currency: sale.currency,
      soldAt: sale.soldAt,
      paymentMethod: sale.paymentMethod ?? null,
      customerId: sale.customer?.id ?? null,
      source,
      lines: sale.lines.map((l) => ({
        productId: l.product.id,
        name: l.product.names?.fr ?? undefined,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
      })),
    };
    this.events.emit(tenantId, 'sale.created', data, sale.id);
    if (!stock.length) return Promise.resolve();
    return this.stockEvents(tenantId, sale.id, stock).catch((err) =>
      this.logger.error({ err, saleId: sale.id }, 'stock events of a sale failed'),
    );
  }

  private async stockEvents(tenantId: string, saleId: string, stock: SaleStockChange[]): Promise<void> {
    const products = new Map((await this.repo.products(tenantId, [...new Set(stock.map((s) => s.productId))])).map((p) => [p.id, p]));
    for (const change of stock) {
      const p = products.get(change.productId);
      if (!p || !stockThresholdEvents(p, change.stockBefore, change.stockAfter).length) continue;
      this.events.stockChanged(
        tenantId,
        { id: p.id, sku: p.sku, name: { fr: p.nameFr, ar: p.nameAr, en: p.nameEn }, unit: p.unit, reorderThreshold: p.reorderThreshold },
        change.stockBefore,
        change.stockAfter,
        { type: 'sale', id: `${saleId}:${p.id}` },
      );
    }
  }
}
