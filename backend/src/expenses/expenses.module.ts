import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ExpensesController } from './expenses.controller';
import { ExpensesRepository } from './expenses.repository';
import { ExpensesService } from './expenses.service';
import { OcrModule } from '../ocr/ocr.module';
import { ReceiptScanService } from './receipt-scan.service';

/** Expenses (/api/expenses) and receipt OCR drafts (/api/expenses/ocr). */
@Module({
  imports: [AttachmentsModule, OcrModule],
  controllers: [ExpensesController],
  providers: [ExpensesService, ExpensesRepository, ReceiptScanService],
  exports: [ExpensesService, ReceiptScanService],
})
export class ExpensesModule {}
