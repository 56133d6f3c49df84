import { z } from 'zod';

export const InventorySearchSchema = z.object({
  query: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Product name or part of it, in any language or as typed in Darija (e.g. "farine", "زيت", "smid"); omit to list all products',
    ),
  lowStockOnly: z
    .boolean()
    .optional()
    .describe('true to return only products at or below their reorder threshold (running low, about to run out)'),
});
export type InventorySearchArgs = z.infer<typeof InventorySearchSchema>;
