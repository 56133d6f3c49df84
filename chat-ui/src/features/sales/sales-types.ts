/** The parts of the sales API (backend/src/sales) the sales page reads. */
import type { Localized, PaymentMethod } from '@tajer/contract';

export { PAYMENT_METHODS } from '@tajer/contract';
export type { Localized, PaymentMethod };

export interface ProductHit {
  id: string;
  sku: string;
  names: { fr: string; ar: string | null; en: string | null };
  unit: string;
  price: number;
  stock: number;
}

export interface CustomerHit {
  id: string;
  name: string;
  phone: string | null;
  balance: number;
}

export interface SaleView {
  id: string;
  kind: 'sale' | 'refund' | 'daily_total';
  soldAt: string;
  total: number;
  paymentMethod: PaymentMethod;
  customer: { id: string; name: string } | null;
  declaredTotal?: number;
  /** What was already given back (negative totals). */
  refunds?: { id: string; total: number }[];
  warnings: { type: string; message: Localized }[];
  summary: Localized;
}

/** One sale as `GET /api/sales/:id` gives it: its lines, with what was already given back of each. */
export interface SaleDetail extends SaleView {
  lines: {
    id: string;
    product: { id: string; names: { fr: string; ar: string | null; en: string | null } };
    quantity: number;
    unitPrice: number;
    refundedQuantity: number;
  }[];
}

export interface SalesPage {
  items: SaleView[];
  total: number;
  totals: { revenue: number; salesCount: number; refunds: number; dailyTotals: number; margin: number; revenueWithoutMargin: number };
}
