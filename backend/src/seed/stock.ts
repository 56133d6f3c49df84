/**
 * The stock ledger behind the sales: when goods came in, so that stock never went negative and ends exactly at the
 * catalogue's current stock (including the deliberately low and out-of-stock items the alerts should catch).
 *
 * It is built backwards from today's stock: walking back a day adds that day's sales back onto the shelf, and on a
 * supplier's delivery day whatever exceeds a small leftover is attributed to that morning's delivery. Every
 * intermediate stock level is therefore >= 0 by construction, and opening stock + receipts - sales = current stock.
 */
import { CatalogItem } from './catalog';
import { algiersTime, DateRange } from './calendar';
import { Rng } from './prng';
import { historicalPrice, quarterBeforeEnd, SalesHistory } from './sales';
import { deliversOn, SUPPLIERS } from './suppliers';

export interface StockReceipt {
  productIndex: number;
  dayIndex: number;
  /** Before the shop opens, so the day's sales come after it. */
  at: Date;
  quantity: number;
  stockBefore: number;
  stockAfter: number;
  unitCostCents: number;
}

export interface StockLedger {
  /** Stock on each product's shelf when the window opened. */
  openingStock: number[];
  receipts: StockReceipt[];
}

export function buildStockLedger(rng: Rng, window: DateRange, catalog: CatalogItem[], history: SalesHistory): StockLedger {
  const openingStock: number[] = [];
  const receipts: StockReceipt[] = [];
  catalog.forEach((item, productIndex) => {
    const supplier = SUPPLIERS[item.supplier];
    const sold = history.unitsSold[productIndex];
    const own: StockReceipt[] = [];
    let level = item.stock; // stock at the end of the current day, walking backwards
    for (let dayIndex = history.days.length - 1; dayIndex >= 0; dayIndex--) {
      const day = history.days[dayIndex];
      level += sold[dayIndex]; // stock this morning, after any delivery
      if (!deliversOn(supplier, day)) continue;
      // What was left on the shelf when the delivery arrived: the shop reorders around its threshold.
      const leftover = Math.round(item.reorderThreshold * rng.range(0.3, 1.1));
      const quantity = Math.floor((level - leftover) / item.lot) * item.lot;
      if (quantity <= 0) continue;
      const cost = historicalPrice(item, quarterBeforeEnd(day, window)).costCents;
      own.push({
        productIndex,
        dayIndex,
        at: algiersTime(day, 6, rng.int(0, 50)),
        quantity,
        stockBefore: level - quantity,
        stockAfter: level,
        unitCostCents: cost,
      });
      level -= quantity;
    }
    openingStock.push(level);
    receipts.push(...own.reverse());
  });
  receipts.sort((a, b) => a.at.getTime() - b.at.getTime() || a.productIndex - b.productIndex);
  return { openingStock, receipts };
}
