import { TOOL_RESULTS } from '@tajer/contract';
import { ACCESS, DEFAULT_PRODUCT_CATEGORY, DEFAULT_UNIT, productCategoryLabel, unitLabel } from '@tajer/contract';
import { z } from 'zod';
import { directionHead } from '../direction';
import { formatQuantity, quote, say } from '../format';
import { foldName, isExactName } from '../product-resolution';
import { assertWholeUnits } from '../quantities';
import { allLangs, money } from '../sales-lines';
import { service } from '../services';
import { attempt, ToolFailure, userIdOf } from '../tool-kit';
import type { Lang, ToolContext, ToolDefinition } from '../types';
import { ProductsAddSchema } from './products-add.schema';
import { productsAddExamples } from './products-add.examples';
import { summarizeProductsAdd, type ProductsAddData } from './products-add.summary';
import { productsAddSlots } from './products-add.slots';

/** The contract's arguments plus the SKU chosen by the proposal (so the approved product gets the reference shown). */
const ProductsAddToolSchema = ProductsAddSchema.extend({
  sku: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,39}$/)
    .optional()
    .describe('Stock-keeping reference; leave it out, the confirmation step makes one from the name'),
});

/** A readable, stable reference from the name ("Chips Mahboul 30g" → "CHIPS-MAHBOUL-30G-7K2Q"); the tail keeps it unique. */
export function skuFor(name: string): string {
  const words = foldName(name)
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  let head = '';
  for (const w of words) if ((head ? `${head}-${w}` : w).length <= 24) head = head ? `${head}-${w}` : w;
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  const tail = hash.toString(36).toUpperCase().padStart(4, '0').slice(-4);
  // An Arabic name keeps only its digits (« سكر 1 كغ » gave « 1-QP45 »): no Latin letter, the generic « P ».
  return `${/[A-Z]/.test(head) ? head : 'P'}-${tail}`;
}

/** A product of that name already exists: said plainly, with what the user probably wants instead. */
async function assertNew(ctx: ToolContext, name: string): Promise<void> {
  const found = await service(ctx, 'inventory').resolveProduct(ctx.tenantId, name);
  const p = found.match?.product;
  if (!p || !(isExactName(name, p) || (found.confident && foldName(p.names.fr).startsWith(foldName(name))))) return;
  const shown = (lang: Lang) => (lang === 'ar' ? p.names.ar : lang === 'en' ? p.names.en : p.names.fr) || p.names.fr;
  throw new ToolFailure(
    'PRODUCT_EXISTS',
    {
      fr: `${quote(shown('fr'), 'fr')} est déjà dans votre catalogue (stock : ${formatQuantity(p.stock, p.unit, 'fr')}) : je n'ai rien ajouté.`,
      ar: `${quote(shown('ar'), 'ar')} موجود بالفعل في منتجاتك (المخزون: ${formatQuantity(p.stock, p.unit, 'ar')}): لم أضف شيئا.`,
      en: `${quote(shown('en'), 'en')} is already in your catalogue (stock: ${formatQuantity(p.stock, p.unit, 'en')}): nothing was added.`,
    },
    { productId: p.id },
    [
      {
        label: allLangs((l) => say(l, { fr: 'Voir son stock', ar: 'عرض مخزونه', en: 'See its stock' })),
        text: allLangs((l) =>
          say(l, { fr: `Il me reste combien de ${shown(l)} ?`, ar: `كم بقي من ${shown(l)}؟`, en: `How much ${shown(l)} is left?` }),
        ),
      },
    ],
  );
}

function needPrice(name: string): ToolFailure {
  return new ToolFailure(
    'PRICE_REQUIRED',
    {
      fr: `À quel prix vendez-vous ${quote(name, 'fr')} ? (par exemple « 30 DA »)`,
      ar: `بكم تبيع ${quote(name, 'ar')}؟ (مثلا «30 دينار»)`,
      en: `What price do you sell ${quote(name, 'en')} at? (e.g. "30 DA")`,
    },
    undefined,
    [],
  );
}

const isArabic = (s: string) => /[\u0600-\u06FF]/.test(s);

/** Packaging and small words say nothing of what a product is (« Boîte de mouchoirs » is no tuna). */
const NOT_KIND = new Set([
  'boite',
  'boites',
  'pack',
  'paquet',
  'sachet',
  'bouteille',
  'bidon',
  'carton',
  'sac',
  'pot',
  'lot',
  'box',
  'bag',
  'bottle',
  'can',
  'علبة',
  'كيس',
  'قارورة',
  'كرطونة',
  'باكو',
]);

const firstWord = (name: string) => {
  const head =
    foldName(name)
      .split(/[^\p{L}\p{N}]+/u)
      .find(Boolean) ?? '';
  return NOT_KIND.has(head) ? '' : head;
};

/**
 * The category of the products whose name starts with the same word (« Jus Rouiba orange 1L » beside « Jus d'orange
 * Ifruit 1L »: boissons), when they all share one; else undefined (the default « divers », editable on the card). Every
 * product the owner added by chat landed in « divers ».
 */
