import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { InventoryModule } from '../inventory/inventory.module';
import { DailyTotalsService } from './daily-totals.service';
import { TillImportController } from './import/till-import.controller';
import { TillImportService } from './import/till-import.service';
import { RefundsService } from './refunds.service';
import { SalePreviewService } from './sale-preview.service';
import { SalesController } from './sales.controller';
import { SalesLedgerRepository } from './sales-ledger.repository';
import { SalesRepository } from './sales.repository';
import { SalesService } from './sales.service';

/**
 * The sales ledger: sales, refunds and daily totals, from the REST API, till imports and the assistant. Exports the
 * services the chat tools call (SalesService, SalePreviewService, DailyTotalsService, RefundsService).
 */
@Module({
  imports: [InventoryModule, CustomersModule],
  controllers: [TillImportController, SalesController],
  providers: [
    SalesService,
    SalePreviewService,
    RefundsService,
    DailyTotalsService,
    TillImportService,
    SalesRepository,
    SalesLedgerRepository,
  ],
  exports: [SalesService, SalePreviewService, RefundsService, DailyTotalsService, SalesLedgerRepository],
})
export class SalesModule {}
