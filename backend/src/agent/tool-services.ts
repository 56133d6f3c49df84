import type { FactoryProvider, Type } from '@nestjs/common';
import type { ToolServices } from '@tajer/tools';
import { DashboardService } from '../dashboard/dashboard.service';
import { ExpensesService } from '../expenses/expenses.service';
import { FeedbackService } from '../feedback/feedback.service';
import { InventoryService } from '../inventory/inventory.service';
import { MarketCompetitorsService } from '../market/market-competitors.service';
import { MarketReportService } from '../market/market-report.service';
import { MarketTrendsService } from '../market/market-trends.service';
import { AudienceService } from '../marketing/audience/audience.service';
import { CampaignsService } from '../marketing/campaigns/campaigns.service';
import { ContentService } from '../marketing/content/content.service';
import { CreditService } from '../customers/credit.service';
import { CustomersService } from '../customers/customers.service';
import { ProductsService } from '../inventory/products.service';
import { DailyTotalsService } from '../sales/daily-totals.service';
import { SalePreviewService } from '../sales/sale-preview.service';
import { SalesService } from '../sales/sales.service';

/**
 * The business services handed to tools as `ctx.services`. Tools never touch Prisma: they call these.
 * Injected like any provider (AgentModule imports the feature modules that export them), so the dependency graph is
 * the one Nest sees. Keys are the tools' ports (tools/src/services.ts).
 */
/** Ports every host must provide; the optional ones (sales, customers…) may be missing in a host without a ledger. */
type RequiredPort = { [K in keyof ToolServices]-?: undefined extends ToolServices[K] ? never : K }[keyof ToolServices];

export const TOOL_SERVICE_CLASSES: Record<RequiredPort, Type<unknown>> & Partial<Record<keyof ToolServices, Type<unknown>>> = {
  inventory: InventoryService,
  dashboard: DashboardService,
  marketTrends: MarketTrendsService,
  marketCompetitors: MarketCompetitorsService,
  marketReport: MarketReportService,
  expenses: ExpensesService,
  marketingContent: ContentService,
  marketingAudience: AudienceService,
  marketingCampaigns: CampaignsService,
  feedback: FeedbackService,
  sales: SalesService,
  salePreview: SalePreviewService,
  dailyTotals: DailyTotalsService,
  customers: CustomersService,
  credit: CreditService,
  products: ProductsService,
};

/**
 * Compile-time check that each service fits the port its tools were written against (a renamed method or a changed
 * result shape fails `tsc` here instead of failing a tool call at run time).
 */
type Fits<Port, Service extends Port> = Service;
export type ToolServicesFit = [
  Fits<ToolServices['inventory'], InventoryService>,
  Fits<ToolServices['dashboard'], DashboardService>,
  Fits<ToolServices['marketTrends'], MarketTrendsService>,
  Fits<ToolServices['marketCompetitors'], MarketCompetitorsService>,
  Fits<ToolServices['marketReport'], MarketReportService>,
  Fits<ToolServices['expenses'], ExpensesService>,
  Fits<ToolServices['marketingContent'], ContentService>,
  Fits<ToolServices['marketingAudience'], AudienceService>,
  Fits<ToolServices['marketingCampaigns'], CampaignsService>,
  Fits<ToolServices['feedback'], FeedbackService>,
  Fits<NonNullable<ToolServices['sales']>, SalesService>,
  Fits<NonNullable<ToolServices['salePreview']>, SalePreviewService>,
  Fits<NonNullable<ToolServices['dailyTotals']>, DailyTotalsService>,
  Fits<NonNullable<ToolServices['customers']>, CustomersService>,
  Fits<NonNullable<ToolServices['credit']>, CreditService>,
  Fits<NonNullable<ToolServices['products']>, ProductsService>,
];

const PORTS = Object.entries(TOOL_SERVICE_CLASSES) as [keyof ToolServices, Type<unknown>][];

/** `ctx.services` for the tools: each port's service, injected by class. */
export function toolServicesProvider(token: string | symbol): FactoryProvider {
  return {
    provide: token,
    inject: PORTS.map(([, service]) => service),
    useFactory: (...services: unknown[]) => Object.fromEntries(PORTS.map(([port], i) => [port, services[i]])),
  };
}
