import type { ToolDefinition } from './types';
import { dashboardStatsTool } from './dashboard-stats/dashboard-stats.tool';
import { dashboardInsightsTool } from './dashboard-insights/dashboard-insights.tool';
import { dashboardAlertsTool } from './dashboard-alerts/dashboard-alerts.tool';
import { marketTrendsTool } from './market-trends/market-trends.tool';
import { marketCompetitorsTool } from './market-competitors/market-competitors.tool';
import { marketReportTool } from './market-report/market-report.tool';
import { inventorySearchTool } from './inventory-search/inventory-search.tool';
import { inventoryAdjustTool } from './inventory-adjust/inventory-adjust.tool';
import { inventoryAnalyzeImageTool } from './inventory-analyze-image/inventory-analyze-image.tool';
import { expensesListTool } from './expenses-list/expenses-list.tool';
import { expensesAddTool } from './expenses-add/expenses-add.tool';
import { expensesScanReceiptTool } from './expenses-scan-receipt/expenses-scan-receipt.tool';
import { marketingGenerateContentTool } from './marketing-generate-content/marketing-generate-content.tool';
import { marketingAudienceInsightsTool } from './marketing-audience-insights/marketing-audience-insights.tool';
import { marketingCampaignsTool } from './marketing-campaigns/marketing-campaigns.tool';
import { feedbackSubmitTool } from './feedback-submit/feedback-submit.tool';
import { salesRecordTool } from './sales-record/sales-record.tool';
import { salesDailyTotalTool } from './sales-daily-total/sales-daily-total.tool';
import { salesListTool } from './sales-list/sales-list.tool';
import { productsAddTool } from './products-add/products-add.tool';
import { customersCreditTool } from './customers-credit/customers-credit.tool';
import { customersPaymentTool } from './customers-payment/customers-payment.tool';
import { customersCreditAddTool } from './customers-credit-add/customers-credit-add.tool';

export * from './types';
export type * from './slots';
export * from './services';
export { toToolError, UNEXPECTED } from './tool-kit';
// Figures in the offline model's own answers are written like the tools write theirs.
export { formatMoney, formatNumber } from './format';
export { NO_SALES_YET } from './first-run';
export { countReason } from './inventory-adjust/count-reason';
export * from './common/common.schema';
export * from './conversation-intents';
export * from './dashboard-stats/dashboard-stats.schema';
export * from './dashboard-insights/dashboard-insights.schema';
export * from './dashboard-alerts/dashboard-alerts.schema';
export * from './market-trends/market-trends.schema';
export * from './market-competitors/market-competitors.schema';
export * from './market-report/market-report.schema';
export * from './inventory-search/inventory-search.schema';
export * from './inventory-adjust/inventory-adjust.schema';
export * from './inventory-analyze-image/inventory-analyze-image.schema';
export * from './expenses-list/expenses-list.schema';
export * from './expenses-add/expenses-add.schema';
export * from './expenses-scan-receipt/expenses-scan-receipt.schema';
export * from './marketing-generate-content/marketing-generate-content.schema';
export * from './marketing-audience-insights/marketing-audience-insights.schema';
export * from './marketing-campaigns/marketing-campaigns.schema';
export * from './feedback-submit/feedback-submit.schema';
export * from './sales-record/sales-record.schema';
export * from './sales-daily-total/sales-daily-total.schema';
export * from './sales-list/sales-list.schema';
export * from './products-add/products-add.schema';
export * from './customers-credit/customers-credit.schema';
export * from './customers-payment/customers-payment.schema';
export * from './customers-credit-add/customers-credit-add.schema';
export { dashboardStatsTool };
export { dashboardInsightsTool };
export { dashboardAlertsTool };
export { marketTrendsTool };
export { marketCompetitorsTool };
export { marketReportTool };
export { inventorySearchTool };
export { inventoryAdjustTool };
export { inventoryAnalyzeImageTool };
export { expensesListTool };
export { expensesAddTool };
export { expensesScanReceiptTool };
export { marketingGenerateContentTool };
export { marketingAudienceInsightsTool };
export { marketingCampaignsTool };
export { feedbackSubmitTool };
export { salesRecordTool };
export { salesDailyTotalTool };
export { salesListTool };
export { productsAddTool };
export { customersCreditTool };
export { customersPaymentTool };
export { customersCreditAddTool };

/** The registry: every tool of the contract, in one explicit list. */
export const TOOLS = [
  dashboardStatsTool,
  dashboardInsightsTool,
  dashboardAlertsTool,
  marketTrendsTool,
  marketCompetitorsTool,
  marketReportTool,
  inventorySearchTool,
  inventoryAdjustTool,
  inventoryAnalyzeImageTool,
  expensesListTool,
  expensesAddTool,
  expensesScanReceiptTool,
  marketingGenerateContentTool,
  marketingAudienceInsightsTool,
  marketingCampaignsTool,
  feedbackSubmitTool,
  salesRecordTool,
  salesDailyTotalTool,
  salesListTool,
  productsAddTool,
  customersCreditTool,
  customersPaymentTool,
  customersCreditAddTool,
] as const satisfies readonly ToolDefinition[];

export type ToolName = (typeof TOOLS)[number]['name'];

export const TOOL_NAMES: readonly string[] = TOOLS.map((t) => t.name);

export function getTool(name: string): ToolDefinition | undefined {
  return (TOOLS as readonly ToolDefinition[]).find((t) => t.name === name);
}
