import { z } from 'zod';

export const ProductsAddSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .describe('The new product\'s name as the shop calls it, sizes included (e.g. "Chips Mahboul 30g", "Huile Afia 1L")'),
  price: z.number().nonnegative().optional().describe('Shelf price in DZD'),
  cost: z.number().nonnegative().optional().describe('Purchase cost per unit in DZD, when the user says it'),
  stock: z.number().int().min(0).optional().describe('Units on the shelf now (default 0)'),
  unit: z.string().min(1).max(30).optional().describe('Unit sold: pièce, paquet, bouteille, sac, kg, L… (default unité)'),
  category: z.string().min(1).max(80).optional().describe('Category, e.g. épicerie, boissons, confiserie'),
  barcode: z
    .string()
    .regex(/^\d{8,14}$/, 'EAN-8, UPC, EAN-13 or GTIN-14 digits')
    .optional()
    .describe('Barcode digits, when known'),
});
export type ProductsAddArgs = z.infer<typeof ProductsAddSchema>;
