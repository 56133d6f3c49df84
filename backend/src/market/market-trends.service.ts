import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { percentChange, resolvePeriod, SHOP_UTC_OFFSET_MINUTES, type Period } from '../common/time/period';
import { matchProductCategory, productCategoryLabel } from '@tajer/contract';
import { localMonthStart } from '../common/time/local-time';
import { round1, round2, type Localized } from '../common/localisation/localized';
import { productRefOf, type ProductRef } from '@tajer/contract';
import { MarketRepository } from './market.repository';
import { seasonality, type Seasonality } from './seasonality';
import { trendsSummary } from './trends-summary';
import { Clock } from '../common/time/clock';

export interface CategoryTrend {
  category: string;
  label: Localized;
  revenue: number;
  previousRevenue: number;
  changePct: number | null;
  quantity: number;
  /** Share of the period's revenue (of all categories). */
  sharePct: number;
  trend: 'up' | 'down' | 'flat';
}

export interface ProductMover {
  product: ProductRef;
  revenue: number;
  previousRevenue: number;
  /** Revenue difference, the ranking key (a +300 % on 2 sales matters less than +20 % on a best seller). */
  change: number;
  changePct: number | null;
  quantity: number;
  previousQuantity: number;
}

export interface MarketTrends {
  period: Period;
  currency: string;
  range: { start: string; end: string; previousStart: string; previousEnd: string };
  /** The category the trends are narrowed to, or null for the whole shop. */
  category: { name: string; label: Localized } | null;
  totals: { revenue: number; previousRevenue: number; changePct: number | null; quantity: number };
  categories: CategoryTrend[];
  seasonality: Seasonality;
  topMovers: { growing: ProductMover[]; declining: ProductMover[] };
  source: string;
  /** False while the business has never recorded a sale: the summary then says what to do first. */
  hasSales: boolean;
  summary: Localized;
}

/** Under ±2 % a category is "flat": noise, not a trend. */
const FLAT_PCT = 2;
const MOVERS = 5;

@Injectable()
export class MarketTrendsService {
  constructor(
    private readonly repo: MarketRepository,
    private readonly clock: Clock,
  ) {}

  /** Category growth, 12-month seasonality and top movers from the business's own sales. */
  async trends(tenantId: string, options: { category?: string; period?: Period } = {}, now = this.clock.now()): Promise<MarketTrends> {
    const period = options.period ?? 'quarter';
    const range = resolvePeriod(period, now);
    const seasonFrom = localMonthStart(now, -12);
    const seasonTo = localMonthStart(now, 0);
    const [tenant, products, sales, months, firstSaleAt] = await Promise.all([
      this.repo.tenant(tenantId),
      this.repo.products(tenantId),
      this.repo.productSales(tenantId, range),
      this.repo.categoryMonths(tenantId, seasonFrom, seasonTo, SHOP_UTC_OFFSET_MINUTES),
      this.repo.firstSaleAt(tenantId),
    ]);
    const focus = options.category
      ? this.resolveCategory(
          options.category,
          products.map((p) => p.category),
        )
      : null;

    const byId = new Map(products.map((p) => [p.id, p]));
    const categories = new Map<string, { revenue: number; previousRevenue: number; quantity: number }>();
    const movers: ProductMover[] = [];
    for (const s of sales) {
      const product = byId.get(s.productId);
      if (!product) continue; // archived product: still in history, not in today's catalogue
      const c = categories.get(product.category) ?? { revenue: 0, previousRevenue: 0, quantity: 0 };
      c.revenue += s.revenue;
      c.previousRevenue += s.previousRevenue;
      c.quantity += s.quantity;
      categories.set(product.category, c);
      if (focus && product.category !== focus) continue;
      movers.push({
        product: productRefOf(product),
        revenue: round2(s.revenue),
        previousRevenue: round2(s.previousRevenue),
        change: round2(s.revenue - s.previousRevenue),
        changePct: percentChange(round2(s.revenue), round2(s.previousRevenue)),
        quantity: s.quantity,
        previousQuantity: s.previousQuantity,
      });
    }

    const allRevenue = [...categories.values()].reduce((sum, c) => sum + c.revenue, 0);
    const categoryTrends: CategoryTrend[] = [...categories.entries()]
      .map(([category, c]) => {
        const changePct = percentChange(round2(c.revenue), round2(c.previousRevenue));
        return {
          category,
          label: productCategoryLabel(category),
          revenue: round2(c.revenue),
          previousRevenue: round2(c.previousRevenue),
          changePct,
          quantity: c.quantity,
          sharePct: allRevenue ? round1((c.revenue / allRevenue) * 100) : 0,
          trend: (changePct === null
            ? 'up'
            : changePct > FLAT_PCT
              ? 'up'
              : changePct < -FLAT_PCT
                ? 'down'
                : 'flat') as CategoryTrend['trend'],
        };
      })
      .filter((c) => !focus || c.category === focus)
      .sort((a, b) => b.revenue - a.revenue);

    const revenue = categoryTrends.reduce((s, c) => s + c.revenue, 0);
    const previousRevenue = categoryTrends.reduce((s, c) => s + c.previousRevenue, 0);
    const result: Omit<MarketTrends, 'summary'> = {
      period,
      currency: tenant.currency,
      range: {
        start: range.start.toISOString(),
        end: range.end.toISOString(),
        previousStart: range.previousStart.toISOString(),
        previousEnd: range.previousEnd.toISOString(),
      },
      category: focus ? { name: focus, label: productCategoryLabel(focus) } : null,
      totals: {
        revenue: round2(revenue),
        previousRevenue: round2(previousRevenue),
        changePct: percentChange(round2(revenue), round2(previousRevenue)),
        quantity: categoryTrends.reduce((s, c) => s + c.quantity, 0),
      },
      categories: categoryTrends,
      seasonality: seasonality(
        months.filter((m) => !focus || m.category === focus),
        seasonFrom,
        seasonTo,
        firstSaleAt,
      ),
      topMovers: {
        growing: movers
          .filter((m) => m.change > 0)
          .sort((a, b) => b.change - a.change)
          .slice(0, MOVERS),
        declining: movers
          .filter((m) => m.change < 0)
          .sort((a, b) => a.change - b.change)
          .slice(0, MOVERS),
      },
      source: "The business's own sales (no external market data).",
      hasSales: firstSaleAt !== null,
    };
    return { ...result, summary: trendsSummary(result) };
  }

  /** The business's categories, for matching a topic or listing choices. */
  async categories(tenantId: string): Promise<string[]> {
    return [...new Set((await this.repo.products(tenantId)).map((p) => p.category))].sort();
  }

  private resolveCategory(input: string, available: string[]): string {
    const unique = [...new Set(available)].sort();
    const match = matchProductCategory(input, unique);
    if (!match)
      throw new AppError(ErrorCode.NOT_FOUND, `No product category matches "${input}"`, {
        category: input,
        availableCategories: unique,
      });
    return match;
  }
}
