import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { toStockView } from '../stock-lines';
import { attempt, pickAttachmentId } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { InventoryAnalyzeImageSchema } from './inventory-analyze-image.schema';
import { inventoryAnalyzeImageExamples } from './inventory-analyze-image.examples';
import { summarizeAnalyzeImage, type AnalyzeImageData } from './inventory-analyze-image.summary';
import { ACCESS } from '@tajer/contract';
import { inventoryAnalyzeImageSlots } from './inventory-analyze-image.slots';

const KEPT_MATCHES = 5;
const KEPT_TEXT = 300;

export const inventoryAnalyzeImageTool: ToolDefinition<typeof InventoryAnalyzeImageSchema> = {
  name: 'inventory_analyze_image',
  kind: 'read',
  roles: ACCESS['inventory.read'],
  description:
    'Analyse an attached product photo: reads barcodes, QR codes and label text, then returns the matched products and their stock. Use when the user sends a picture of a product (not a receipt) and asks what it is or how many are in stock.',
  schema: InventoryAnalyzeImageSchema,
  result: TOOL_RESULTS.inventory_analyze_image,
  examples: inventoryAnalyzeImageExamples,
  requiresApproval: false,
  editable: [],
  slots: inventoryAnalyzeImageSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const attachmentId = pickAttachmentId(ctx, args.attachmentId);
      const analysis = await service(ctx, 'inventory').analyzeAttachment(ctx.tenantId, attachmentId);
      const data: AnalyzeImageData = {
        attachmentId,
        codes: analysis.codes.slice(0, KEPT_MATCHES).map((c) => ({ text: c.text, format: c.format })),
        text: analysis.text ? analysis.text.slice(0, KEPT_TEXT) : null,
        matches: analysis.matches
          .slice(0, KEPT_MATCHES)
          .map((m) => ({ product: toStockView(m.product), matchedBy: m.matchedBy, evidence: m.evidence, score: m.score })),
      };
      return {
        success: true,
        data,
        records: [
          { type: 'attachment', id: attachmentId },
          ...data.matches.map((m) => ({ type: 'product', id: m.product.id, label: m.product.names.fr })),
        ],
      };
    }),

  summarize: summarizeAnalyzeImage,
};
