/**
 * Ports: the business methods the tools call, as the tools need to see them. The backend hands its real services in
 * `ctx.services` under these keys (backend/src/agent/tool-services.ts checks at compile time that they fit), so this
 * package never imports backend code. Result types list only the fields the tools read; every tool reads them
 * defensively, so a service that grows or drops a field degrades a sentence instead of crashing a turn.
 */
import type { PaymentMethod, RepaymentMethod } from '@tajer/contract';
import type { Period, ProductNames, ProductRef, Tone } from '@tajer/contract';
import type { Lang, ToolContext } from './types';
import { ToolFailure } from './tool-kit';

/** A product's names (Arabic/English may be missing for a product typed in French only): the contract's `ProductNames`. */
export type Names = ProductNames;

/** The contract's reporting windows. */
export type PeriodName = Period;

// ——— inventory ———

export interface ProductInfo {
  id: string;
  sku?: string;
  names: Names;
  unit: string;
  category?: string;
  price?: number;
  stock: number;
  reorderThreshold: number;
  lowStock?: boolean;
}

export interface ProductMatch {
  product: ProductInfo;
  score: number;
}

export interface InventoryPort {
  search(
    tenantId: string,
    params: { query?: string | null; lowStockOnly?: boolean; pageSize?: number },
  ): Promise<{ items: (ProductInfo & { score?: number | null })[]; total: number; lowStockCount: number; currency?: string }>;
  resolveProduct(
    tenantId: string,
    nameOrSku: string,
  ): Promise<{ match: ProductMatch | null; alternatives: ProductMatch[]; confident: boolean }>;
  previewMovement(
    tenantId: string,
    productId: string,
    quantity: number,
  ): Promise<{
    product: { id: string; names: Names; unit: string; reorderThreshold?: number };
    quantity: number;
    stockBefore: number;
    stockAfter: number;
    allowed: boolean;
    lowStockAfter?: boolean;
  }>;
  applyMovement(
    tenantId: string,
    input: { productId: string; quantity: number; reason: string; userId: string | null; toolCallId?: string | null },
  ): Promise<{
    id: string;
    product: { id: string; names: Names; unit: string };
    quantity: number;
    stockBefore: number;
    stockAfter: number;
    reason?: string;
    lowStock?: boolean;
    reorderThreshold?: number;
  }>;
  analyzeAttachment(
    tenantId: string,
    attachmentId: string,
  ): Promise<{
    attachmentId: string | null;
    codes: { text: string; format: string }[];
    text: string | null;
    matches: { product: ProductInfo; matchedBy: string; evidence: string; score: number }[];
  }>;
}

// ——— dashboard ———

export interface MetricInfo {
  value: number;
  previous?: number | null;
  changePct: number | null;
}

export interface Finding {
  id?: string;
  type: string;
  severity: 'critical' | 'warning' | 'info' | string;
  title: { fr: string; ar: string; en: string };
  /** What the finding rests on (a product, an expense, a campaign…). */
  evidence?: Record<string, unknown>;
}

export interface BestSellerInfo {
  rank: number;
  product: MarketProductRef;
  quantity: number;
  revenue: number;
  /** Share of the period's revenue from sale lines, in %. */
  revenueShare: number;
}

export interface BestSellersInfo {
  period: string;
  currency?: string;
  totals: { products: number; quantity: number; revenue: number };
  byRevenue: BestSellerInfo[];
  byQuantity: BestSellerInfo[];
  /** With `productId`: its margin (sold lines with a known cost; catalogue price and cost). */
  productMargin?: { margin: number; costedRevenue: number; price: number; cost: number | null };
}

