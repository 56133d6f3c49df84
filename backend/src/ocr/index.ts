export { OcrService } from './ocr.service';
export { OcrPool, defaultOcrPoolSize } from './ocr-pool';
export type { OcrPoolOptions, OcrPageResult, OcrLine, OcrWord, OcrRecognizeOptions } from './ocr-pool';
export { prepareReceiptImage, DEFAULT_PREP } from './image-prep';
export type { ImagePrepOptions, PreparedImage } from './image-prep';
export { parseReceipt } from './receipt-parser';
export {
  recognizeReceipt,
  getSharedOcrPools,
  terminateSharedOcrPools,
  createReceiptOcrPools,
  terminateReceiptOcrPools,
} from './receipt-ocr';
export type { RecognizeReceiptOptions, ReceiptOcrResult, ReceiptOcrPools } from './receipt-ocr';
export type {
  ReceiptDraft,
  ReceiptVat,
  ReceiptLineItem,
  ReceiptConfidence,
  ParseReceiptOptions,
  CurrencyCode,
} from './receipt-draft.types';
