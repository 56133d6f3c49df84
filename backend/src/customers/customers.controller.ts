import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ImportQuerySchema, type ImportQuery } from '../imports/import-report';
import { ApiTableImport, TableUploadInterceptor, UploadedTable, type UploadedTableFile } from '../imports/table-upload';
import { CustomerImportService } from './customer-import.service';
import type { FastifyReply as Response } from 'fastify';
import { Access, CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { RequestId } from '../common/http/request-id.decorator';
import { IdempotencyKey } from '../common/http/idempotency-key';
import { CreditService } from './credit.service';
import { CREDIT_EXAMPLE, CUSTOMER_EXAMPLE, PAYMENT_EXAMPLE } from './customers.examples';
import {
  CreateCustomerDto,
  CreateCustomerSchema,
  CreditQuerySchema,
  ListCustomersQuery,
  ListCustomersQuerySchema,
  PaymentDto,
  PaymentSchema,
  UpdateCustomerDto,
  UpdateCustomerSchema,
} from './customers.schemas';
import { CustomersService } from './customers.service';

const uuid = () => new ParseUUIDPipe();

@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly customers: CustomersService,
    private readonly credit: CreditService,
    private readonly imports: CustomerImportService,
  ) {}

  @Post('import')
  @HttpCode(200)
  @Access('customers.manage')
  @UseInterceptors(TableUploadInterceptor)
  @ApiOperation({
    summary: 'Import customers (CSV or XLSX), with what each owed in the notebook: preview with dryRun=true, then import',
    description:
      "Columns (fr/ar/en): nom/name/الاسم, téléphone/phone/الهاتف, email, wilaya, tranche d'âge, canal, reste dû/dette/الدين (owed before " +
      'Tajer), plafond de crédit. A row matches an existing customer by phone digits, then by exact name; empty cells keep the current ' +
      'value; a new "owed" figure moves the balance by the difference. Same conventions as the catalogue import. Role: OWNER.',
  })
  @ApiTableImport()
  importFile(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @UploadedTable() file: UploadedTableFile,
    @Query(zod(ImportQuerySchema)) q: ImportQuery,
  ) {
    return this.imports.importFile(tenantId, file, q, { userId: p.userId, requestId });
  }

  @Get()
  @Access('customers.read')
  @ApiOperation({ summary: 'Customers by name, with what each owes' })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({ name: 'owing', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiOkResponse({ schema: { example: { items: [CUSTOMER_EXAMPLE], total: 1, page: 1, pageSize: 20, pageCount: 1 } } })
  list(@TenantId() tenantId: string, @Query(zod(ListCustomersQuerySchema)) q: ListCustomersQuery) {
    return this.customers.list(tenantId, q);
  }

  @Get('credit')
  @Access('customers.read')
  @ApiOperation({ summary: 'Who owes what (« le carnet »), with the oldest unpaid purchase, most overdue first' })
  @ApiQuery({ name: 'olderThanDays', required: false, type: Number })
  @ApiOkResponse({ schema: { example: CREDIT_EXAMPLE } })
  creditList(@TenantId() tenantId: string, @Query(zod(CreditQuerySchema)) q: { olderThanDays?: number }) {
    return this.credit.summary(tenantId, q);
  }

  @Post()
  @Access('customers.edit')
  @ApiOperation({ summary: 'Add a customer (optionally with what they already owe from the notebook)' })
  @ApiBody({
    schema: openApi(CreateCustomerSchema, {
      name: 'Ahmed Benali',
      phone: '0555 12 34 56',
      wilaya: 'Alger',
      openingBalance: 1200,
      creditLimit: 10000,
    }),
  })
  @ApiOkResponse({ schema: { example: CUSTOMER_EXAMPLE } })
  create(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @Body(zod(CreateCustomerSchema)) dto: CreateCustomerDto,
  ) {
    return this.customers.create(tenantId, dto, { userId: p.userId, requestId });
  }

  @Get(':id')
  @Access('customers.read')
  @ApiOperation({ summary: 'One customer' })
  @ApiOkResponse({ schema: { example: CUSTOMER_EXAMPLE } })
  get(@TenantId() tenantId: string, @Param('id', uuid()) id: string) {
    return this.customers.get(tenantId, id);
  }

  @Patch(':id')
  @Access('customers.edit')
  @ApiOperation({ summary: "Update a customer's details (the balance only changes through sales and payments)" })
  @ApiBody({ schema: openApi(UpdateCustomerSchema, { phone: '0661 22 33 44', creditLimit: 15000 }) })
  @ApiOkResponse({ schema: { example: CUSTOMER_EXAMPLE } })
  update(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @Param('id', uuid()) id: string,
    @Body(zod(UpdateCustomerSchema)) dto: UpdateCustomerDto,
  ) {
    return this.customers.update(tenantId, id, dto, { userId: p.userId, requestId });
  }

  @Delete(':id')
  @Access('customers.manage')
  @ApiOperation({ summary: 'Remove a customer (archived: their sales stay); 409 while they owe or are owed anything. Role: OWNER.' })
  @ApiOkResponse({ schema: { example: { id: CUSTOMER_EXAMPLE.id, deleted: true } } })
  remove(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @Param('id', uuid()) id: string,
  ) {
    return this.customers.remove(tenantId, id, { userId: p.userId, requestId });
  }

  @Get(':id/credit')
  @Access('customers.read')
  @ApiOperation({ summary: "A customer's balance and credit history (opening balance, credit sales and refunds, payments), newest first" })
  customerCredit(@TenantId() tenantId: string, @Param('id', uuid()) id: string) {
    return this.credit.customerCredit(tenantId, id);
  }

  @Post(':id/payments')
  @Access('customers.payment')
  @ApiOperation({
    summary: 'Record a payment that lowers what the customer owes',
    description:
      'Refused (422) when it exceeds what is owed, unless `advance: true` (the balance then goes negative: an advance used by later ' +
      'credit sales). Optional Idempotency-Key header: the same key returns the first payment. Roles: OWNER and STAFF.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: openApi(PaymentSchema, { amount: 2000, method: 'cash' }) })
  @ApiOkResponse({ schema: { example: PAYMENT_EXAMPLE } })
  async pay(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @Param('id', uuid()) id: string,
    @IdempotencyKey({ optional: true }) key: string | null,
    @Body(zod(PaymentSchema)) dto: PaymentDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.credit.recordPayment(tenantId, id, dto, { idempotencyKey: key, source: 'api', userId: p.userId, requestId });
    res.status(result.replayed ? 200 : 201);
    return result;
  }
}
