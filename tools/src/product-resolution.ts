/**
 * Product arguments are names as the user typed them, in any language ("semoule", "سميد", "smid"). Writes must hit
 * exactly one product: when the catalogue search is not sure, the tool fails with the candidates so the model (or
 * the user) can pick, rather than guessing which milk to change.
 */
import { nameIn, quote, type Localized } from './format';
import { service, type ProductInfo } from './services';
import { ToolFailure } from './tool-kit';
import type { ToolContext } from './types';

const MAX_CANDIDATES = 5;

/** Lower case, no accents or Arabic diacritics/tatweel, single spaces: "Semoule  10KG" ≡ "semoule 10kg". */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the text is exactly one of the product's names (any language) or its SKU. */
export function isExactName(text: string, product: ProductInfo): boolean {
  const wanted = foldName(text);
  return [product.names.fr, product.names.ar, product.names.en, product.sku].some((n) => !!n && foldName(n) === wanted);
}

/** 1 when one of the product's names starts with the (first) word of the text, else 0. */
export function startsWithWord(product: { names: { fr: string; ar?: string | null; en?: string | null } }, text: string): number {
  const word = foldName(text).split(' ')[0];
  return [product.names.fr, product.names.ar, product.names.en].some((n) => !!n && foldName(n).startsWith(word)) ? 1 : 0;
}

export async function resolveProduct(ctx: ToolContext, name: string): Promise<ProductInfo> {
  const found = await service(ctx, 'inventory').resolveProduct(ctx.tenantId, name);
  if (!found.match) throw productNotFound(name);
  if (found.confident || isExactName(name, found.match.product)) return found.match.product;
  // Names that start with the word asked first: "huile" lists the oils before "Thon à l'huile".
  const candidates = [found.match, ...found.alternatives].map((m) => m.product);
  throw ambiguous(name, [...candidates].sort((a, b) => startsWithWord(b, name) - startsWithWord(a, name)).slice(0, MAX_CANDIDATES));
}

/**
 * Several products fit the name: the user picks one by tapping it (the choice sends the product's exact name, which
 * the assistant reads as the answer to its question and carries on with the same request).
 */
export function ambiguous(name: string, candidates: ProductInfo[]): ToolFailure {
  const messages: Localized = {
    fr: `Plusieurs produits correspondent à ${quote(name, 'fr')}. Lequel voulez-vous ?`,
    ar: `عدة منتجات تطابق ${quote(name, 'ar')}. أيها تقصد؟`,
    en: `Several products match ${quote(name, 'en')}. Which one do you mean?`,
  };
  const choices = candidates.map((p) => {
    const names: Localized = { fr: nameIn(p.names, 'fr'), ar: nameIn(p.names, 'ar'), en: nameIn(p.names, 'en') };
    return { label: names, text: names };
  });
  return new ToolFailure(
    'AMBIGUOUS_PRODUCT',
    messages,
    { query: name, candidates: candidates.map((p) => ({ id: p.id, names: p.names })) },
    choices,
  );
}

/** No product by that name: said plainly, with what the user can do next (never a red error). */
export function productNotFound(name: string): ToolFailure {
  return new ToolFailure(
    'NOT_FOUND',
    {
      fr: `Je ne trouve aucun produit ${quote(name, 'fr')} dans votre catalogue. Vérifiez le nom, ou ajoutez-le au catalogue.`,
      ar: `لم أجد أي منتج ${quote(name, 'ar')} في قائمة منتجاتك. تحقق من الاسم، أو أضفه إلى القائمة.`,
      en: `I can't find any product ${quote(name, 'en')} in your catalogue. Check the name, or add it to the catalogue.`,
    },
    { query: name },
    [
      {
        label: { fr: 'Voir mon catalogue', ar: 'عرض منتجاتي', en: 'See my catalogue' },
        text: { fr: "Montre-moi tout l'inventaire", ar: 'أرني كل المخزون', en: 'Show me the whole inventory' },
      },
    ],
  );
}