export interface DashboardPort {
  stats(
    tenantId: string,
    period?: PeriodName,
  ): Promise<{
    period: string;
    currency?: string;
    revenue: MetricInfo;
    salesCount: MetricInfo;
    averageBasket: MetricInfo;
    grossMargin: MetricInfo;
    grossMarginRate: { value: number };
    /** Revenue with no known cost (declared takings, products without a purchase cost): not in the margin. */
    revenueWithoutMargin: { value: number };
    expenses: MetricInfo;
    stockPurchases: MetricInfo;
    netResult: MetricInfo;
    stockValue: { value: number; uncostedProducts?: number };
    lowStockCount: { value: number; outOfStock?: number };
    comparable: boolean;
    /** False while the business has never recorded a sale (first run). */
    hasSales?: boolean;
  }>;
  insights(tenantId: string): Promise<{ windowDays: number; count: number; insights: Finding[]; hasSales?: boolean }>;
  /** The products in stock that sold least over the window (nothing sold first); `recent`: added since, not ranked. */
  slowSellers(tenantId: string): Promise<{ windowDays: number; count: number; insights: Finding[]; hasSales?: boolean; recent: number }>;
  /** The best and quietest weekdays and the peak hours over the last whole weeks (findings with their titles). */
  busyTimes(tenantId: string): Promise<{ windowDays: number; count: number; insights: Finding[]; hasSales: boolean }>;
  /** With `productId`: that product's line only (its rank among all products), or none when it did not sell. */
  bestSellers(tenantId: string, period?: PeriodName, options?: { limit?: number; productId?: string }): Promise<BestSellersInfo>;
  alerts(tenantId: string): Promise<{
    days: number;
    counts: { critical: number; warning: number; info: number; total: number };
    alerts: Finding[];
    hasSales?: boolean;
  }>;
}

// ——— market ———

/** Market and dashboard results name products with the contract's reference, as the tools' results do. */
export type MarketProductRef = ProductRef;

export interface MarketTrendsPort {
  trends(
    tenantId: string,
    options: { category?: string; period?: PeriodName },
  ): Promise<{
    period: string;
    currency?: string;
    category: { name: string; label: { fr: string; ar: string; en: string } } | null;
    totals: { revenue: number; previousRevenue: number; changePct: number | null };
    categories: {
      category: string;
      label: { fr: string; ar: string; en: string };
      revenue: number;
      changePct: number | null;
      sharePct: number;
    }[];
    seasonality: {
      peak: { label: { fr: string; ar: string; en: string }; index: number | null } | null;
      trough: { label: { fr: string; ar: string; en: string }; index: number | null } | null;
    };
    topMovers: {
      growing: { product: MarketProductRef; change: number; changePct: number | null }[];
      declining: { product: MarketProductRef; change: number; changePct: number | null }[];
    };
    /** False while the business has never recorded a sale. */
    hasSales?: boolean;
  }>;
}

export interface MarketCompetitorsPort {
  competitors(
    tenantId: string,
    options: { product?: string },
  ): Promise<{
    currency?: string;
    query: string | null;
    products: {
      product: MarketProductRef;
      ourPrice: number;
      competitors: { name: string; location: string | null; price: number; ourDifferencePct: number }[];
      competitorAverage: number;
      priceIndex: number;
      position: 'cheaper' | 'dearer' | 'aligned' | string;
    }[];
    withoutCompetitorPrices: MarketProductRef[];
    cheaper: { product: MarketProductRef; ourPrice: number; competitorAverage: number; priceIndex: number }[];
    dearer: { product: MarketProductRef; ourPrice: number; competitorAverage: number; priceIndex: number }[];
    summary: {
      productsCompared: number;
      cheaperCount: number;
      dearerCount: number;
      alignedCount: number;
      averagePriceIndex: number | null;
    };
  }>;
}

export interface MarketReportPort {
  create(
    tenantId: string,
    userId: string | null,
    options: { topic?: string; period?: PeriodName; language?: Lang },
  ): Promise<{
    id: string;
    title: string;
    periodLabel: string;
    pdfUrl: string;
    currency?: string;
    sections: {
      key: string;
      title: string;
      bullets: string[];
      figures: { key: string; label: string; value: number | null; unit: string }[];
    }[];
  }>;
}

// ——— expenses ———

export interface ExpenseInput {
  amount: number;
  category: string;
  description?: string;
  date?: string;
  merchant?: string;
  attachmentId?: string;
  vatAmount?: number;
}

