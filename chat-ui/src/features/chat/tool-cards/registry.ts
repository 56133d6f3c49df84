import type { ComponentType } from 'react';
import type { Lang } from '@protocol/chat-events';
import type { ToolPart } from '../store/types';
import { BestSellersCard, parseBestSellers } from './BestSellersCard';
import { parseCompetitors, CompetitorsCard } from './CompetitorsCard';
import { parseDashboardStats, DashboardStatsCard } from './DashboardStatsCard';
import { ExpenseDraftCard, parseReceiptDraft } from './ExpenseDraftCard';
import { InventoryCard, parseInventory } from './InventoryCard';
import { MarketingContentCard, parseMarketingContent } from './MarketingContentCard';
import { MarketReportCard, parseMarketReport } from './MarketReportCard';
import { CreditCard, parseCredit, parseRecordedSale, parseSalesList, RecordedSaleCard, SalesListCard } from './SalesCards';

export interface ResultCard<T> {
  /** What the card needs from the result, or null when the shape isn't recognised (the generic card is used). */
  parse: (result: unknown, lang: Lang) => T | null;
  Card: ComponentType<{ data: T; part: ToolPart }>;
}

const card = <T,>(parse: (result: unknown, lang: Lang) => T | null, Card: ComponentType<{ data: T; part: ToolPart }>) =>
  ({ parse, Card }) as ResultCard<unknown>;

/** Tool name → custom body for its result. Everything else gets the generic card. */
export const resultCards: Record<string, ResultCard<unknown>> = {
  inventory_search: card(parseInventory, InventoryCard),
  dashboard_stats: card(parseDashboardStats, DashboardStatsCard),
  market_competitors: card(parseCompetitors, CompetitorsCard),
  expenses_scan_receipt: card(parseReceiptDraft, ExpenseDraftCard),
  marketing_generate_content: card(parseMarketingContent, MarketingContentCard),
  market_report: card(parseMarketReport, MarketReportCard),
  dashboard_insights: card(parseBestSellers, BestSellersCard),
  sales_record: card(parseRecordedSale, RecordedSaleCard),
  sales_list: card(parseSalesList, SalesListCard),
  customers_credit: card((r) => parseCredit(r), CreditCard),
};
