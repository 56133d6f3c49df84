import { Injectable } from '@nestjs/common';
import { meantProducts, sizesContradict, sizesOf, varietiesContradict, varietiesTyped } from '@tajer/contract';
import { InventoryItem, toInventoryItem } from './inventory.dto';
import { InventoryRepository } from './inventory.repository';
import { searchTokens } from '../common/text/search-text';
import { translatedQueries } from './search/concept-queries';
import { TenantReads, type TenantReadCache } from '../common/cache/tenant-reads';

export interface InventorySearchParams {
  /** Product name in any language (typos, accents, Arabic diacritics tolerated), SKU or barcode. */
  query?: string | null;
  lowStockOnly?: boolean;
  category?: string | null;
  page?: number;
  pageSize?: number;
  includeInactive?: boolean;
}

export type InventorySearchItem = InventoryItem & {
  /** Relevance 0..1 when a query was given (1 = exact barcode/SKU or every word found), else null. */
  score: number | null;
};

export interface InventorySearchResult {
  query: string | null;
  items: InventorySearchItem[];
  /** Products matching the query/filters (all pages). */
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Among the products matching the query and category (whatever lowStockOnly), how many are at/below threshold. */
  lowStockCount: number;
  currency: string;
}

export interface ProductCandidate {
  product: InventoryItem;
  score: number;
  matchedOn: 'barcode' | 'sku' | 'name';
}

export interface ProductResolution {
  query: string;
  /** The best candidate, or null when nothing is close enough. */
  match: ProductCandidate | null;
  /** Other candidates, best first. */
  alternatives: ProductCandidate[];
  /** True when the match is clearly the one meant: exact code, or a good score well ahead of the next. */
  confident: boolean;
}

/** Below this mean word similarity a product is not a match (measured on the demo catalogue: noise stays < 0.35). */
export const MIN_SEARCH_SCORE = 0.45;
/** A query of more words than this is cut: the prefilter runs one index scan per word. */
const MAX_QUERY_WORDS = 8;
/** Pages kept per business, query and data version (a page of 100 products is some 60 KB). */
const LISTING_CACHE_ENTRIES = 1_000;

/** A cached page is shared by every request that asks for it: nobody may change it. */
function frozen(result: InventorySearchResult): InventorySearchResult {
  result.items.forEach((item) => Object.freeze(item));
  Object.freeze(result.items);
  return Object.freeze(result);
}

@Injectable()
export class InventorySearchService {
  private readonly listings: TenantReadCache<InventorySearchResult>;

  constructor(
    private readonly products: InventoryRepository,
    reads: TenantReads,
  ) {
    this.listings = reads.cache<InventorySearchResult>('inventory.search', LISTING_CACHE_ENTRIES);
  }

  /**
   * A page of products (see `list`), reused while the business's data version has not moved: any write to its
   * products, stock, sales or settings, by anyone, makes the next call run the query again. The page is frozen.
   */
  async search(tenantId: string, params: InventorySearchParams = {}): Promise<InventorySearchResult> {
    const page = Math.max(1, Math.floor(params.page ?? 1));
    const pageSize = Math.min(100, Math.max(1, Math.floor(params.pageSize ?? 20)));
    const query = params.query?.trim() || null;
    const category = params.category?.trim() || null;
    const key = JSON.stringify([query, category, params.lowStockOnly ?? false, params.includeInactive ?? false, page, pageSize]);
    return this.listings.get(tenantId, key, async () => {
      // The currency is kept apart for 5 min (InventoryRepository): a business whose data moved reads it again.
      this.products.forgetCurrency(tenantId);
      return { value: frozen(await this.list(tenantId, params, page, pageSize, query)) };
    });
  }

  private async list(
    tenantId: string,
    params: InventorySearchParams,
    page: number,
    pageSize: number,
    query: string | null,
  ): Promise<InventorySearchResult> {
    const tokens = query ? searchTokens(query).slice(0, MAX_QUERY_WORDS) : [];
    const run = (words: string[], rawQuery: string | null) =>
      this.products.search(tenantId, {
        tokens: words,
        rawQuery,
        lowStockOnly: params.lowStockOnly ?? false,
        category: params.category?.trim() || undefined,
        includeInactive: params.includeInactive ?? false,
        offset: (page - 1) * pageSize,
        limit: pageSize,
        minScore: MIN_SEARCH_SCORE,
      });
    const [currency, first] = await Promise.all([
      this.products.tenantCurrency(tenantId),
      // A query with no searchable character (e.g. "?!") matches nothing rather than everything.
      query && !tokens.length ? Promise.resolve({ hits: [], total: 0, lowStockCount: 0 }) : run(tokens, query),
    ]);
    let result = first;
    // Nothing under the words asked: the same generic product in the catalogue's other languages (« السكر » for a
    // catalogue typed in French). Only then, so a catalogue that has the words pays nothing.
    if (!result.total && !result.lowStockCount)
      for (const words of translatedQueries(tokens)) {
        result = await run(words, null);
        if (result.total || result.lowStockCount) break;
      }
    return {
      query,
      items: result.hits.map((h) => ({
        ...toInventoryItem(h.product, currency),
        score: h.score === null ? null : Math.round(h.score * 100) / 100,
      })),
      total: result.total,
      page,
      pageSize,
      pageCount: Math.ceil(result.total / pageSize),
      lowStockCount: result.lowStockCount,
      currency,
    };
  }

  /**
   * Turns what the user called a product ("semoule", "سميد", "EPI-001", a barcode) into one product, with the
   * runners-up so the assistant can ask when it is not sure.
   */
  async resolveProduct(tenantId: string, nameOrSku: string): Promise<ProductResolution> {
    const query = nameOrSku.trim();
    const currency = await this.products.tenantCurrency(tenantId);
    const exact = query ? await this.products.findByCodes(tenantId, [query]) : [];
    if (exact.length === 1) {
      const p = exact[0];
      return {
        query,
        match: { product: toInventoryItem(p, currency), score: 1, matchedOn: p.barcode === query ? 'barcode' : 'sku' },
        alternatives: [],
        confident: true,
      };
    }
    const { items } = await this.search(tenantId, { query, pageSize: 5 });
    // « semoule 25kg » is no « Semoule 10kg »: a product whose sizes all differ from the one typed is not a candidate;
    // nor is « Sucre blanc 1kg » one for « sucre roux » (a variety typed that its names do not hold).
    const typed = sizesOf(query);
    const varieties = varietiesTyped(query);
    const namesOf = (item: InventoryItem) => [item.names.fr, item.names.ar, item.names.en].filter((n): n is string => !!n);
    const candidates: ProductCandidate[] = items
      .filter((item) => !sizesContradict(typed, sizesOf(namesOf(item).join(' '))) && !varietiesContradict(varieties, namesOf(item)))
      .map(({ score, ...product }) => ({ product, score: score ?? 0, matchedOn: 'name' }));
    const [best, ...others] = candidates;
    const confident = !!best && best.score >= 0.7 && (!others.length || best.score - others[0].score >= 0.15);
    // Not sure: the candidates offered are those the name means by the contract's rule, the same the market uses.
    const [match = null, ...alternatives] = confident
      ? candidates
      : meantProducts(
          query,
          candidates,
          (c) => c.score,
          (c) => c.product.names,
        );
    return { query, match, alternatives, confident };
  }
}
