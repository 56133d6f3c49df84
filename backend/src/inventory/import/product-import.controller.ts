import { Controller, Get, HttpCode, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply as Response } from 'fastify';
import { z } from 'zod';
import { Access, CurrentPrincipal, TenantId } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { zod } from '../../common/validation/zod-validation.pipe';
import { ImportQuerySchema, type ImportQuery } from '../../imports/import-report';
import { ApiTableImport, TableUploadInterceptor, UploadedTable, type UploadedTableFile } from '../../imports/table-upload';
import { RequestId } from '../../common/http/request-id.decorator';
import { PRODUCT_IMPORT_EXAMPLE } from './product-import.examples';
import { ProductImportService } from './product-import.service';
import { productTemplate } from './product-template';

const TemplateQuerySchema = z
  .object({
    format: z.enum(['csv', 'xlsx']).default('csv').describe('csv (UTF-8, ";" for fr/ar, "," for en) or xlsx'),
    lang: z.enum(['fr', 'ar', 'en']).default('fr').describe('Language of the headers and notes'),
  })
  .strict();

@ApiTags('inventory')
@ApiBearerAuth()
@Controller('inventory/products/import')
export class ProductImportController {
  constructor(private readonly imports: ProductImportService) {}

  @Post()
  @HttpCode(200)
  @Access('catalogue.edit')
  @UseInterceptors(TableUploadInterceptor)
  @ApiOperation({
    summary: 'Import a catalogue (CSV or XLSX): preview with dryRun=true, then import',
    description:
      'Headers in French, Arabic or English are recognised (nom/name/الاسم, prix/price/السعر, code-barres/barcode, stock/quantité, ' +
      "coût/prix d'achat, catégorie, unité, seuil…); numbers as typed in Algeria (1 250,50 · 1.250,50 · 1250.5 · 1 250 DA). " +
      'Rows are matched to existing products by SKU, then barcode (then exact name for rows with neither): filled cells update, ' +
      'empty cells keep the current value; a stock cell is a count (the difference becomes an "inventaire (import)" movement). ' +
      'A new product needs a name and a price. Errors are listed per row and column; unless skipInvalid=true nothing is written when ' +
      'any row is invalid (422 with the report). All rows are written in one transaction. Limits: 10 MB, 20,000 rows, 60 columns, ' +
      'XLSX content 40 MB once decompressed (413 beyond).',
  })
  @ApiTableImport()
  @ApiOkResponse({ schema: { example: PRODUCT_IMPORT_EXAMPLE } })
  @ApiUnprocessableEntityResponse({
    description: 'Some rows are invalid and skipInvalid is not set: nothing written; `details` is the report',
  })
  importFile(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @RequestId() requestId: string | null,
    @UploadedTable() file: UploadedTableFile,
    @Query(zod(ImportQuerySchema)) q: ImportQuery,
  ) {
    return this.imports.importFile(tenantId, file, q, { userId: p.userId, requestId });
  }

  @Get('template')
  @Access('inventory.read')
  @ApiOperation({ summary: 'A catalogue template to fill in (headers in fr, ar or en, with example rows)' })
  @ApiQuery({ name: 'format', required: false, enum: ['csv', 'xlsx'] })
  @ApiQuery({ name: 'lang', required: false, enum: ['fr', 'ar', 'en'] })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async template(
    @TenantId() _tenantId: string,
    @Query(zod(TemplateQuerySchema)) q: z.infer<typeof TemplateQuerySchema>,
    @Res() res: Response,
  ) {
    const file = await productTemplate(q.format, q.lang);
    res
      .code(200)
      .headers({
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName}"`,
        'Content-Length': String(file.body.length),
      })
      .send(file.body);
  }
}