async function kinCategory(ctx: ToolContext, name: string): Promise<string | undefined> {
  const head = firstWord(name);
  if (head.length < 3) return undefined;
  // A guess only: a failed search leaves the default, never fails the proposal.
  const found = await service(ctx, 'inventory')
    .search(ctx.tenantId, { query: head, pageSize: 50 })
    .catch(() => undefined);
  const items = found?.items ?? [];
  const kin = items.filter((p) => Object.values(p.names).some((n) => !!n && firstWord(n) === head));
  const categories = new Set(kin.map((p) => p.category).filter(Boolean));
  return categories.size === 1 ? [...categories][0] : undefined;
}

export const productsAddTool: ToolDefinition<typeof ProductsAddToolSchema> = {
  name: 'products_add',
  kind: 'write',
  roles: ACCESS['catalogue.edit'],
  needs: ['inventory', 'products'],
  description:
    "Add a product that is not in the catalogue yet (« ajoute un nouveau produit : Chips Mahboul à 30 DA »): name with its size (required), shelf price, purchase cost, stock on the shelf, unit, category, barcode. Not an expense, and not stock received for an existing product (inventory_adjust). Requires the user's confirmation before the product is created.",
  schema: ProductsAddToolSchema,
  result: TOOL_RESULTS.products_add,
  examples: productsAddExamples,
  requiresApproval: true,
  editable: ['name', 'price', 'cost', 'stock', 'unit', 'category'],
  slots: productsAddSlots,

  propose: (ctx, args) =>
    attempt(ctx, async () => {
      const name = args.name.trim();
      assertWholeUnits(args.stock, name);
      await assertNew(ctx, name);
      if (args.price === undefined) throw needPrice(name);
      const lang = ctx.lang;
      const unit = args.unit ?? DEFAULT_UNIT;
      const stock = args.stock ?? 0;
      const sku = args.sku ?? skuFor(name);
      const category = args.category ?? (await kinCategory(ctx, name)) ?? DEFAULT_PRODUCT_CATEGORY;
      const label = (t: { fr: string; ar: string; en: string }) => say(lang, t);
      return {
        success: true,
        data: {
          summary: `${directionHead('new_product', name, lang)} — ${money(args.price, lang)}${stock ? ` · ${label({ fr: 'stock', ar: 'المخزون', en: 'stock' })} ${formatQuantity(stock, unit, lang)}` : ''}`,
          changes: [
            { field: 'name', label: label({ fr: 'Produit', ar: 'المنتج', en: 'Product' }), after: name },
            { field: 'price', label: label({ fr: 'Prix de vente', ar: 'سعر البيع', en: 'Shelf price' }), after: args.price },
            {
              field: 'cost',
              label: label({ fr: "Coût d'achat", ar: 'سعر الشراء', en: 'Cost' }),
              after: args.cost ?? label({ fr: 'inconnu', ar: 'غير معروف', en: 'unknown' }),
            },
            { field: 'stock', label: label({ fr: 'Stock de départ', ar: 'المخزون الأولي', en: 'Opening stock' }), after: stock },
            // Shown in the reader's language (an Arabic card said « unité », « divers »); the args keep the stored keys.
            { field: 'unit', label: label({ fr: 'Unité', ar: 'الوحدة', en: 'Unit' }), after: unitLabel(unit, lang) },
            {
              field: 'category',
              label: label({ fr: 'Catégorie', ar: 'الفئة', en: 'Category' }),
              after: productCategoryLabel(category)[lang],
            },
            { field: 'sku', label: label({ fr: 'Référence', ar: 'المرجع', en: 'Reference' }), after: sku },
          ],
          ...(args.cost === undefined
            ? {
                notes: [
                  label({
                    fr: 'Sans coût d’achat, ses ventes compteront sans marge. Vous pourrez le compléter.',
                    ar: 'بدون سعر الشراء، تُحسب مبيعاته بدون هامش. يمكنك إكماله لاحقا.',
                    en: 'Without a cost, its sales count with no margin. You can add it later.',
                  }),
                ],
              }
            : {}),
          args: { ...args, name, unit, stock, sku, category },
        },
      };
    }),

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const name = args.name.trim();
      assertWholeUnits(args.stock, name);
      await assertNew(ctx, name);
      if (args.price === undefined) throw needPrice(name);
      const p = await service(ctx, 'products').create(
        ctx.tenantId,
        {
          sku: args.sku ?? skuFor(name),
          nameFr: name,
          nameAr: isArabic(name) ? name : null,
          nameEn: null,
          barcode: args.barcode ?? null,
          category: args.category ?? DEFAULT_PRODUCT_CATEGORY,
          unit: args.unit ?? DEFAULT_UNIT,
          price: args.price,
          cost: args.cost ?? null,
          stock: args.stock ?? 0,
          reorderThreshold: 0,
        },
        { userId: userIdOf(ctx) },
      );
      const data: ProductsAddData = {
        product: {
          id: p.id,
          sku: p.sku,
          names: p.names,
          unit: p.unit,
          price: p.price,
          cost: args.cost ?? null,
          stock: p.stock,
          category: p.category ?? DEFAULT_PRODUCT_CATEGORY,
        },
        currency: 'DZD',
      };
      return { success: true, data, records: [{ type: 'product', id: p.id, label: p.names.fr }] };
    }),

  summarize: summarizeProductsAdd,
};
