import type { ToolDefinition } from '../types';
import { InventoryAdjustSchema } from './inventory-adjust.schema';
import { inventoryAdjustExamples } from './inventory-adjust.examples';

export const inventoryAdjustTool: ToolDefinition<typeof InventoryAdjustSchema> = {
  name: 'inventory_adjust',
  kind: 'write',
  description:
    "Record a stock movement for one product: positive quantity for goods received or added, negative for goods removed, sold off-till, damaged, lost or expired. Requires the user's confirmation of the exact change (e.g. 'Semoule 10kg: stock 42 → 72') before anything is written.",
  schema: InventoryAdjustSchema,
  examples: inventoryAdjustExamples,
  requiresApproval: true,
};
