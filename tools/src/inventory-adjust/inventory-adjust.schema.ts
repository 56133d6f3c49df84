import { z } from 'zod';

export const InventoryAdjustSchema = z.object({
  product: z.string().min(1).describe('The product whose stock changes, by name in any language (e.g. "semoule", "سكر", "water")'),
  // Not .int(): a fraction (« 2,5 kg ») reaches the tool, which refuses it in the user's words; never rounded.
  quantity: z
    .number()
    .refine((q) => q !== 0, 'quantity must not be zero')
    .describe(
      'Signed number of whole units: positive for goods received or added, negative for goods removed, damaged, lost or expired. Never round a fraction the user said (2.5 kg stays 2.5: the tool explains Tajer counts whole units)',
    ),
  reason: z
    .string()
    .min(1)
    .optional()
    .describe('Why the stock changes, in the user\'s words (e.g. "livraison fournisseur", "périmés", "casse")'),
});
export type InventoryAdjustArgs = z.infer<typeof InventoryAdjustSchema>;
