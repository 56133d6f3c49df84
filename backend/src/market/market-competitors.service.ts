import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode } from '../common/errors/app-error';
import type { ProductRow } from '../dashboard/dashboard.repository';
import { round1, round2, type Localized } from '../common/localisation/localized';
import { productRefOf, type ProductRef } from '@tajer/contract';
import { competitorsSummary } from './competitors-summary';
import { findProducts } from './product-search';
import { MarketRepository, type LatestCompetitorPrice } from './market.repository';

export interface CompetitorQuote {
  competitorId: string;
  name: string;
  location: string | null;
  kind: string;
  price: number;
  observedAt: string;
  /** Our price vs theirs, in %: negative = we are cheaper. */
  ourDifferencePct: number;
}

export type PricePosition = 'cheaper' | 'dearer' | 'aligned';

export interface ProductComparison {
  product: ProductRef;
  ourPrice: number;
  competitors: CompetitorQuote[];
  competitorAverage: number;
  competitorMin: number;
  competitorMax: number;
  /** Our price / competitors' average × 100: under 100 we are cheaper. */
  priceIndex: number;
  position: PricePosition;
}

export interface PositionEntry {
  product: ProductRef;
  ourPrice: number;
  competitorAverage: number;
  priceIndex: number;
}

export interface CompetitorComparison {
  currency: string;
  query: string | null;
  products: ProductComparison[];
  /** Matching products nobody recorded a competitor price for. */
  withoutCompetitorPrices: ProductRef[];
  cheaper: PositionEntry[];
  dearer: PositionEntry[];
  byCompetitor: {
    competitorId: string;
    name: string;
    location: string | null;
    productsCompared: number;
    averagePriceIndex: number;
    weAreCheaperOn: number;
    weAreDearerOn: number;
  }[];
  summary: {
    productsCompared: number;
    cheaperCount: number;
    dearerCount: number;
    alignedCount: number;
    averagePriceIndex: number | null;
    text: Localized;
  };
}

/** Within ±2 % of the competitors' average we call the price aligned. */
const ALIGNED_PCT = 2;

@Injectable()
export class MarketCompetitorsService {
  constructor(private readonly repo: MarketRepository) {}

  /**
   * Our price vs each competitor's latest price. `product` is a name in any language (fuzzy); `category` narrows to
   * one category (used by reports). With neither, every product with a recorded competitor price is compared.
   */
  async competitors(tenantId: string, options: { product?: string; category?: string } = {}): Promise<CompetitorComparison> {
    const [tenant, products, prices] = await Promise.all([
      this.repo.tenant(tenantId),
      this.repo.products(tenantId),
      this.repo.latestCompetitorPrices(tenantId),
    ]);
    let selected = options.category ? products.filter((p) => p.category === options.category) : products;
    if (options.product) {
      selected = findProducts(options.product, selected);
      if (!selected.length)
        throw new AppError(ErrorCode.NOT_FOUND, `No product matches "${options.product}"`, { product: options.product });
    }
    const pricesByProduct = new Map<string, LatestCompetitorPrice[]>();
    for (const p of prices) pricesByProduct.set(p.productId, [...(pricesByProduct.get(p.productId) ?? []), p]);

    const comparisons = selected
      .filter((p) => pricesByProduct.has(p.id) && p.price > 0)
      .map((p) => compare(p, pricesByProduct.get(p.id) as LatestCompetitorPrice[]));
    const entry = (c: ProductComparison): PositionEntry => ({
      product: c.product,
      ourPrice: c.ourPrice,
      competitorAverage: c.competitorAverage,
      priceIndex: c.priceIndex,
    });
    const cheaper = comparisons
      .filter((c) => c.position === 'cheaper')
      .sort((a, b) => a.priceIndex - b.priceIndex)
      .map(entry);
    const dearer = comparisons
      .filter((c) => c.position === 'dearer')
      .sort((a, b) => b.priceIndex - a.priceIndex)
      .map(entry);
    const averagePriceIndex = comparisons.length ? round1(comparisons.reduce((s, c) => s + c.priceIndex, 0) / comparisons.length) : null;

    const result: CompetitorComparison = {
      currency: tenant.currency,
      query: options.product ?? null,
      products: comparisons.sort((a, b) => b.priceIndex - a.priceIndex),
      withoutCompetitorPrices: selected.filter((p) => !pricesByProduct.has(p.id)).map(productRefOf),
      cheaper,
      dearer,
      byCompetitor: byCompetitor(comparisons),
      summary: {
        productsCompared: comparisons.length,
        cheaperCount: cheaper.length,
        dearerCount: dearer.length,
        alignedCount: comparisons.length - cheaper.length - dearer.length,
        averagePriceIndex,
        text: { fr: '', ar: '', en: '' },
      },
    };
    result.summary.text = competitorsSummary(result);
    return result;
  }
}

function compare(p: ProductRow, quotes: LatestCompetitorPrice[]): ProductComparison {
  const values = quotes.map((q) => q.price);
  const average = values.reduce((s, v) => s + v, 0) / values.length;
  const priceIndex = round1((p.price / average) * 100);
  return {
    product: productRefOf(p),
    ourPrice: round2(p.price),
    competitors: quotes
      .map((q) => ({
        competitorId: q.competitorId,
        name: q.competitorName,
        location: q.location,
        kind: q.kind,
        price: round2(q.price),
        observedAt: new Date(q.observedAt).toISOString(),
        ourDifferencePct: round1(((p.price - q.price) / q.price) * 100),
      }))
      .sort((a, b) => a.price - b.price),
    competitorAverage: round2(average),
    competitorMin: round2(Math.min(...values)),
    competitorMax: round2(Math.max(...values)),
    priceIndex,
    position: priceIndex < 100 - ALIGNED_PCT ? 'cheaper' : priceIndex > 100 + ALIGNED_PCT ? 'dearer' : 'aligned',
  };
}

function byCompetitor(comparisons: ProductComparison[]): CompetitorComparison['byCompetitor'] {
  const acc = new Map<string, { name: string; location: string | null; indexes: number[] }>();
  for (const c of comparisons)
    for (const q of c.competitors) {
      const a = acc.get(q.competitorId) ?? { name: q.name, location: q.location, indexes: [] };
      a.indexes.push((c.ourPrice / q.price) * 100);
      acc.set(q.competitorId, a);
    }
  return [...acc.entries()]
    .map(([competitorId, a]) => ({
      competitorId,
      name: a.name,
      location: a.location,
      productsCompared: a.indexes.length,
      averagePriceIndex: round1(a.indexes.reduce((s, v) => s + v, 0) / a.indexes.length),
      weAreCheaperOn: a.indexes.filter((i) => i < 100 - ALIGNED_PCT).length,
      weAreDearerOn: a.indexes.filter((i) => i > 100 + ALIGNED_PCT).length,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
