import { algerianSuperetteRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';
import { labelImage } from '../inventory/test-images';
import type { TestApp } from '../helpers/test-app';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from './chat-app';
import { ask, upload } from './tools-chat';

/**
 * Issue 10: a picture sent without a word, as the welcome text invites. A receipt must become an expense draft (not a
 * stock question about milk and flour), a product label a product analysis. Real agent loop, offline model, real OCR.
 */
describe('a picture sent alone is routed by what it shows', () => {
  let t: TestApp;
  let token: string;
  let c: ChatClient;

  const chat = chatApp();
  beforeAll(() => {
    ({ t, token, c } = chat);
  });

  it('a till ticket photographed alone is scanned and proposed as an expense', async () => {
    const image = await renderReceiptImage({
      rows: algerianSuperetteRows(),
      table: { color: '#3b3129', margin: 60 },
      rotateDegrees: 2,
      jpegQuality: 80,
    });
    const attachmentId = await upload(t, token, image, 'photo.jpg');
    const turn = await ask(c, '', { attachmentIds: [attachmentId] });
    expect(turn.started.map((s) => s.name)).toEqual(['expenses_scan_receipt', 'expenses_add']);
    expect(turn.finished.find((f) => f.name === 'expenses_scan_receipt')!.result).toMatchObject({ attachmentId, total: 2420 });
    expect(turn.approvals[0].args).toMatchObject({ amount: 2420, attachmentId });
  });

  it('a product label sent alone is analysed as a product, not scanned as a receipt', async () => {
    const attachmentId = await upload(t, token, await labelImage(['SEMOULE EXTRA', '10KG']), 'produit.png');
    const turn = await ask(c, '', { attachmentIds: [attachmentId] });
    expect(turn.started.map((s) => s.name)).toEqual(['inventory_analyze_image']);
    expect(turn.started[0].args).toEqual({ attachmentId });
  });
});
