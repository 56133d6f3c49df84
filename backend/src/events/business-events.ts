import { Injectable, Logger } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { BusinessEvent, BusinessEventData, BusinessEventType, ProductRefData, StockThresholdData } from './business-events.types';

export * from './business-events.types';

type Listener = (event: BusinessEvent) => unknown;

/** evt_ + 32 hex: derived from the fact's own key so emitting the same fact twice yields one event. */
export function eventId(type: BusinessEventType, key?: string): string {
  if (!key) return `evt_${randomUUID().replace(/-/g, '')}`;
  return `evt_${createHash('sha256').update(`${type}:${key}`).digest('hex').slice(0, 32)}`;
}

/**
 * The stock events a change of stock produces: stock.out when it reaches zero, stock.low when it falls to the reorder
 * threshold (only crossing counts, so a product already low does not re-alert at every sale).
 */
export function stockThresholdEvents(
  product: { reorderThreshold: number },
  stockBefore: number,
  stockAfter: number,
): ('stock.low' | 'stock.out')[] {
  const types: ('stock.low' | 'stock.out')[] = [];
  const t = product.reorderThreshold;
  if (t > 0 && stockAfter <= t && stockBefore > t) types.push('stock.low');
  if (stockAfter <= 0 && stockBefore > 0) types.push('stock.out');
  return types;
}

/**
 * One small in-process emitter for business events. Services call `emit` after their write committed; listeners
 * (the webhooks) run afterwards, never inside the caller's request: a listener failure is logged, never thrown back
 * into the sale, the expense or the chat turn that caused it.
 */
@Injectable()
export class BusinessEvents {
  private readonly logger = new Logger(BusinessEvents.name);
  private readonly listeners = new Set<Listener>();
  private readonly pending = new Set<Promise<unknown>>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * `key` identifies the fact (the sale id, the expense id, the tool call id…): the event id is derived from it so a
   * retried emit is the same event. Returns the event (its id is what receivers see as webhook-id).
   */
  emit<T extends BusinessEventType>(tenantId: string, type: T, data: BusinessEventData[T], key?: string): BusinessEvent<T> {
    const event: BusinessEvent<T> = { id: eventId(type, key), tenantId, type, timestamp: new Date().toISOString(), data };
    for (const listener of this.listeners) {
      const run = Promise.resolve()
        .then(() => listener(event))
        .catch((err) => this.logger.error({ err, type, eventId: event.id }, 'business event listener failed'));
      this.pending.add(run);
      void run.finally(() => this.pending.delete(run));
    }
    return event;
  }

  /** stock.low / stock.out for a change of stock (no event when no threshold was crossed). */
  stockChanged(
    tenantId: string,
    product: ProductRefData & { reorderThreshold: number },
    stockBefore: number,
    stockAfter: number,
    cause: StockThresholdData['cause'],
  ): void {
    const { reorderThreshold, ...ref } = product;
    for (const type of stockThresholdEvents(product, stockBefore, stockAfter)) {
      this.emit(tenantId, type, { product: ref, stockBefore, stockAfter, reorderThreshold, cause }, `${cause.type}:${cause.id}`);
    }
  }

  /** Resolves when the listeners of every event emitted so far are done (shutdown, tests). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
