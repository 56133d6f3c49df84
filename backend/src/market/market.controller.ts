import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Access, CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { PERIODS } from '../common/time/period';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { COMPETITORS_EXAMPLE, REPORT_EXAMPLE, TRENDS_EXAMPLE } from './market.examples';
import { MarketCompetitorsService } from './market-competitors.service';
import { MarketReportService } from './market-report.service';
import { MarketTrendsService } from './market-trends.service';
import {
  CompetitorsQuery,
  CompetitorsQuerySchema,
  CreateReportDto,
  CreateReportSchema,
  TrendsQuery,
  TrendsQuerySchema,
} from './market.schemas';

@ApiTags('market')
@ApiBearerAuth()
@Access('market')
@Controller('market')
export class MarketController {
  constructor(
    private readonly trendsService: MarketTrendsService,
    private readonly competitorsService: MarketCompetitorsService,
    private readonly reports: MarketReportService,
  ) {}

  @Get('trends')
  @ApiOperation({ summary: "Category growth vs the previous period, 12-month seasonality and top movers, from the business's own sales" })
  @ApiQuery({ name: 'category', required: false, example: 'boissons', description: 'Narrow to one category (any language)' })
  @ApiQuery({ name: 'period', required: false, enum: PERIODS, description: 'Calendar period to date (default quarter)' })
  @ApiOkResponse({ schema: { example: TRENDS_EXAMPLE } })
  trends(@TenantId() tenantId: string, @Query(zod(TrendsQuerySchema)) query: TrendsQuery) {
    return this.trendsService.trends(tenantId, query);
  }

  @Get('competitors')
  @ApiOperation({ summary: "Our prices vs each competitor's latest price, with the price index (ours / competitors' average × 100)" })
  @ApiQuery({
    name: 'product',
    required: false,
    example: 'huile',
    description: 'Product name in any language (fuzzy); all products when omitted',
  })
  @ApiOkResponse({ schema: { example: COMPETITORS_EXAMPLE } })
  competitors(@TenantId() tenantId: string, @Query(zod(CompetitorsQuerySchema)) query: CompetitorsQuery) {
    return this.competitorsService.competitors(tenantId, query);
  }

  @Post('report')
  @ApiOperation({
    summary: 'Build and store a market report (sections, figures, chart data) in the requested language; the PDF is at pdfUrl',
  })
  @ApiBody({ schema: openApi(CreateReportSchema, { topic: 'boissons', period: 'quarter', language: 'fr' }) })
  @ApiCreatedResponse({ schema: { example: REPORT_EXAMPLE } })
  createReport(
    @CurrentPrincipal() principal: Principal,
    @TenantId() tenantId: string,
    @Body(zod(CreateReportSchema)) dto: CreateReportDto,
  ) {
    return this.reports.create(tenantId, principal.userId, dto);
  }

  // One route for "<id>" (JSON) and "<id>.pdf": a ".pdf" suffix in a route pattern is not portable across routers.
  @Get('reports/:file')
  @ApiOperation({ summary: 'A stored report: `/market/reports/{id}.pdf` for the PDF (charts drawn), `/market/reports/{id}` for JSON' })
  @ApiParam({ name: 'file', example: '6f1c2a4e-8d3b-4c55-9a0e-2b7f4d1e9c10.pdf' })
  @ApiProduces('application/pdf', 'application/json')
  @ApiOkResponse({ description: 'The PDF (application/pdf) or the report JSON' })
  async report(@TenantId() tenantId: string, @Param('file') file: string) {
    if (!file.endsWith('.pdf')) return this.reports.get(tenantId, file);
    const { filename, pdf } = await this.reports.pdf(tenantId, file.slice(0, -4));
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"`, length: pdf.length });
  }
}