export interface ExpensePreviewInfo {
  amount: number;
  currency: string;
  category: string;
  categoryLabel: { fr: string; ar: string; en: string };
  description: string | null;
  date: string;
  merchant: string | null;
  attachmentId: string | null;
}

export interface ExpensesPort {
  list(
    tenantId: string,
    input: { period?: PeriodName; category?: string; pageSize?: number },
  ): Promise<{
    currency: string;
    range: { period: string | null; from: string; to: string };
    category: { key: string; label: { fr: string; ar: string; en: string } } | null;
    items: (ExpensePreviewInfo & { id: string })[];
    totalItems: number;
    totals: {
      grandTotal: number;
      /** Goods bought for resale, and everything else: the dashboard's "operating expenses". */
      goodsPurchases: number;
      operating: number;
      count: number;
      byCategory: { category: string; label: { fr: string; ar: string; en: string }; amount: number; count: number; share: number }[];
    };
    previous: { grandTotal: number; change: number | null } | null;
  }>;
  previewCreate(tenantId: string, input: ExpenseInput): Promise<ExpensePreviewInfo>;
  create(
    tenantId: string,
    userId: string | null,
    input: ExpenseInput,
    options?: { toolCallId?: string },
  ): Promise<ExpensePreviewInfo & { id: string }>;
  scanReceipt(
    tenantId: string,
    userId: string | null,
    attachmentId: string,
  ): Promise<{
    attachmentId: string;
    merchant: string | null;
    date: string | null;
    total: number | null;
    vat: number | null;
    currency: string;
    lines: { description: string; quantity: number | null; amount: number }[];
    confidence: Record<string, number>;
    /** Fields to check before saving (low confidence or contradicted by the receipt's own arithmetic). */
    fieldsToCheck?: string[];
    suggestedCategory: { key: string; label: { fr: string; ar: string; en: string }; confidence: number };
    warnings: string[];
    alreadyUsedBy: string | null;
  }>;
}

// ——— marketing ———

export interface ContentPort {
  generate(
    tenantId: string,
    input: { channel: string; topic: string; language?: 'fr' | 'ar' | 'en'; tone?: Tone },
  ): Promise<{
    id: string;
    channel: string;
    language: string;
    topic: string;
    subject: string | null;
    text: string;
    products: { id: string; name: string; price: number; promoPrice?: number }[];
    campaign: { id: string; name: string } | null;
    length: { characters: number; sms?: { units: number; limit: number; encoding: string } };
  }>;
}

export interface AudienceGroup {
  key: string;
  label: { fr: string; ar: string; en: string };
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
}

export interface AudiencePort {
  insights(tenantId: string): Promise<{
    currency: string;
    window: { days: number };
    totals: { customers: number; buyers: number; orders: number; revenue: number; averageBasket: number; identifiedRevenueShare: number };
    byWilaya: AudienceGroup[];
    byAgeBand: AudienceGroup[];
    byChannel: AudienceGroup[];
    segments: (AudienceGroup & { averageDaysSinceLastPurchase: number | null })[];
    topCustomers: { id: string; name: string; orders: number; revenue: number; lastPurchase: string | null }[];
  }>;
}

export interface CampaignsPort {
  list(
    tenantId: string,
    input: { status?: string },
  ): Promise<{
    currency: string;
    campaigns: {
      id: string;
      name: string;
      channel: string;
      status: string;
      cost: number;
      revenue: number;
      impressions: number;
      clicks: number;
      conversions: number;
      /** Clicks / impressions, in %. */
      ctr?: number | null;
      roiPercent?: number | null;
      pace?: { status: string };
    }[];
    totals: {
      campaigns: number;
      active: number;
      cost: number;
      revenue: number;
      conversions: number;
      ctr: number | null;
      roi: number | null;
      behindTarget: string[];
    };
  }>;
}

// ——— feedback ———

