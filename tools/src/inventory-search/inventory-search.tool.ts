import type { ToolDefinition } from '../types';
import { InventorySearchSchema } from './inventory-search.schema';
import { inventorySearchExamples } from './inventory-search.examples';

export const inventorySearchTool: ToolDefinition<typeof InventorySearchSchema> = {
  name: 'inventory_search',
  kind: 'read',
  description:
    "Search the shop's inventory: matching products with their current stock, unit and reorder threshold. Pass query for a product name in any language (Darija words like smid, zit, 7lib are fine); set lowStockOnly for products running low or out of stock; no arguments lists everything.",
  schema: InventorySearchSchema,
  examples: inventorySearchExamples,
  requiresApproval: false,
};
