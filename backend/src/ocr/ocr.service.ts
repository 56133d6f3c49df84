import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';
import type { PreparedImage } from './image-prep';
import type { OcrPageResult } from './ocr-pool';
import {
  createReceiptOcrPools,
  readTextWithArabic,
  recognizeReceipt,
  terminateReceiptOcrPools,
  type ReceiptOcrPools,
  type ReceiptOcrResult,
  type RecognizeReceiptOptions,
} from './receipt-ocr';
import { parseReceipt } from './receipt-parser';
import { systemTessdataDirs } from './tessdata-cache';

/**
 * Nest face of the offline receipt OCR. Owns the app's worker pools (French+English page reader, Arabic line
 * reader), each sized by OCR_WORKERS (default: CPU count, capped at 4), with language data unpacked under
 * DATA_DIR/cache/tessdata. No worker starts before the first receipt (and the Arabic one before the first Arabic
 * line); all are terminated on shutdown.
 */
@Injectable()
export class OcrService implements OnModuleDestroy {
  private readonly pools: ReceiptOcrPools;

  constructor(@Optional() @Inject(APP_CONFIG) config?: AppConfig) {
    this.pools = createReceiptOcrPools({
      size: config?.OCR_WORKERS,
      cacheDir: config ? join(config.dataDir, 'cache', 'tessdata') : undefined,
      arabicModel: config?.OCR_ARABIC_MODEL,
      latinModel: config?.OCR_LATIN_MODEL,
      relaxedSimd: config?.OCR_RELAXED_SIMD,
      engine: config?.OCR_ENGINE,
      tessdataDirs: systemTessdataDirs({ ...process.env, OCR_TESSDATA_DIRS: config?.OCR_TESSDATA_DIRS }),
    });
  }

  /** Workers alive in all pools (0 until the first receipt). */
  get workerCount(): number {
    return this.pools.latin.workerCount + this.pools.arabic.workerCount;
  }

  /** Image buffer (JPEG, PNG, WebP…) → draft expense with per-field confidence, the OCR text and the time taken. */
  recognizeReceipt(image: Buffer, options: Omit<RecognizeReceiptOptions, 'pools'> = {}): Promise<ReceiptOcrResult> {
    return recognizeReceipt(image, { ...options, pools: this.pools });
  }

  /** The text of any other picture (product labels), Arabic lines included, on the same pools. */
  readText(image: PreparedImage, psm: number): Promise<OcrPageResult> {
    return readTextWithArabic(this.pools, image, psm);
  }

  /** Receipt text that is already available (pasted, or from a PDF) → draft expense. */
  parseText(text: string, options?: ParseReceiptOptions): ReceiptDraft {
    return parseReceipt(text, options);
  }

  /** Starts one worker ahead of the first upload (optional; call at boot to hide the ~0.5 s start-up). */
  async warmUp(): Promise<void> {
    await this.pools.latin.warmUp(1);
  }

  async onModuleDestroy(): Promise<void> {
    await terminateReceiptOcrPools(this.pools);
  }
}
