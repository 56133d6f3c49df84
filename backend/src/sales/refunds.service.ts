import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import { Clock } from '../common/time/clock';
import { SalesLedgerRepository, type LedgerLine } from './sales-ledger.repository';
import { SalesRepository, type SaleDetail } from './sales.repository';
import type { RefundDto } from './sales.schemas';
import { keyReused, requestHash, SalesService, type RecordedSale } from './sales.service';

export interface RefundContext {
  idempotencyKey: string;
  source: 'api' | 'chat';
  userId: string | null;
  toolCallId?: string | null;
}

const cents = (v: unknown) => Math.round(Number(v) * 100);

/**
 * Refunds: a customer brings goods back. A refund is its own row in the ledger (kind REFUND, negative amounts, lines
 * pointing at the lines they give back), so every total nets it out with no special case; the goods go back on the
 * shelf; a refund of a credit sale lowers what the customer owes. At the original price and cost.
 */
@Injectable()
export class RefundsService {
  constructor(
    private readonly sales: SalesRepository,
    private readonly ledger: SalesLedgerRepository,
    private readonly salesService: SalesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Refunds the given lines (or everything not yet refunded). The sale is locked so two refunds of it run one after
   * the other; a quantity beyond what remains is refused (422) and nothing is written.
   */
  async refund(tenantId: string, saleId: string, dto: RefundDto, ctx: RefundContext): Promise<RecordedSale> {
    const key = `refund:${ctx.source}:${ctx.idempotencyKey}`;
    const hash = requestHash({ saleId, ...dto });
    const result = await this.ledger.transaction(async (tx) => {
      const sale = await this.sales.lockForRefund(tx, tenantId, saleId);
      if (!sale) throw notFound('Sale');
      const earlier = await this.sales.findByKey(tenantId, key, tx);
      if (earlier) {
        if (earlier.requestHash !== hash) throw keyReused(earlier.id);
        return { id: earlier.id, replayed: true };
      }
      if (sale.kind !== 'SALE')
        throw new AppError(
          ErrorCode.UNPROCESSABLE,
          `Only a sale can be refunded (this is a ${sale.kind === 'REFUND' ? 'refund' : 'daily total'})`,
        );
      const lines = refundLines(sale, dto);
      const [written] = await this.ledger.writeSales(tx, tenantId, [
        {
          kind: 'REFUND',
          soldAt: this.clock.now(),
          paymentMethod: sale.paymentMethod,
          customerId: sale.customerId,
          idempotencyKey: key,
          requestHash: hash,
          source: ctx.source,
          note: dto.reason ?? null,
          refundOfId: sale.id,
          channel: sale.channel,
          createdById: ctx.userId,
          toolCallId: ctx.toolCallId ?? null,
          lines,
        },
      ]);
      return { id: written.id, replayed: !written.created };
    });
    return { sale: await this.salesService.getSale(tenantId, result.id), replayed: result.replayed };
  }
}

/** The refund's lines: negative quantities at the original prices, never more than what remains of each line. */
function refundLines(sale: SaleDetail, dto: RefundDto): LedgerLine[] {
  const remaining = new Map(sale.lines.map((l) => [l.id, l.quantity + l.refundLines.reduce((q, r) => q + r.quantity, 0)]));
  const wanted = new Map<string, number>();
  if (!dto.lines) {
    for (const [id, left] of remaining) if (left > 0) wanted.set(id, left);
    if (!wanted.size) throw new AppError(ErrorCode.UNPROCESSABLE, 'Everything in this sale has already been refunded');
  } else {
    dto.lines.forEach((r, i) => {
      const field = `lines.${i}.${r.lineId ? 'lineId' : 'productId'}`;
      const candidates = r.lineId ? sale.lines.filter((l) => l.id === r.lineId) : sale.lines.filter((l) => l.productId === r.productId);
      if (!candidates.length)
        throw new AppError(ErrorCode.NOT_FOUND, `Not in this sale (${field})`, [{ field, message: 'no such line in this sale' }]);
      // A product sold on two lines: take from the first lines first.
      let quantity = r.quantity;
      for (const line of candidates) {
        const free = remaining.get(line.id)! - (wanted.get(line.id) ?? 0);
        const take = Math.min(free, quantity);
        if (take > 0) wanted.set(line.id, (wanted.get(line.id) ?? 0) + take);
        quantity -= take;
      }
      if (quantity > 0) {
        const sold = candidates.reduce((q, l) => q + l.quantity, 0);
        const left = candidates.reduce((q, l) => q + remaining.get(l.id)!, 0);
        throw new AppError(
          ErrorCode.UNPROCESSABLE,
          `Cannot refund ${r.quantity} of ${candidates[0].product.nameFr}: ${sold} sold, ${left} not yet refunded`,
          [{ field: `lines.${i}.quantity`, message: `at most ${left}` }],
        );
      }
    });
  }
  return sale.lines
    .filter((l) => wanted.has(l.id))
    .map((l) => ({
      productId: l.productId,
      quantity: -wanted.get(l.id)!,
      unitPriceCents: cents(l.unitPrice),
      unitCostCents: l.unitCost === null ? null : cents(l.unitCost),
      refundOfLineId: l.id,
    }));
}
