import { z } from 'zod';

export const ProductsAddSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .describe('The new product\'s name as the shop calls it, sizes included (e.g. "Chips Mahboul 30g", "Huile Afia 1L")'),
  price: z.number().nonnegative().optional().describe('Shelf price in DZD'),
  cost: z.number().nonnegative().optional().describe('Purchase cost per unit in DZD, when the user says it'),
  // Not .int(): a fraction reaches the tool, which refuses it in the user's words; never rounded.
  stock: z.number().min(0).optional().describe('Whole units on the shelf now (default 0); never round a fraction the user said'),
  unit: z.string().min(1).max(30).optional().describe('Unit sold: pièce, paquet, bouteille, sac, kg, L… (default unité)'),
  category: z.string().min(1).max(80).optional().describe('Category, e.g. épicerie, boissons, confiserie'),
  barcode: z
    .string()
    .regex(/^\d{8,14}$/, 'EAN-8, UPC, EAN-13 or GTIN-14 digits')
    .optional()
    .describe('Barcode digits, when known'),
});
export type ProductsAddArgs = z.infer<typeof ProductsAddSchema>;
