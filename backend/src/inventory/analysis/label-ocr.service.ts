import { Injectable } from '@nestjs/common';
import { OcrService } from '../../ocr/ocr.service';
import { LabelText, recognizeLabelText } from './label-ocr';

/** Label OCR on the app's tesseract pools (OcrModule's OcrService, shared with the receipt scan). */
@Injectable()
export class LabelOcrService {
  constructor(private readonly ocr: OcrService) {}

  recognize(image: Buffer): Promise<LabelText> {
    return recognizeLabelText(this.ocr, image);
  }
}
