import { OcrService } from '../../src/ocr/ocr.service';
import { englishReceiptRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';

/** The Nest wrapper: one recognition through its own pool, then the pool goes away with the module. */
describe('OcrService', () => {
  it('starts no worker before the first receipt (a server that never scans pays no OCR memory)', async () => {
    const service = new OcrService();
    expect(service.workerCount).toBe(0);
    await service.onModuleDestroy();
  });

  it('reads a low-resolution English receipt and closes its pool on module destroy', async () => {
    const service = new OcrService();
    const image = await renderReceiptImage({ rows: englishReceiptRows(), downscale: 1.6 });

    const { draft } = await service.recognizeReceipt(image);
    expect(draft.merchant).toBe('GREENLEAF MINI MARKET SDN BHD');
    expect(draft.date).toBe('2018-03-28');
    expect(draft.total).toBe(11.05);
    expect(draft.currency).toBe('MYR');

    await service.onModuleDestroy();
    await expect(service.recognizeReceipt(image)).rejects.toThrow('OCR pool terminated');
  });
});
