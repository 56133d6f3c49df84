import { z } from 'zod';
import { ProductRefSchema } from './common';

/** A product with its stock, as inventory results show it. */
export const StockViewSchema = ProductRefSchema.extend({
  unit: z.string(),
  stock: z.number(),
  reorderThreshold: z.number(),
  lowStock: z.boolean(),
  /** Relevance to the name searched (0..1), when it was a search. */
  score: z.number().optional(),
});
export type StockView = z.infer<typeof StockViewSchema>;

/** `inventory_search`: matching products with their stock (best matches, or most urgent, first; at most 10). */
export const InventorySearchResult = z.object({
  query: z.string().nullable(),
  lowStockOnly: z.boolean(),
  /** Products matching (all pages). */
  total: z.number().int().min(0),
  /** Among them, how many are at or below their reorder threshold. */
  lowStockCount: z.number().int().min(0),
  items: z.array(StockViewSchema),
});
export type InventorySearchResult = z.infer<typeof InventorySearchResult>;

/** `inventory_adjust`: the stock movement written. */
export const InventoryAdjustResult = z.object({
  movementId: z.string(),
  product: ProductRefSchema.extend({ unit: z.string() }),
  quantity: z.number(),
  stockBefore: z.number(),
  stockAfter: z.number(),
  reason: z.string(),
  lowStock: z.boolean(),
  reorderThreshold: z.number().nullable(),
});
export type InventoryAdjustResult = z.infer<typeof InventoryAdjustResult>;

/** `inventory_analyze_image`: codes and label text read on a photo, and the products they match. */
export const InventoryAnalyzeImageResult = z.object({
  attachmentId: z.string(),
  codes: z.array(z.object({ text: z.string(), format: z.string() })),
  text: z.string().nullable(),
  matches: z.array(z.object({ product: StockViewSchema, matchedBy: z.string(), evidence: z.string(), score: z.number() })),
});
export type InventoryAnalyzeImageResult = z.infer<typeof InventoryAnalyzeImageResult>;

/** `products_add`: the catalogue product created. */
export const ProductsAddResult = z.object({
  product: ProductRefSchema.extend({
    sku: z.string(),
    unit: z.string(),
    price: z.number(),
    cost: z.number().nullable(),
    stock: z.number(),
    category: z.string(),
  }),
  currency: z.string(),
});
export type ProductsAddResult = z.infer<typeof ProductsAddResult>;
