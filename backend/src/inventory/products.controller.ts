import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Access, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { CREATE_EXAMPLE, ITEM_EXAMPLE, MOVEMENTS_PAGE_EXAMPLE, SEARCH_EXAMPLE } from './inventory.examples';
import {
  CreateProductDto,
  CreateProductSchema,
  ListProductsQuery,
  ListProductsQuerySchema,
  MovementsQuery,
  MovementsQuerySchema,
  UpdateProductDto,
  UpdateProductSchema,
} from './inventory.schemas';
import { ProductsService } from './products.service';
import { RequestId } from '../common/http/request-id.decorator';
import { StockMovementsService } from './stock-movements.service';

const uuid = () => new ParseUUIDPipe();

@ApiTags('inventory')
@ApiBearerAuth()
@Access('inventory.read')
@Controller('inventory/products')
export class ProductsController {
  constructor(
    private readonly products: ProductsService,
    private readonly movements: StockMovementsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List products (same filters as the inventory search, plus deleted ones on request)' })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({ name: 'lowStockOnly', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'category', required: false })
  @ApiQuery({ name: 'includeInactive', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiOkResponse({ schema: { example: SEARCH_EXAMPLE } })
  list(@TenantId() tenantId: string, @Query(zod(ListProductsQuerySchema)) q: ListProductsQuery) {
    return this.products.list(tenantId, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One product' })
  @ApiOkResponse({ schema: { example: ITEM_EXAMPLE } })
  get(@TenantId() tenantId: string, @Param('id', uuid()) id: string) {
    return this.products.get(tenantId, id);
  }

  @Post()
  @Access('catalogue.edit')
  @ApiOperation({ summary: 'Create a product (409 if the SKU is taken); an initial stock is recorded as a movement' })
  @ApiBody({ schema: openApi(CreateProductSchema, CREATE_EXAMPLE) })
  @ApiOkResponse({ schema: { example: ITEM_EXAMPLE } })
  create(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @Body(zod(CreateProductSchema)) dto: CreateProductDto,
  ) {
    return this.products.create(tenantId, dto, { userId: p.userId, requestId });
  }

  @Patch(':id')
  @Access('catalogue.edit')
  @ApiOperation({ summary: 'Update a product (stock changes go through POST /api/inventory/movements)' })
  @ApiBody({ schema: openApi(UpdateProductSchema, { price: 1300, reorderThreshold: 25 }) })
  @ApiOkResponse({ schema: { example: ITEM_EXAMPLE } })
  update(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @Param('id', uuid()) id: string,
    @Body(zod(UpdateProductSchema)) dto: UpdateProductDto,
  ) {
    return this.products.update(tenantId, id, dto, { userId: p.userId, requestId });
  }

  @Delete(':id')
  @Access('catalogue.edit')
  @ApiOperation({ summary: 'Delete a product (soft: it becomes inactive, its history stays)' })
  @ApiOkResponse({ schema: { example: { id: ITEM_EXAMPLE.id, active: false, sku: 'EPI-001', names: ITEM_EXAMPLE.names } } })
  remove(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @Param('id', uuid()) id: string,
  ) {
    return this.products.remove(tenantId, id, { userId: p.userId, requestId });
  }

  @Get(':id/movements')
  @ApiOperation({ summary: "A product's stock movements, newest first" })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiOkResponse({ schema: { example: MOVEMENTS_PAGE_EXAMPLE } })
  movementsOf(@TenantId() tenantId: string, @Param('id', uuid()) id: string, @Query(zod(MovementsQuerySchema)) q: MovementsQuery) {
    return this.movements.listMovements(tenantId, id, q.page, q.pageSize);
  }
}
