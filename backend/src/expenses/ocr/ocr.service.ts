import { Inject, Injectable, OnModuleDestroy, Optional } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { OcrPool } from './ocr-pool';
import type { ParseReceiptOptions, ReceiptDraft } from './receipt-draft.types';
import { recognizeReceipt, type ReceiptOcrResult, type RecognizeReceiptOptions } from './receipt-ocr';
import { parseReceipt } from './receipt-parser';

/**
 * Nest face of the offline receipt OCR. Owns one worker pool for the app: sized by OCR_WORKERS (default: CPU count,
 * capped at 4), language data unpacked under DATA_DIR/cache/tessdata, started on the first receipt, terminated on
 * shutdown.
 */
@Injectable()
export class OcrService implements OnModuleDestroy {
  private readonly pool: OcrPool;

  constructor(@Optional() @Inject(APP_CONFIG) config?: AppConfig) {
    this.pool = new OcrPool({
      size: config?.OCR_WORKERS,
      cacheDir: config ? join(config.dataDir, 'cache', 'tessdata') : undefined,
    });
  }

  /** Image buffer (JPEG, PNG, WebP…) → draft expense with per-field confidence, the OCR text and the time taken. */
  recognizeReceipt(image: Buffer, options: Omit<RecognizeReceiptOptions, 'pool'> = {}): Promise<ReceiptOcrResult> {
    return recognizeReceipt(image, { ...options, pool: this.pool });
  }

  /** Receipt text that is already available (pasted, or from a PDF) → draft expense. */
  parseText(text: string, options?: ParseReceiptOptions): ReceiptDraft {
    return parseReceipt(text, options);
  }

  /** Starts one worker ahead of the first upload (optional; call at boot to hide the ~0.5 s start-up). */
  warmUp(): Promise<void> {
    return this.pool.warmUp(1);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.terminate();
  }
}
