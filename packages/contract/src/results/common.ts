/**
 * Pieces every tool result is built from. A tool's `data` is parsed with its schema by the chat UI (cards render only
 * what parsed) and checked against it in the tools' and backend's tests, so a renamed field breaks a test, not a card.
 */
import { z } from 'zod';
import { LANGS } from '../lang';

/** A text in the three languages, all filled (labels of the contract's vocabularies, computed titles). */
export const LocalizedSchema = z.object({ fr: z.string(), ar: z.string(), en: z.string() });

/** A product's names as the catalogue stores them: French always, Arabic and English when the owner gave them. */
export const ProductNamesSchema = z.object({ fr: z.string(), ar: z.string().nullish(), en: z.string().nullish() });
export type ProductNames = z.infer<typeof ProductNamesSchema>;

/**
 * The one way a result names a product: its id and its names (not `name`, not a string in one language), with its stock
 * unit and reference when the result has them. Cards and summaries pick the reader's language with `productName`.
 */
export const ProductRefSchema = z.object({
  id: z.string(),
  names: ProductNamesSchema,
  unit: z.string().optional(),
  sku: z.string().optional(),
});
export type ProductRef = z.infer<typeof ProductRefSchema>;

/** The columns a product row names itself with (Prisma's `Product`, the dashboard's and the market's rows). */
export interface ProductRefSource {
  id: string;
  sku: string;
  nameFr: string;
  nameAr: string | null;
  nameEn: string | null;
  unit: string;
}

/** A stored product as results name it: the one place a row becomes a `ProductRef` (code and unit always known). */
export const productRefOf = (p: ProductRefSource): ProductRef & { sku: string; unit: string } => ({
  id: p.id,
  sku: p.sku,
  names: { fr: p.nameFr, ar: p.nameAr, en: p.nameEn },
  unit: p.unit,
});

/** A product's name in `lang`, French when it has none in that language. */
export const productName = (p: { names: ProductNames }, lang: (typeof LANGS)[number]): string => p.names[lang] || p.names.fr;

/** A figure of the period with its change vs the previous one, in percent (12 = +12 %), null when not comparable. */
export const MetricSchema = z.object({ value: z.number(), changePct: z.number().nullable() });

/** A customer as results name them. */
export const CustomerRefSchema = z.object({ id: z.string(), name: z.string() });

/** `YYYY-MM-DD`. */
export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const CurrencySchema = z.string().min(3).max(3);
