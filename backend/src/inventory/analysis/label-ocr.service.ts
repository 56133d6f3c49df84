import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { OcrService } from '../../expenses/ocr/ocr.service';
import { LabelText, recognizeLabelText } from './label-ocr';

/**
 * Label OCR on the app's tesseract pools. They belong to OcrService, provided by the expenses feature; it is looked
 * up app-wide rather than provided here, so inventory never starts pools of its own (each worker holds ~100 MB).
 * Only when no module provides OcrService (e.g. a trimmed-down app) does this create one of its own.
 */
@Injectable()
export class LabelOcrService implements OnModuleDestroy {
  private own: OcrService | null = null;

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  recognize(image: Buffer): Promise<LabelText> {
    return recognizeLabelText(this.ocr(), image);
  }

  async onModuleDestroy(): Promise<void> {
    await this.own?.onModuleDestroy();
  }

  private ocr(): OcrService {
    try {
      return this.moduleRef.get(OcrService, { strict: false });
    } catch {
      this.own ??= new OcrService(this.config);
      return this.own;
    }
  }
}
