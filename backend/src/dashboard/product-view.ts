import { categoryLabel } from './category-labels';
import type { ProductRow, ProductSalesWindows } from './dashboard.repository';
import { round1, round2, type Localized } from '../common/localisation/localized';

/** How a product is named in results: every language, so the answer can use the user's. */
export interface ProductRef {
  id: string;
  sku: string;
  name: Localized;
  category: string;
  categoryLabel: Localized;
  unit: string;
}

export const productRef = (p: ProductRow): ProductRef => ({
  id: p.id,
  sku: p.sku,
  name: { fr: p.nameFr, ar: p.nameAr || p.nameFr, en: p.nameEn || p.nameFr },
  category: p.category,
  categoryLabel: categoryLabel(p.category),
  unit: p.unit,
});

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
