import { findProducts as resolveProducts } from '@tajer/contract';
import type { ProductRow } from '../dashboard/dashboard.repository';

/** The market's products named by a query: @tajer/contract's product resolver on the catalogue rows. */
export function findProducts(query: string, products: ProductRow[]): ProductRow[] {
  return resolveProducts(query, products, (p) => ({ fr: p.nameFr, ar: p.nameAr, en: p.nameEn, sku: p.sku }));
}
