import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, TenantId } from '../auth/auth.decorators';
import { PERIODS } from '../common/time/period';
import { zod } from '../common/validation/zod-validation.pipe';
import {
  ALERTS_EXAMPLE,
  BEST_SELLERS_EXAMPLE,
  BUSY_TIMES_EXAMPLE,
  INSIGHTS_EXAMPLE,
  SLOW_SELLERS_EXAMPLE,
  STATS_EXAMPLE,
} from './dashboard.examples';
import {
  AlertsQuery,
  AlertsQuerySchema,
  BestSellersQuery,
  BestSellersQuerySchema,
  InsightsQuerySchema,
  StatsQuery,
  StatsQuerySchema,
} from './dashboard.schemas';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@ApiBearerAuth()
@Access('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly service: DashboardService) {}

  @Get('stats')
  @ApiOperation({ summary: 'Key figures for a period to date, each with the previous period at the same point and the change' })
  @ApiQuery({ name: 'period', required: false, enum: PERIODS, description: 'Calendar period to date (default month)' })
  @ApiOkResponse({ schema: { example: STATS_EXAMPLE } })
  stats(@TenantId() tenantId: string, @Query(zod(StatsQuerySchema)) query: StatsQuery) {
    return this.service.stats(tenantId, query.period);
  }

  @Get('insights')
  @ApiOperation({ summary: 'Findings computed from the data: best sellers, decliners, margin outliers, expense spikes, stock cover' })
  @ApiOkResponse({ schema: { example: INSIGHTS_EXAMPLE } })
  insights(@TenantId() tenantId: string, @Query(zod(InsightsQuerySchema)) _query: unknown) {
    return this.service.insights(tenantId);
  }

  @Get('best-sellers')
  @ApiOperation({ summary: 'Best sellers of a calendar period to date, by revenue and by units (from the sale lines)' })
  @ApiQuery({ name: 'period', required: false, enum: PERIODS, description: 'Calendar period to date (default month)' })
  @ApiQuery({ name: 'limit', required: false, type: Number, example: 5, description: 'Products per ranking (1–50, default 5)' })
  @ApiQuery({
    name: 'productId',
    required: false,
    type: String,
    description: "One product's line (its rank among all) and its margin (`productMargin`); 404 if it is not this business's",
  })
  @ApiOkResponse({ schema: { example: BEST_SELLERS_EXAMPLE } })
  bestSellers(@TenantId() tenantId: string, @Query(zod(BestSellersQuerySchema)) query: BestSellersQuery) {
    return this.service.bestSellers(tenantId, query.period, {
      limit: query.limit,
      ...(query.productId ? { productId: query.productId } : {}),
    });
  }

  @Get('slow-sellers')
  @ApiOperation({
    summary:
      'Products in stock that sold least over the last 30 days, nothing sold first (products added since are counted in `recent`, not ranked)',
  })
  @ApiOkResponse({ schema: { example: SLOW_SELLERS_EXAMPLE } })
  slowSellers(@TenantId() tenantId: string, @Query(zod(InsightsQuerySchema)) _query: unknown) {
    return this.service.slowSellers(tenantId);
  }

  @Get('busy-times')
  @ApiOperation({
    summary:
      'The best and quietest weekdays (average takings over the last 8 whole weeks), the peak and quiet two-hour blocks (share of tickets) and every weekday’s average',
  })
  @ApiOkResponse({ schema: { example: BUSY_TIMES_EXAMPLE } })
  busyTimes(@TenantId() tenantId: string, @Query(zod(InsightsQuerySchema)) _query: unknown) {
    return this.service.busyTimes(tenantId);
  }

  @Get('alerts')
  @ApiOperation({ summary: 'Alerts ranked by severity: stock-outs (now and soon), unusual expenses, campaigns under target' })
  @ApiQuery({ name: 'days', required: false, type: Number, example: 7, description: 'Horizon for "will run out soon" (1–90, default 7)' })
  @ApiOkResponse({ schema: { example: ALERTS_EXAMPLE } })
  alerts(@TenantId() tenantId: string, @Query(zod(AlertsQuerySchema)) query: AlertsQuery) {
    return this.service.alerts(tenantId, { days: query.days });
  }
}
