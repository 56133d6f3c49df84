import { formatMoney, formatNumber, PAYMENT_METHOD_LABEL, type Localized } from '@tajer/contract';
import type { Language } from '../common/localisation/localized';
import { message, messages } from '../common/localisation/messages';
import type { ProductRef } from '../inventory/inventory.dto';
import type { SaleDetail } from './sales.repository';
import type { PaymentMethodName } from './sales.schemas';
import { localDayOf } from './sales-ledger.repository';

export interface SaleLineView {
  id: string;
  product: ProductRef & { barcode: string | null };
  /** Signed: negative on a refund. */
  quantity: number;
  unitPrice: number;
  /** Null when the product's cost was unknown. */
  unitCost: number | null;
  total: number;
  /** Units of this line already given back (sales only). */
  refundedQuantity: number;
}

export interface StockWarning {
  type: 'stock_below_zero';
  productId: string;
  sku: string;
  stockBefore: number;
  stockAfter: number;
  message: Localized;
}

export interface SaleView {
  id: string;
  kind: 'sale' | 'refund' | 'daily_total';
  soldAt: string;
  /** The shop's local day (YYYY-MM-DD). */
  day: string;
  currency: string;
  paymentMethod: PaymentMethodName;
  customer: { id: string; name: string } | null;
  /** Signed: negative for a refund. Daily total: what the day's itemised sales do not already explain. */
  total: number;
  /** Known cost of the goods; null when no cost is known at all (a daily total). */
  cost: number | null;
  /** Margin on the part whose cost is known; null for a daily total (no margin is known). */
  margin: number | null;
  /** The part of `total` whose cost is unknown, left out of every margin. */
  uncostedTotal: number;
  /** Daily totals: the takings declared for the day. */
  declaredTotal?: number;
  lines: SaleLineView[];
  refundOf: string | null;
  refunds: { id: string; total: number; soldAt: string }[];
  receiptNumber: string | null;
  note: string | null;
  source: string | null;
  stock: { productId: string; quantity: number; stockBefore: number; stockAfter: number }[];
  warnings: StockWarning[];
  summary: Localized;
  createdAt: string;
}

const n = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100;
const KIND = { SALE: 'sale', REFUND: 'refund', DAILY_TOTAL: 'daily_total' } as const;

export function toSaleView(s: SaleDetail, currency: string): SaleView {
  const kind = KIND[s.kind];
  const lines: SaleLineView[] = (s.lines ?? []).map((l) => ({
    id: l.id,
    product: {
      id: l.product.id,
      sku: l.product.sku,
      names: { fr: l.product.nameFr, ar: l.product.nameAr, en: l.product.nameEn },
      unit: l.product.unit,
      barcode: l.product.barcode,
    },
    quantity: l.quantity,
    unitPrice: n(l.unitPrice),
    unitCost: l.unitCost === null ? null : n(l.unitCost),
    total: n(l.quantity * Number(l.unitPrice)),
    refundedQuantity: -(l.refundLines ?? []).reduce((q, r) => q + r.quantity, 0),
  }));
  const total = n(s.total);
  const uncosted = n(s.uncostedTotal);
  const cost = kind === 'daily_total' ? null : n(s.cost);
  const stock = (s.movements ?? []).map((m) => ({
    productId: m.productId,
    quantity: m.quantity,
    stockBefore: m.stockBefore,
    stockAfter: m.stockAfter,
  }));
  const view: Omit<SaleView, 'summary'> = {
    id: s.id,
    kind,
    soldAt: s.soldAt.toISOString(),
    day: localDayOf(s.soldAt),
    currency,
    paymentMethod: s.paymentMethod as PaymentMethodName,
    customer: s.customer ? { id: s.customer.id, name: s.customer.name } : null,
    total,
    cost,
    margin: cost === null ? null : n(total - uncosted - cost),
    uncostedTotal: uncosted,
    ...(kind === 'daily_total' ? { declaredTotal: n(s.declaredTotal) } : {}),
    lines,
    refundOf: s.refundOfId,
    refunds: (s.refunds ?? []).map((r) => ({ id: r.id, total: n(r.total), soldAt: r.soldAt.toISOString() })),
    receiptNumber: s.receiptNumber,
    note: s.note,
    source: s.source,
    stock,
    warnings: stockWarnings(stock, lines),
    createdAt: s.createdAt.toISOString(),
  };
  return { ...view, summary: saleSummary(view) };
}

/** A sale that took the recorded stock below zero: the count is wrong somewhere and needs checking. */
export function stockWarnings(stock: SaleView['stock'], lines: Pick<SaleLineView, 'product'>[]): StockWarning[] {
  return stock
    .filter((m) => m.stockAfter < 0 && m.quantity < 0)
    .map((m) => {
      const p = lines.find((l) => l.product.id === m.productId)?.product;
      const name = (l: Language) =>
        p ? (l === 'ar' ? (p.names.ar ?? p.names.fr) : l === 'en' ? (p.names.en ?? p.names.fr) : p.names.fr) : m.productId;
      return {
        type: 'stock_below_zero' as const,
        productId: m.productId,
        sku: p?.sku ?? '',
        stockBefore: m.stockBefore,
        stockAfter: m.stockAfter,
        message: messages('sales.view.stockBelowZero', (l) => ({ product: name(l), before: m.stockBefore, after: m.stockAfter })),
      };
    });
}

function lineName(l: SaleLineView, lang: Language): string {
  return lang === 'ar'
    ? (l.product.names.ar ?? l.product.names.fr)
    : lang === 'en'
      ? (l.product.names.en ?? l.product.names.fr)
      : l.product.names.fr;
}

/** One sentence per language, so the assistant (even offline) can state what was recorded. */
export function saleSummary(v: Omit<SaleView, 'summary'>): Localized {
  const date = v.day.split('-').reverse().join('/');
  if (v.kind === 'daily_total') {
    const itemized = n((v.declaredTotal ?? 0) - v.total);
    return messages('sales.view.dailyTotal', (l) => ({
      date,
      declared: formatMoney(v.declaredTotal ?? 0, l, { exact: true }),
      hasItemized: itemized > 0 ? 'yes' : 'no',
      itemized: formatMoney(itemized, l, { exact: true }),
      counted: formatMoney(v.total, l, { exact: true }),
    }));
  }
  return messages(v.kind === 'refund' ? 'sales.view.refund' : 'sales.view.sale', (l) => ({
    date,
    items: v.lines
      .map((x) => message(l, 'sales.item', { quantity: formatNumber(Math.abs(x.quantity), l), product: lineName(x, l), hasPrice: 'no' }))
      .join(message(l, 'common.listSeparator')),
    // A refund states the amount given back, positive.
    amount: formatMoney(v.kind === 'refund' ? -v.total : v.total, l, { exact: true }),
    payment: PAYMENT_METHOD_LABEL[v.paymentMethod][l],
    hasCustomer: v.customer ? 'yes' : 'no',
    customer: v.customer?.name ?? '',
  }));
}