export interface FeedbackPort {
  submit(
    author: { tenantId: string; userId: string | null },
    input: { category?: 'bug' | 'suggestion' | 'comment'; message: string; conversationId?: string },
  ): Promise<{ id: string; category: string; severity: string; categoryInferred?: boolean; notification?: string }>;
}

// ——— sales, customers and credit ———

export type PaymentMethodName = PaymentMethod;
type LocalizedText = { fr: string; ar: string; en: string };

/** A sale as the assistant understood it: products and customer as the user named them. */
export interface SaleDraftInput {
  lines: { product: string; quantity: number; unitPrice?: number }[];
  paymentMethod?: PaymentMethodName;
  customer?: string;
  soldAt?: string;
}

/** What a sale would record (products, prices, stock after, the customer's balance after), nothing written. */
export interface SalePreviewInfo {
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
  lines: {
    query: string;
    product: { id: string; sku: string; names: Names; unit: string } | null;
    candidates: { id: string; sku: string; names: Names; score: number }[];
    quantity: number;
    unitPrice: number | null;
    total: number | null;
    stockBefore: number | null;
    stockAfter: number | null;
    belowZero: boolean;
  }[];
  total: number;
  problems: LocalizedText[];
  warnings: LocalizedText[];
  summary: LocalizedText;
  /** The exact sale to record once approved; null while something must be asked. */
  input: SaleRecordInput | null;
}

export interface SaleRecordInput {
  lines: { productId?: string; sku?: string; barcode?: string; quantity: number; unitPrice?: number }[];
  soldAt?: string | Date;
  paymentMethod?: PaymentMethodName;
  customerId?: string;
  newCustomer?: { name: string; phone?: string | null };
  note?: string;
}

export interface SaleInfo {
  id: string;
  kind: 'sale' | 'refund' | 'daily_total' | string;
  soldAt: string;
  day: string;
  currency: string;
  paymentMethod: PaymentMethodName;
  customer: { id: string; name: string } | null;
  total: number;
  margin: number | null;
  declaredTotal?: number;
  lines: { product: { id: string; sku: string; names: Names; unit: string }; quantity: number; unitPrice: number; total: number }[];
  stock: { productId: string; quantity: number; stockBefore: number; stockAfter: number }[];
  warnings: { type: string; message: LocalizedText }[];
}

export interface SalesPort {
  recordSale(
    tenantId: string,
    input: SaleRecordInput,
    ctx: { idempotencyKey: string; source: 'api' | 'chat'; userId: string | null; toolCallId?: string | null },
  ): Promise<{ sale: SaleInfo; replayed: boolean }>;
  listSales(
    tenantId: string,
    q: {
      period?: PeriodName;
      from?: string;
      to?: string;
      customerId?: string;
      paymentMethod?: PaymentMethodName;
      page?: number;
      pageSize?: number;
      includeLines?: boolean;
    },
  ): Promise<{
    items: SaleInfo[];
    total: number;
    currency: string;
    range: { start: string | null; end: string | null };
    totals: { revenue: number; salesCount: number; refunds: number; dailyTotals: number; margin: number; revenueWithoutMargin: number };
  }>;
}

export interface SalePreviewPort {
  previewSale(tenantId: string, draft: SaleDraftInput): Promise<SalePreviewInfo>;
}

export interface DailyTotalPreviewInfo {
  date: string;
  declared: number;
  alreadyRecorded: number;
  itemizedSalesCount: number;
  addedWithoutDetail: number;
  replaces: number | null;
  currency: string;
  warnings: LocalizedText[];
  summary: LocalizedText;
}

export interface DailyTotalsPort {
  previewDailyTotal(tenantId: string, input: { amount: number; date?: string }): Promise<DailyTotalPreviewInfo>;
  recordDailyTotal(
    tenantId: string,
    input: { amount: number; date?: string; note?: string },
    ctx: { source: 'api' | 'chat'; userId: string | null; toolCallId?: string | null },
  ): Promise<{ sale: SaleInfo; preview: DailyTotalPreviewInfo; replaced: boolean }>;
}

