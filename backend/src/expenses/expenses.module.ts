import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ExpensesController } from './expenses.controller';
import { ExpensesRepository } from './expenses.repository';
import { ExpensesService } from './expenses.service';
import { OcrService } from './ocr/ocr.service';
import { ReceiptScanService } from './receipt-scan.service';

/** Expenses (/api/expenses) and receipt OCR drafts (/api/expenses/ocr). */
@Module({
  imports: [AttachmentsModule],
  controllers: [ExpensesController],
  providers: [ExpensesService, ExpensesRepository, ReceiptScanService, OcrService],
  exports: [ExpensesService, ReceiptScanService, OcrService],
})
export class ExpensesModule {}
