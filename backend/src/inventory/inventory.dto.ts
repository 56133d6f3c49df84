import { productRefOf, type ProductNames, type ProductRef as ContractProductRef } from '@tajer/contract';
import type { Product, StockMovement } from '../generated/prisma/client';

// A product's names and its reference are the contract's (one shape for the results, the tools and the UI).
export type { ProductNames } from '@tajer/contract';

/** A product as the API and the assistant's tools see it: real figures, names in the three languages, currency. */
export interface InventoryItem {
  id: string;
  sku: string;
  barcode: string | null;
  names: ProductNames;
  category: string;
  unit: string;
  price: number;
  /** Null when unknown (imported or added without a cost): margins leave the product out. */
  cost: number | null;
  currency: string;
  /** May be negative: sales are recorded even beyond the recorded stock, which then needs a count (an alert says so). */
  stock: number;
  reorderThreshold: number;
  /** At or below the reorder threshold. */
  lowStock: boolean;
  /** stock × cost, in `currency` (0 when the cost is unknown or the stock is not positive). */
  stockValue: number;
  active: boolean;
}

/** The contract's product reference, with the code and the stock unit the inventory always knows. */
export type ProductRef = ContractProductRef & { sku: string; unit: string };

export interface MovementView {
  id: string;
  product: ProductRef;
  quantity: number;
  stockBefore: number;
  stockAfter: number;
  reason: string;
  userId: string | null;
  toolCallId: string | null;
  createdAt: string;
  /** e.g. "Semoule 10kg (SIM, moyenne) : 42 → 72" */
  summary: string;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

export const isLowStock = (p: Pick<Product, 'stock' | 'reorderThreshold'>) => p.stock <= p.reorderThreshold;

export function namesOf(p: Pick<Product, 'nameFr' | 'nameAr' | 'nameEn'>): ProductNames {
  return { fr: p.nameFr, ar: p.nameAr, en: p.nameEn };
}

export function toProductRef(p: Pick<Product, 'id' | 'sku' | 'nameFr' | 'nameAr' | 'nameEn' | 'unit'>): ProductRef {
  return productRefOf(p);
}

export function toInventoryItem(p: Product, currency: string): InventoryItem {
  const cost = p.cost === null ? null : Number(p.cost);
  return {
    id: p.id,
    sku: p.sku,
    barcode: p.barcode,
    names: namesOf(p),
    category: p.category,
    unit: p.unit,
    price: round2(Number(p.price)),
    cost: cost === null ? null : round2(cost),
    currency,
    stock: p.stock,
    reorderThreshold: p.reorderThreshold,
    lowStock: isLowStock(p),
    stockValue: cost === null || p.stock <= 0 ? 0 : round2(p.stock * cost),
    active: p.active,
  };
}

export const movementSummary = (name: string, before: number, after: number) => `${name} : ${before} → ${after}`;

export function toMovementView(m: StockMovement, product: ProductRef): MovementView {
  return {
    id: m.id,
    product,
    quantity: m.quantity,
    stockBefore: m.stockBefore,
    stockAfter: m.stockAfter,
    reason: m.reason,
    userId: m.userId,
    toolCallId: m.toolCallId,
    createdAt: m.createdAt.toISOString(),
    summary: movementSummary(product.names.fr, m.stockBefore, m.stockAfter),
  };
}
