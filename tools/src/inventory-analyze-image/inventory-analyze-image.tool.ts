import type { ToolDefinition } from '../types';
import { InventoryAnalyzeImageSchema } from './inventory-analyze-image.schema';
import { inventoryAnalyzeImageExamples } from './inventory-analyze-image.examples';

export const inventoryAnalyzeImageTool: ToolDefinition<typeof InventoryAnalyzeImageSchema> = {
  name: 'inventory_analyze_image',
  kind: 'read',
  description:
    'Analyse an attached product photo: reads barcodes, QR codes and label text, then returns the matched products and their stock. Use when the user sends a picture of a product (not a receipt) and asks what it is or how many are in stock.',
  schema: InventoryAnalyzeImageSchema,
  examples: inventoryAnalyzeImageExamples,
  requiresApproval: false,
};
