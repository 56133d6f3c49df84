import type { ComponentType } from 'react';
import { parseToolResult, type Lang, type ResultToolName, type ToolResultData } from '@tajer/contract';
import type { ToolPart } from '../store/types';
import { BestSellersCard, bestSellers } from './BestSellersCard';
import { CompetitorsCard, priceComparisons } from './CompetitorsCard';
import { dashboardStats, DashboardStatsCard } from './DashboardStatsCard';
import { ExpenseDraftCard, receiptDraft } from './ExpenseDraftCard';
import { InventoryCard, stockRows } from './InventoryCard';
import { marketingContent, MarketingContentCard } from './MarketingContentCard';
import { marketReport, MarketReportCard } from './MarketReportCard';
import { credit, CreditCard, recordedSale, RecordedSaleCard, salesList, SalesListCard } from './SalesCards';

export interface ResultCard<T> {
  /** What the card needs, from a result its tool's schema (@tajer/contract) parsed; null otherwise (the generic card). */
  parse: (result: unknown, lang: Lang) => T | null;
  Card: ComponentType<{ data: T; part: ToolPart }>;
}

/**
 * A card for `tool`: its result is parsed with the tool's result schema from the contract, then `view` shapes it for
 * the card. No guessing: a result the schema refuses (a drifted or truncated one) gets the generic card and its
 * summary, never a figure read from the wrong field.
 */
function card<N extends ResultToolName, T>(
  tool: N,
  view: (data: ToolResultData<N>, lang: Lang) => T | null,
  Card: ComponentType<{ data: T; part: ToolPart }>,
): ResultCard<unknown> {
  const parse = (result: unknown, lang: Lang) => {
    const data = parseToolResult(tool, result);
    return data === null ? null : view(data, lang);
  };
  return { parse, Card } as ResultCard<unknown>;
}

/** Tool name → custom body for its result. Everything else gets the generic card. */
export const resultCards: Partial<Record<ResultToolName, ResultCard<unknown>>> & Record<string, ResultCard<unknown> | undefined> = {
  inventory_search: card('inventory_search', (r, lang) => stockRows(r.items, lang), InventoryCard),
  dashboard_stats: card('dashboard_stats', (r) => dashboardStats(r), DashboardStatsCard),
  // An empty comparison has nothing to draw: the summary says so.
  market_competitors: card(
    'market_competitors',
    (r, lang) => (r.products.length ? priceComparisons(r.products, lang) : null),
    CompetitorsCard,
  ),
  expenses_scan_receipt: card('expenses_scan_receipt', receiptDraft, ExpenseDraftCard),
  marketing_generate_content: card('marketing_generate_content', (r) => marketingContent(r), MarketingContentCard),
  market_report: card('market_report', (r) => marketReport(r), MarketReportCard),
  dashboard_insights: card('dashboard_insights', bestSellers, BestSellersCard),
  sales_record: card('sales_record', recordedSale, RecordedSaleCard),
  sales_list: card('sales_list', salesList, SalesListCard),
  customers_credit: card('customers_credit', (r) => credit(r), CreditCard),
};
