import { Injectable } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { CustomersService } from '../customers/customers.service';
import { formatMoney, formatNumber, nameAndPhone, PAYMENT_METHOD_LABEL, type Localized } from '@tajer/contract';
import type { Language } from '../common/localisation/localized';
import { message, messages } from '../common/localisation/messages';
import { InventorySearchService } from '../inventory/inventory-search.service';
import type { ProductNames } from '../inventory/inventory.dto';
import { SalesRepository } from './sales.repository';
import type { PaymentMethodName } from './sales.schemas';
import type { SaleInput } from './sales.service';

/** A sale as the assistant understood it: products and customer as the user named them. */
export interface SaleDraft {
  lines: { product: string; quantity: number; unitPrice?: number }[];
  paymentMethod?: PaymentMethodName;
  /** Name or phone, as said ("Ahmed", "أحمد", "0555 12 34 56"). */
  customer?: string;
  /** ISO 8601; default now. */
  soldAt?: string;
}

export interface PreviewLine {
  /** What the user called it. */
  query: string;
  product: { id: string; sku: string; names: ProductNames; unit: string } | null;
  /** When unsure or not found: the closest products, best first. */
  candidates: { id: string; sku: string; names: ProductNames; score: number }[];
  quantity: number;
  unitPrice: number | null;
  total: number | null;
  stockBefore: number | null;
  stockAfter: number | null;
  /** The sale would take the recorded stock below zero (recorded anyway, and flagged). */
  belowZero: boolean;
}

export interface SalePreview {
  /** True when every product and the customer are identified: `input` can be recorded as is once approved. */
  ok: boolean;
  currency: string;
  soldAt: string;
  paymentMethod: PaymentMethodName;
  customer: {
    id: string | null;
    name: string;
    isNew: boolean;
    balance: number;
    balanceAfter: number;
    creditLimit: number | null;
    overLimit: boolean;
  } | null;
  lines: PreviewLine[];
  total: number;
  /** Why it cannot be recorded as is (a product not found, two customers called Ahmed…): ask the user. */
  problems: Localized[];
  /** Recorded anyway, but worth saying (stock below zero, over the credit limit, a new customer). */
  warnings: Localized[];
  /** The approval card's sentence: "3 × Sucre 1kg à 100 DA = 300 DA, espèces". */
  summary: Localized;
  /** The exact sale to record with SalesService.recordSale once the user approves; null when not ok. */
  input: SaleInput | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const name = (names: ProductNames, l: Language) => (l === 'ar' ? (names.ar ?? names.fr) : l === 'en' ? (names.en ?? names.fr) : names.fr);

/**
 * The approval card of `sales_record`: resolves what the user said into products, prices, stock after and the
 * customer's balance after, without writing anything. The tool records `preview.input` once approved.
 */
@Injectable()
export class SalePreviewService {
  constructor(
    private readonly search: InventorySearchService,
    private readonly customers: CustomersService,
    private readonly sales: SalesRepository,
    private readonly clock: Clock,
  ) {}

