import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { OcrModule } from '../ocr/ocr.module';
import { ImageAnalysisService } from './analysis/image-analysis.service';
import { ProductImportController } from './import/product-import.controller';
import { ProductImportRepository } from './import/product-import.repository';
import { ProductImportService } from './import/product-import.service';
import { LabelOcrService } from './analysis/label-ocr.service';
import { InventoryController } from './inventory.controller';
import { InventoryRepository } from './inventory.repository';
import { InventorySearchService } from './inventory-search.service';
import { InventoryService } from './inventory.service';
import { ProductsController } from './products.controller';
import { ProductsService } from './products.service';
import { ProductDraftService } from './product-draft.service';
import { StockMovementsRepository } from './stock-movements.repository';
import { StockMovementsService } from './stock-movements.service';

/** Products, stock movements, search and image recognition. Import it to use InventoryService (the tools do). */
@Module({
  imports: [AttachmentsModule, OcrModule],
  controllers: [InventoryController, ProductImportController, ProductsController],
  providers: [
    InventoryService,
    InventorySearchService,
    StockMovementsService,
    ProductsService,
    ImageAnalysisService,
    InventoryRepository,
    StockMovementsRepository,
    LabelOcrService,
    ProductImportService,
    ProductImportRepository,
    ProductDraftService,
  ],
  exports: [InventoryService, InventorySearchService, StockMovementsService, ProductsService, ProductDraftService, ImageAnalysisService],
})
export class InventoryModule {}
