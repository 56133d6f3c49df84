import { z } from 'zod';
import { DEFAULT_UNIT } from '@tajer/contract';

/** "true"/"false" from a query string (z.coerce.boolean() would read "false" as true). */
const queryBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const paging = {
  page: z.coerce.number().int().min(1).default(1).describe('Page number, from 1'),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('Items per page (1–100)'),
};

export const SearchInventoryQuerySchema = z
  .object({
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe('Words to look for in the fr/ar/en names, SKU or barcode; accents, typos and Arabic diacritics are tolerated'),
    lowStockOnly: queryBoolean.optional().describe('Only products at or below their reorder threshold'),
    category: z.string().trim().min(1).max(80).optional().describe('Category, e.g. "épicerie" (accents optional)'),
    ...paging,
  })
  .strict();
export type SearchInventoryQuery = z.infer<typeof SearchInventoryQuerySchema>;

export const ListProductsQuerySchema = SearchInventoryQuerySchema.extend({
  includeInactive: queryBoolean.optional().describe('Also list deleted (deactivated) products'),
}).strict();
export type ListProductsQuery = z.infer<typeof ListProductsQuerySchema>;

const money = z
  .number()
  .min(0)
  .max(9_999_999_999.99)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'at most 2 decimals');

const productFields = {
  sku: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/, 'letters, digits and . _ - / only (max 40)')
    .describe('Stock-keeping unit, unique in the business, e.g. "EPI-001"'),
  barcode: z
    .string()
    .trim()
    .regex(/^\d{8,14}$/, 'EAN-8, UPC, EAN-13 or GTIN-14 digits')
    .nullable()
    .optional()
    .describe('Printed barcode digits'),
  nameFr: z.string().trim().min(1).max(200).describe('Name in French (required)'),
  nameAr: z.string().trim().min(1).max(200).nullable().optional().describe('Name in Arabic'),
  nameEn: z.string().trim().min(1).max(200).nullable().optional().describe('Name in English'),
  category: z.string().trim().min(1).max(80).describe('Category, e.g. "épicerie"'),
  unit: z.string().trim().min(1).max(30).describe('Unit sold: kg, L, pièce, paquet, sac…'),
  price: money.describe('Shelf price in the business currency (DZD)'),
  cost: money.describe('Unit cost in the business currency (DZD)'),
  reorderThreshold: z.number().int().min(0).max(1_000_000).describe('Low-stock alert level'),
};

export const CreateProductSchema = z
  .object({
    ...productFields,
    unit: productFields.unit.default(DEFAULT_UNIT),
    // Unknown is better than wrong: without a cost the product's sales stay out of the margin (never counted free).
    cost: productFields.cost.nullable().optional(),
    reorderThreshold: productFields.reorderThreshold.default(0),
    stock: z.number().int().min(0).max(1_000_000).default(0).describe('Initial stock (recorded as a first stock movement)'),
  })
  .strict();
export type CreateProductDto = z.infer<typeof CreateProductSchema>;

/** Stock is not editable here: it only changes through movements, which keep the history and the audit trail. */
export const UpdateProductSchema = z
  .object(productFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
export type UpdateProductDto = z.infer<typeof UpdateProductSchema>;

export const StockMovementSchema = z
  .object({
    productId: z.string().uuid().optional().describe('The product (or give its sku)'),
    sku: z.string().trim().min(1).max(40).optional().describe('The product SKU (or give productId)'),
    quantity: z
      .number()
      .int()
      .min(-1_000_000)
      .max(1_000_000)
      .refine((n) => n !== 0, 'must not be 0')
      .describe('Signed: + received, − removed'),
    reason: z.string().trim().min(1).max(200).describe('Why, e.g. "livraison SIM", "casse", "inventaire"'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.productId === !v.sku) {
      ctx.addIssue({ code: 'custom', path: ['productId'], message: 'give either productId or sku (exactly one)' });
    }
  });
export type StockMovementDto = z.infer<typeof StockMovementSchema>;

export const MovementsQuerySchema = z.object(paging).strict();
export type MovementsQuery = z.infer<typeof MovementsQuerySchema>;

export const AnalyzeImageSchema = z
  .object({
    attachmentId: z.string().uuid().optional().describe('An image uploaded earlier with POST /api/attachments'),
  })
  .strict();
export type AnalyzeImageDto = z.infer<typeof AnalyzeImageSchema>;
