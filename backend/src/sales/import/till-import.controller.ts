import { Controller, HttpCode, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Access, CurrentPrincipal, TenantId } from '../../auth/auth.decorators';
import type { Principal } from '../../auth/principal';
import { zod } from '../../common/validation/zod-validation.pipe';
import { ImportQuerySchema, type ImportQuery } from '../../imports/import-report';
import { ApiTableImport, TableUploadInterceptor, UploadedTable, type UploadedTableFile } from '../../imports/table-upload';
import { TILL_FIELDS, type TillField } from './till-import.fields';
import { TillImportService } from './till-import.service';

/** A column's names in the three languages, as the import's report gives them. */
const labelOf = (field: TillField) => TILL_FIELDS.find((f) => f.field === field)!.label;

const EXAMPLE = {
  dryRun: true,
  committed: false,
  file: { format: 'csv', encoding: 'utf-8', rows: 3 },
  columns: [
    { index: 0, header: 'Date', field: 'date', label: labelOf('date') },
    { index: 1, header: 'N° ticket', field: 'receipt', label: labelOf('receipt') },
    { index: 2, header: 'Code barre', field: 'barcode', label: labelOf('barcode') },
    { index: 3, header: 'Qté', field: 'quantity', label: labelOf('quantity') },
    { index: 4, header: 'PU', field: 'unitPrice', label: labelOf('unitPrice') },
  ],
  preview: [
    {
      row: 2,
      receipt: 'T-1042',
      soldAt: '2026-11-17T17:35:00.000Z',
      product: { id: '0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b', sku: 'EPI-003', name: 'Sucre blanc 1kg' },
      quantity: 2,
      unitPrice: 100,
      total: 200,
      paymentMethod: 'cash',
      action: 'create',
    },
  ],
  counts: { rows: 3, valid: 3, invalid: 0, created: 2, updated: 0, unchanged: 0, skipped: 0 },
  receipts: { new: 2, alreadyImported: 0, revenue: 1450 },
  errors: [],
  errorCount: 0,
};

@ApiTags('sales')
@ApiBearerAuth()
@Controller('sales/import')
export class TillImportController {
  constructor(private readonly imports: TillImportService) {}

  @Post()
  @HttpCode(200)
  @Access('sales.import')
  @UseInterceptors(TableUploadInterceptor)
  @ApiOperation({
    summary: "Import a till's export (CSV or XLSX, one row per ticket line): preview with dryRun=true, then import",
    description:
      'Columns: date (and time), receipt number, product by SKU / barcode / exact name, quantity, unit price (default: catalogue), ' +
      'payment method. Each receipt becomes one sale keyed by its number: importing the same export again skips the receipts already ' +
      'imported; a receipt number coming back with other lines is an error. Same conventions as the catalogue import (per-row errors, ' +
      '422 and nothing written when a row is invalid unless skipInvalid=true, one transaction). Role: OWNER.',
  })
  @ApiTableImport()
  @ApiOkResponse({ schema: { example: EXAMPLE } })
  @ApiUnprocessableEntityResponse({ description: 'Some rows are invalid: nothing written; `details` is the report' })
  importFile(
    @CurrentPrincipal() p: Principal,
    @TenantId() tenantId: string,
    @UploadedTable() file: UploadedTableFile,
    @Query(zod(ImportQuerySchema)) q: ImportQuery,
  ) {
    return this.imports.importFile(tenantId, file, q, { userId: p.userId });
  }
}
