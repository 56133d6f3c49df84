import { Module } from '@nestjs/common';
import { OcrService } from './ocr.service';

/**
 * The app's tesseract pools (receipts and product labels). One module so expenses and inventory share one OcrService
 * (each worker holds ~100 MB) through ordinary imports instead of looking it up app-wide.
 */
@Module({ providers: [OcrService], exports: [OcrService] })
export class OcrModule {}
