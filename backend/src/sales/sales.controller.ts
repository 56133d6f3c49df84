import { PAYMENT_METHODS } from '@tajer/contract';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { PERIODS } from '@tajer/contract';
import { Access, CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { DailyTotalsService } from './daily-totals.service';
import { IdempotencyKey } from '../common/http/idempotency-key';
import { RefundsService } from './refunds.service';
import { DAILY_TOTAL_EXAMPLE, RECORD_EXAMPLE, REFUND_EXAMPLE, SALE_EXAMPLE, SALES_PAGE_EXAMPLE } from './sales.examples';
import {
  DailyTotalDto,
  DailyTotalSchema,
  ListSalesQuery,
  ListSalesQuerySchema,
  RecordSaleDto,
  RecordSaleSchema,
  RefundDto,
  RefundSchema,
} from './sales.schemas';
import { SalesService } from './sales.service';

const uuid = () => new ParseUUIDPipe();
const KEY_HEADER = {
  name: 'Idempotency-Key',
  required: true,
  description:
    'A unique string per sale (8–200 printable characters, e.g. a UUID or the till receipt id). Sending it again returns the same sale.',
};

/** A replayed request answers 200 (not 201) with `Idempotent-Replayed: true`, and the same body as the first time. */
function replied<T extends { replayed: boolean }>(res: Response, result: T) {
  res.status(result.replayed ? 200 : 201);
  if (result.replayed) res.header('Idempotent-Replayed', 'true');
  return result;
}

@ApiTags('sales')
@ApiBearerAuth()
@Controller('sales')
export class SalesController {
  constructor(
    private readonly sales: SalesService,
    private readonly refunds: RefundsService,
    private readonly dailyTotals: DailyTotalsService,
  ) {}

  @Post()
  @Access('sales.record')
  @ApiOperation({
    summary: 'Record a sale (idempotent with the Idempotency-Key header)',
    description:
      "Each line names its product by productId, sku or barcode; the price defaults to the catalogue's. Total, cost and margin are " +
      'stored, and the stock goes down in the same transaction (a stock movement linked to the sale). A sale is a fact: it is never ' +
      'refused for want of recorded stock — the stock goes below zero, `warnings` says so and the dashboard raises a `negative_stock` ' +
      "alert until the shelf is counted. `credit` adds the total to the customer's balance (customerId required). The same key again " +
      '(even concurrently) returns the same sale with 200 and `Idempotent-Replayed: true`; the same key with a different body is 422 ' +
      'IDEMPOTENCY_KEY_REUSED. Roles: OWNER and STAFF.',
  })
  @ApiHeader(KEY_HEADER)
  @ApiBody({ schema: openApi(RecordSaleSchema, RECORD_EXAMPLE) })
  @ApiOkResponse({ schema: { example: { sale: SALE_EXAMPLE, replayed: false } } })
  async record(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @IdempotencyKey() key: string,
    @Body(zod(RecordSaleSchema)) dto: RecordSaleDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return replied(res, await this.sales.recordSale(tenantId, dto, { idempotencyKey: key, source: 'api', userId: p.userId }));
  }

  @Get()
  @Access('sales.read')
  @ApiOperation({ summary: 'Sales, refunds and daily totals, newest first, with the totals of everything the filters select' })
  @ApiQuery({ name: 'period', required: false, enum: PERIODS })
  @ApiQuery({ name: 'from', required: false, example: '2026-11-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-11-18' })
  @ApiQuery({ name: 'customerId', required: false })
  @ApiQuery({ name: 'paymentMethod', required: false, enum: [...PAYMENT_METHODS] })
  @ApiQuery({ name: 'productId', required: false })
  @ApiQuery({ name: 'kind', required: false, enum: ['sale', 'refund', 'daily_total'] })
  @ApiQuery({ name: 'includeLines', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiOkResponse({ schema: { example: SALES_PAGE_EXAMPLE } })
  list(@TenantId() tenantId: string, @Query(zod(ListSalesQuerySchema)) q: ListSalesQuery) {
    return this.sales.listSales(tenantId, q);
  }

  @Post('daily-total')
  @HttpCode(200)
  @Access('sales.record')
  @ApiOperation({
    summary: "Declare a day's takings without lines (« la recette d'aujourd'hui c'est 45 000 DA »)",
    description:
      'One declaration per local day: declaring again replaces it (so a retry changes nothing). The declaration is the whole day: what ' +
      "the day's itemised sales already explain is not counted twice (stored total = declared − itemised, never below 0, kept up to date " +
      'as sales of that day are recorded). Counted in revenue, never in margin (cost unknown). Roles: OWNER and STAFF.',
  })
  @ApiBody({ schema: openApi(DailyTotalSchema, { amount: 45000, date: '2026-11-18' }) })
  @ApiOkResponse({ schema: { example: { sale: DAILY_TOTAL_EXAMPLE, replaced: false } } })
  async dailyTotal(@CurrentPrincipal() p: Principal, @TenantId() tenantId: string, @Body(zod(DailyTotalSchema)) dto: DailyTotalDto) {
    const { sale, preview, replaced } = await this.dailyTotals.recordDailyTotal(tenantId, dto, { source: 'api', userId: p.userId });
    return { sale, replaced, alreadyRecorded: preview.alreadyRecorded, warnings: preview.warnings };
  }

  @Get(':id')
  @Access('sales.read')
  @ApiOperation({ summary: 'One sale, refund or daily total, with its lines, refunds and stock movements' })
  @ApiOkResponse({ schema: { example: SALE_EXAMPLE } })
  get(@TenantId() tenantId: string, @Param('id', uuid()) id: string) {
    return this.sales.getSale(tenantId, id);
  }

  @Post(':id/refund')
  @Access('sales.refund')
  @ApiOperation({
    summary: 'Refund a sale, whole or given lines (idempotent with the Idempotency-Key header)',
    description:
      'A refund is a row of its own (negative amounts) linked to the sale; the goods go back on the shelf; a refund of a credit sale ' +
      'lowers what the customer owes. More than what remains of a line is refused (422, nothing written). Role: OWNER.',
  })
  @ApiHeader(KEY_HEADER)
  @ApiBody({ schema: openApi(RefundSchema, REFUND_EXAMPLE) })
  @ApiOkResponse({
    schema: { example: { sale: { ...SALE_EXAMPLE, kind: 'refund', total: -100, refundOf: SALE_EXAMPLE.id }, replayed: false } },
  })
  async refund(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @Param('id', uuid()) id: string,
    @IdempotencyKey() key: string,
    @Body(zod(RefundSchema)) dto: RefundDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    return replied(res, await this.refunds.refund(tenantId, id, dto, { idempotencyKey: key, source: 'api', userId: p.userId }));
  }
}
