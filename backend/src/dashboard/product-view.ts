import { productRefOf, type ProductRef as ContractProductRef } from '@tajer/contract';
import type { ProductRow, ProductSalesWindows } from './dashboard.repository';
import { round1, round2 } from '../common/localisation/localized';

/** How results name a product: the contract's reference (names in every language given), with its code and unit. */
export type ProductRef = ContractProductRef & { sku: string; unit: string };

export const productRef = (p: ProductRow): ProductRef => productRefOf(p);

/** A product with its recent sales, the input of every product-level insight and alert. */
export interface ProductActivity {
  product: ProductRow;
  /** Units, revenue and margin over the last `windowDays`, and over the window before. */
  quantity: number;
  revenue: number;
  margin: number;
  previousQuantity: number;
  previousRevenue: number;
  /** Units sold per day over the last window; 0 when it did not sell. */
  averageDailyUnits: number;
  /** stock / averageDailyUnits; null when it did not sell (no meaningful cover). */
  daysOfCover: number | null;
}

export function productActivity(products: ProductRow[], sales: ProductSalesWindows[], windowDays: number): ProductActivity[] {
  const byProduct = new Map(sales.map((s) => [s.productId, s]));
  return products.map((product) => {
    const s = byProduct.get(product.id);
    const averageDailyUnits = (s?.quantity ?? 0) / windowDays;
    return {
      product,
      quantity: s?.quantity ?? 0,
      revenue: round2(s?.revenue ?? 0),
      margin: round2(s?.margin ?? 0),
      previousQuantity: s?.previousQuantity ?? 0,
      previousRevenue: round2(s?.previousRevenue ?? 0),
      averageDailyUnits: round2(averageDailyUnits),
      daysOfCover: averageDailyUnits > 0 ? round1(Math.max(product.stock, 0) / averageDailyUnits) : null,
    };
  });
}
