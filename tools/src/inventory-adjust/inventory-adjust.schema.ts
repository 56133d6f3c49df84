import { z } from 'zod';

export const InventoryAdjustSchema = z.object({
  product: z.string().min(1).describe('The product whose stock changes, by name in any language (e.g. "semoule", "سكر", "water")'),
  quantity: z
    .number()
    .int()
    .refine((q) => q !== 0, 'quantity must not be zero')
    .describe('Signed number of units: positive for goods received or added, negative for goods removed, damaged, lost or expired'),
  reason: z
    .string()
    .min(1)
    .optional()
    .describe('Why the stock changes, in the user\'s words (e.g. "livraison fournisseur", "périmés", "casse")'),
});
export type InventoryAdjustArgs = z.infer<typeof InventoryAdjustSchema>;
