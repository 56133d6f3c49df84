import { Body, Controller, Get, HttpCode, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ImageUploadInterceptor, UploadedImage, type UploadedImageFile } from '../attachments/image-upload';
import { Access, CurrentPrincipal, TenantId } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { ImageAnalysisService } from './analysis/image-analysis.service';
import { ANALYSIS_EXAMPLE, MOVEMENT_EXAMPLE, SEARCH_EXAMPLE } from './inventory.examples';
import {
  AnalyzeImageDto,
  AnalyzeImageSchema,
  SearchInventoryQuery,
  SearchInventoryQuerySchema,
  StockMovementDto,
  StockMovementSchema,
} from './inventory.schemas';
import { InventoryService } from './inventory.service';
import { RequestId } from '../common/http/request-id.decorator';

@ApiTags('inventory')
@ApiBearerAuth()
@Access('inventory.read')
@Controller('inventory')
export class InventoryController {
  constructor(
    private readonly inventory: InventoryService,
    private readonly images: ImageAnalysisService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Search the inventory (fr/ar/en names, SKU, barcode; tolerant to accents, typos and Arabic diacritics), ranked by relevance',
  })
  @ApiQuery({ name: 'q', required: false, example: 'semole' })
  @ApiQuery({ name: 'lowStockOnly', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'category', required: false, example: 'épicerie' })
  @ApiQuery({ name: 'page', required: false, example: 1 })
  @ApiQuery({ name: 'pageSize', required: false, example: 20 })
  @ApiOkResponse({ schema: { example: SEARCH_EXAMPLE } })
  search(@TenantId() tenantId: string, @Query(zod(SearchInventoryQuerySchema)) q: SearchInventoryQuery) {
    return this.inventory.search(tenantId, {
      query: q.q,
      lowStockOnly: q.lowStockOnly,
      category: q.category,
      page: q.page,
      pageSize: q.pageSize,
    });
  }

  @Post('movements')
  @Access('inventory.adjust')
  @ApiOperation({ summary: 'Record a stock movement (+ received, − removed); 409 INSUFFICIENT_STOCK if the stock would go below zero' })
  @ApiBody({ schema: openApi(StockMovementSchema, { sku: 'EPI-001', quantity: 30, reason: 'livraison SIM' }) })
  @ApiOkResponse({ schema: { example: MOVEMENT_EXAMPLE } })
  move(
    @CurrentPrincipal() principal: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @Body(zod(StockMovementSchema)) dto: StockMovementDto,
  ) {
    return this.inventory.applyMovement(tenantId, { ...dto, userId: principal.userId, requestId });
  }

  @Post('analyze-image')
  @HttpCode(200)
  @UseInterceptors(ImageUploadInterceptor)
  @ApiOperation({
    summary: 'Recognise products in a photo: barcodes/QR codes (EAN, SKU) and label text (OCR). Multipart `file`, or JSON { attachmentId }',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    schema: { oneOf: [{ type: 'object', properties: { file: { type: 'string', format: 'binary' } } }, openApi(AnalyzeImageSchema)] },
  })
  @ApiOkResponse({ schema: { example: ANALYSIS_EXAMPLE } })
  analyze(
    @TenantId() tenantId: string,
    @UploadedImage({ optional: true }) file: UploadedImageFile | undefined,
    @Body(zod(AnalyzeImageSchema)) dto: AnalyzeImageDto,
  ) {
    return this.images.analyzeRequest(tenantId, { buffer: file?.buffer, attachmentId: dto.attachmentId });
  }
}
