/**
 * Per-tool result schemas: what each tool's `data` is when it succeeds. One entry per tool of the registry
 * (tools/src/index.ts; the tools' test fails on a tool without one). The chat UI renders a card only from a result its
 * schema parsed; anything else gets the generic card.
 */
import type { z } from 'zod';
import { InventoryAdjustResult, InventoryAnalyzeImageResult, InventorySearchResult, ProductsAddResult } from './inventory';
import { DashboardAlertsResult, DashboardInsightsResult, DashboardStatsResult } from './dashboard';
import { ExpensesAddResult, ExpensesListResult, ExpensesScanReceiptResult } from './expenses';
import { MarketCompetitorsResult, MarketReportResult, MarketTrendsResult } from './market';
import { MarketingAudienceInsightsResult, MarketingCampaignsResult, MarketingGenerateContentResult } from './marketing';
import { SalesDailyTotalResult, SalesListResult, SalesRecordResult } from './sales';
import { CustomersCreditAddResult, CustomersCreditResult, CustomersPaymentResult, FeedbackSubmitResult } from './customers';

export * from './common';
export * from './dashboard';
export * from './inventory';
export * from './expenses';
export * from './market';
export * from './marketing';
export * from './sales';
export * from './customers';

export const TOOL_RESULTS = {
  dashboard_stats: DashboardStatsResult,
  dashboard_insights: DashboardInsightsResult,
  dashboard_alerts: DashboardAlertsResult,
  market_trends: MarketTrendsResult,
  market_competitors: MarketCompetitorsResult,
  market_report: MarketReportResult,
  inventory_search: InventorySearchResult,
  inventory_adjust: InventoryAdjustResult,
  inventory_analyze_image: InventoryAnalyzeImageResult,
  expenses_list: ExpensesListResult,
  expenses_add: ExpensesAddResult,
  expenses_scan_receipt: ExpensesScanReceiptResult,
  marketing_generate_content: MarketingGenerateContentResult,
  marketing_audience_insights: MarketingAudienceInsightsResult,
  marketing_campaigns: MarketingCampaignsResult,
  feedback_submit: FeedbackSubmitResult,
  sales_record: SalesRecordResult,
  sales_daily_total: SalesDailyTotalResult,
  sales_list: SalesListResult,
  products_add: ProductsAddResult,
  customers_credit: CustomersCreditResult,
  customers_payment: CustomersPaymentResult,
  customers_credit_add: CustomersCreditAddResult,
} as const satisfies Record<string, z.ZodType>;

export type ResultToolName = keyof typeof TOOL_RESULTS;
export type ToolResultData<N extends ResultToolName> = z.infer<(typeof TOOL_RESULTS)[N]>;

/** The result of `tool` parsed with its schema, or null when the tool has no schema or the result does not match it. */
export function parseToolResult<N extends ResultToolName>(tool: N, result: unknown): ToolResultData<N> | null;
export function parseToolResult(tool: string, result: unknown): unknown;
export function parseToolResult(tool: string, result: unknown): unknown {
  const schema = (TOOL_RESULTS as Record<string, z.ZodType>)[tool];
  if (!schema) return null;
  const parsed = schema.safeParse(result);
  return parsed.success ? parsed.data : null;
}
