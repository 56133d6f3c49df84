import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ImageUploadInterceptor, UploadedImage, type UploadedImageFile } from '../attachments/image-upload';
import { PERIODS } from '../common/time/period';
import { openApi, openApiResponse } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { EXPENSE_CATEGORIES } from './expense-categories';
import { EXPENSE_EXAMPLE, LIST_EXAMPLE, PREVIEW_EXAMPLE, SCAN_EXAMPLE } from './expenses.examples';
import { ExpensePageResponse, ExpenseResponse } from '@tajer/contract';
import { ExpensesService } from './expenses.service';
import {
  CreateExpenseDto,
  CreateExpenseSchema,
  ListExpensesDto,
  ListExpensesSchema,
  ScanReceiptDto,
  ScanReceiptSchema,
} from './expenses.schemas';
import { ReceiptScanService } from './receipt-scan.service';

const CREATE_EXAMPLE = {
  amount: 1520,
  category: 'électricité',
  date: '2026-03-14',
  merchant: 'Sonelgaz',
  vatAmount: 242.69,
  description: 'Facture bimestrielle',
};

@ApiTags('expenses')
@ApiBearerAuth()
@Controller('expenses')
export class ExpensesController {
  constructor(
    private readonly expenses: ExpensesService,
    private readonly scans: ReceiptScanService,
  ) {}

  @Get()
  @Access('expenses.read')
  @ApiOperation({ summary: 'Expenses of a period or date range, with totals by category and vs the previous period (owner only)' })
  @ApiQuery({ name: 'period', required: false, enum: PERIODS, description: 'Default: month (unless from/to are given)' })
  @ApiQuery({ name: 'category', required: false, enum: EXPENSE_CATEGORIES, description: 'Synonyms accepted (Sonelgaz, الكهرباء…)' })
  @ApiQuery({ name: 'from', required: false, example: '2026-03-01' })
  @ApiQuery({ name: 'to', required: false, example: '2026-03-31' })
  @ApiQuery({ name: 'page', required: false, type: Number })
  @ApiQuery({ name: 'pageSize', required: false, type: Number })
  @ApiOkResponse({ schema: openApiResponse(ExpensePageResponse, LIST_EXAMPLE) })
  list(@TenantId() tenantId: string, @Query(zod(ListExpensesSchema)) query: ListExpensesDto) {
    return this.expenses.list(tenantId, query);
  }

  @Get(':id')
  @Access('expenses.read')
  @ApiOperation({ summary: 'One expense (with its receipt link when it was scanned)' })
  @ApiOkResponse({ schema: openApiResponse(ExpenseResponse, EXPENSE_EXAMPLE) })
  get(@TenantId() tenantId: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.expenses.get(tenantId, id);
  }

  @Post()
  @Access('expenses.add')
  @ApiOperation({ summary: 'Record an expense (a scanned receipt is attached with attachmentId, once)' })
  @ApiBody({ schema: openApi(CreateExpenseSchema, CREATE_EXAMPLE) })
  @ApiOkResponse({ schema: openApiResponse(ExpenseResponse, EXPENSE_EXAMPLE) })
  create(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal, @Body(zod(CreateExpenseSchema)) dto: CreateExpenseDto) {
    return this.expenses.create(tenantId, principal.userId, dto);
  }

  @Post('preview')
  @HttpCode(200)
  @Access('expenses.add')
  @ApiOperation({ summary: 'Check an expense and see exactly what would be saved, without saving it' })
  @ApiBody({ schema: openApi(CreateExpenseSchema, CREATE_EXAMPLE) })
  @ApiOkResponse({ schema: { example: PREVIEW_EXAMPLE } })
  preview(@TenantId() tenantId: string, @Body(zod(CreateExpenseSchema)) dto: CreateExpenseDto) {
    return this.expenses.previewCreate(tenantId, dto);
  }

  @Post('ocr')
  @Access('expenses.add')
  @UseInterceptors(ImageUploadInterceptor)
  @ApiOperation({
    summary:
      'Read a receipt picture (multipart "file", or JSON {attachmentId}) into a draft expense; nothing is saved until POST /api/expenses',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, attachmentId: { type: 'string', format: 'uuid' } },
    },
  })
  @ApiOkResponse({ schema: { example: SCAN_EXAMPLE } })
  ocr(
    @TenantId() tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @UploadedImage({ optional: true }) file: UploadedImageFile | undefined,
    @Body(zod(ScanReceiptSchema)) body: ScanReceiptDto,
  ) {
    return this.scans.scan(tenantId, principal.userId, { file, attachmentId: body.attachmentId });
  }
}