  async previewSale(tenantId: string, draft: SaleDraft): Promise<SalePreview> {
    const problems: Localized[] = [];
    const warnings: Localized[] = [];
    const method: PaymentMethodName = draft.paymentMethod ?? 'cash';
    const soldAt = draft.soldAt ? new Date(draft.soldAt) : this.clock.now();

    const lines: PreviewLine[] = [];
    for (const l of draft.lines) {
      const r = await this.search.resolveProduct(tenantId, l.product);
      const candidates = [r.match, ...r.alternatives]
        .filter((c) => c !== null)
        .slice(0, 4)
        .map((c) => ({ id: c!.product.id, sku: c!.product.sku, names: c!.product.names, score: c!.score }));
      if (!r.match || !r.confident) {
        problems.push(
          !r.match
            ? messages('sales.preview.productNotFound', { query: l.product })
            : messages('sales.preview.whichProduct', (lang) => ({
                query: l.product,
                candidates: candidates.map((c) => name(c.names, lang)).join(' / '),
              })),
        );
        lines.push({
          query: l.product,
          product: null,
          candidates,
          quantity: l.quantity,
          unitPrice: null,
          total: null,
          stockBefore: null,
          stockAfter: null,
          belowZero: false,
        });
        continue;
      }
      const p = r.match.product;
      const unitPrice = l.unitPrice ?? p.price;
      const already = lines.filter((x) => x.product?.id === p.id).reduce((q, x) => q + x.quantity, 0);
      const stockBefore = p.stock - already;
      const stockAfter = stockBefore - l.quantity;
      if (stockAfter < 0) {
        warnings.push(
          messages('sales.preview.stockBelowZero', (lang) => ({ product: name(p.names, lang), before: stockBefore, after: stockAfter })),
        );
      }
      lines.push({
        query: l.product,
        product: { id: p.id, sku: p.sku, names: p.names, unit: p.unit },
        candidates: [],
        quantity: l.quantity,
        unitPrice,
        total: round2(unitPrice * l.quantity),
        stockBefore,
        stockAfter,
        belowZero: stockAfter < 0,
      });
    }
    const total = round2(lines.reduce((s, l) => s + (l.total ?? 0), 0));

    let customer: SalePreview['customer'] = null;
    let customerId: string | undefined;
    let newCustomer: SaleInput['newCustomer'];
    if (draft.customer?.trim()) {
      const r = await this.customers.resolveCustomer(tenantId, draft.customer);
      const credit = method === 'credit' ? total : 0;
      if (r.match && r.confident) {
        const c = r.match.customer;
        customerId = c.id;
        customer = {
          id: c.id,
          name: c.name,
          isNew: false,
          balance: c.balance,
          balanceAfter: round2(c.balance + credit),
          creditLimit: c.creditLimit,
          overLimit: c.creditLimit !== null && c.balance + credit > c.creditLimit,
        };
        if (customer.overLimit) {
          warnings.push(
            messages('sales.preview.overCreditLimit', (lang) => ({
              name: c.name,
              limit: formatMoney(c.creditLimit!, lang, { exact: true }),
            })),
          );
        }
      } else if (r.match) {
        const names = [r.match, ...r.alternatives]
          .map((m) => m.customer.name)
          .slice(0, 4)
          .join(' / ');
        problems.push(messages('sales.preview.whichCustomer', { names }));
      } else if (method === 'credit') {
        // « Amel Ait Kaci (05 46 37 60 03) » with a phone nobody has: that name, that phone.
        newCustomer = nameAndPhone(draft.customer);
        customer = { id: null, name: newCustomer.name, isNew: true, balance: 0, balanceAfter: credit, creditLimit: null, overLimit: false };
        warnings.push(messages('sales.preview.newCustomer', { name: newCustomer.name }));
      } else {
        warnings.push(messages('sales.preview.customerNotFound', { query: draft.customer }));
      }
    } else if (method === 'credit') {
      problems.push(messages('sales.preview.creditNeedsCustomer'));
    }

    const ok = problems.length === 0 && lines.length > 0;
    return {
      ok,
      currency: await this.sales.currency(tenantId),
      soldAt: soldAt.toISOString(),
      paymentMethod: method,
      customer,
      lines,
      total,
      problems,
      warnings,
      summary: messages('sales.preview.summary', (lang) => ({
        items: lines
          .map((l) =>
            message(lang, 'sales.item', {
              quantity: formatNumber(l.quantity, lang),
              product: l.product ? name(l.product.names, lang) : message(lang, 'sales.item.unresolved', { query: l.query }),
              hasPrice: l.unitPrice !== null ? 'yes' : 'no',
              price: l.unitPrice !== null ? formatMoney(l.unitPrice, lang, { exact: true }) : '',
            }),
          )
          .join(message(lang, 'common.listSeparator')),
        total: formatMoney(total, lang, { exact: true }),
        payment: PAYMENT_METHOD_LABEL[method][lang],
        hasCustomer: customer ? 'yes' : 'no',
        customer: customer?.name ?? '',
      })),
      input: ok
        ? {
            // The prices shown on the card are the prices recorded, even if the catalogue changes before approval.
            lines: lines.map((l) => ({ productId: l.product!.id, quantity: l.quantity, unitPrice: l.unitPrice! })),
            soldAt: soldAt.toISOString(),
            paymentMethod: method,
            ...(customerId ? { customerId } : {}),
            ...(newCustomer ? { newCustomer } : {}),
          }
        : null,
    };
  }
}