export interface CustomerMatchInfo {
  customer: { id: string; name: string; phone: string | null; balance: number; creditLimit: number | null };
  score: number;
}

export interface CustomersPort {
  resolveCustomer(
    tenantId: string,
    query: string,
  ): Promise<{
    query: string;
    match: CustomerMatchInfo | null;
    alternatives: CustomerMatchInfo[];
    confident: boolean;
    /** Ids of every customer whose name holds all the words given (or whose phone is the number given). */
    namesakes?: string[];
  }>;
  create(
    tenantId: string,
    dto: { name: string; openingBalance: number; phone?: string | null },
    actor: { userId: string | null },
  ): Promise<{ id: string; name: string; balance: number; openingBalance: number; currency: string }>;
}

export interface CreditEntryInfo {
  customer: { id: string; name: string; phone: string | null };
  balance: number;
  creditLimit: number | null;
  overLimit: boolean;
  oldestUnpaidAt: string | null;
  daysOutstanding: number | null;
  lastPaymentAt: string | null;
}

export interface CreditPort {
  summary(
    tenantId: string,
    o?: { customerId?: string; olderThanDays?: number },
  ): Promise<{ currency: string; totalOwed: number; count: number; customers: CreditEntryInfo[] }>;
  previewPayment(
    tenantId: string,
    customerId: string,
    amount: number,
    options?: { advance?: boolean },
  ): Promise<{
    customer: { id: string; name: string };
    amount: number;
    balanceBefore: number;
    balanceAfter: number;
    advance: number;
    allowed: boolean;
    problem: LocalizedText | null;
  }>;
  recordPayment(
    tenantId: string,
    customerId: string,
    dto: { amount: number; method?: RepaymentMethod; advance?: boolean },
    ctx: { idempotencyKey?: string | null; source: 'api' | 'chat'; userId: string | null; toolCallId?: string | null },
  ): Promise<{
    payment: { id: string; amount: number; paidAt: string; method: string };
    customer: { id: string; name: string };
    balanceBefore: number;
    balanceAfter: number;
    currency: string;
  }>;
}

export interface ProductsPort {
  create(
    tenantId: string,
    dto: {
      sku: string;
      nameFr: string;
      nameAr?: string | null;
      nameEn?: string | null;
      barcode?: string | null;
      category: string;
      unit: string;
      price: number;
      /** Null when unknown: the product's sales then count without margin. */
      cost: number | null;
      stock: number;
      reorderThreshold: number;
    },
    actor: { userId: string | null },
  ): Promise<ProductInfo & { sku: string; price: number }>;
}

/** `ctx.services`, by key. The backend fills it lazily (backend/src/agent/tool-services.ts). */
export interface ToolServices {
  inventory: InventoryPort;
  dashboard: DashboardPort;
  marketTrends: MarketTrendsPort;
  marketCompetitors: MarketCompetitorsPort;
  marketReport: MarketReportPort;
  expenses: ExpensesPort;
  marketingContent: ContentPort;
  marketingAudience: AudiencePort;
  marketingCampaigns: CampaignsPort;
  feedback: FeedbackPort;
  sales?: SalesPort;
  salePreview?: SalePreviewPort;
  dailyTotals?: DailyTotalsPort;
  customers?: CustomersPort;
  credit?: CreditPort;
  products?: ProductsPort;
}

export type ToolServiceKey = keyof ToolServices;

/** The service behind `key`, or a SERVICE_UNAVAILABLE failure the model can report (a plugin host without it). */
export function service<K extends ToolServiceKey>(ctx: ToolContext, key: K): NonNullable<ToolServices[K]> {
  const found = (ctx.services as Partial<ToolServices> | undefined)?.[key];
  if (!found)
    throw new ToolFailure('SERVICE_UNAVAILABLE', {
      fr: `Le service « ${key} » n'est pas disponible.`,
      ar: `الخدمة «${key}» غير متوفرة.`,
      en: `The "${key}" service is not available.`,
    });
  return found as NonNullable<ToolServices[K]>;
}
