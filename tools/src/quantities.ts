/**
 * Tajer counts whole units: sale lines, stock and stock movements are integers in the database (« 1,5 kg » of a product
 * sold by the kilo failed at approval with a PostgreSQL error, and a received « 2,5 kg » was rounded up to 3). A write
 * tool refuses a fractional quantity before it proposes anything, in the user's language; nothing is ever rounded.
 */
import { formatNumber, quote, say } from './format';
import { ToolFailure } from './tool-kit';

/** The whole counts on either side of a fraction (« 1 ou 2 » for 1,5; only « 1 » for 0,5), as examples to give. */
function wholeNeighbours(quantity: number): number[] {
  const magnitude = Math.abs(quantity);
  return [Math.floor(magnitude), Math.ceil(magnitude)].filter((n) => n >= 1);
}

/** The refusal of a fractional quantity of `product` (as the user named it): what Tajer counts, and that nothing changed. */
export function fractionalQuantity(quantity: number, product: string): ToolFailure {
  const said = (lang: 'fr' | 'ar' | 'en') => `${formatNumber(Math.abs(quantity), lang, 3)} ${quote(product, lang)}`;
  const examples = (lang: 'fr' | 'ar' | 'en') =>
    wholeNeighbours(quantity)
      .map((n) => formatNumber(n, lang))
      .join(say(lang, { fr: ' ou ', ar: ' أو ', en: ' or ' }));
  return new ToolFailure(
    'FRACTIONAL_QUANTITY',
    {
      fr: `Tajer compte en unités entières (pièces, paquets, kilos… comme le produit est vendu dans votre catalogue) : je ne peux pas enregistrer ${said('fr')}, et je n'ai rien enregistré. Donnez une quantité entière, par exemple ${examples('fr')}.`,
      ar: `تاجر يحسب بالوحدات الكاملة (قطع، علب، كيلوغرامات… كما يباع المنتج في قائمة منتجاتك): لا يمكنني تسجيل ${said('ar')}، ولم أسجل شيئا. أعطني كمية كاملة، مثلا ${examples('ar')}.`,
      en: `Tajer counts whole units (pieces, packs, kilos… as the product is sold in your catalogue): I can't record ${said('en')}, and nothing was recorded. Give a whole quantity, e.g. ${examples('en')}.`,
    },
    { quantity, product },
    // Asked back, not a red error: the owner only has to say the count again.
    [],
  );
}

/** Throws the refusal when `quantity` is not a whole number of units. */
export function assertWholeUnits(quantity: number | undefined, product: string): void {
  if (quantity !== undefined && !Number.isInteger(quantity)) throw fractionalQuantity(quantity, product);
}
