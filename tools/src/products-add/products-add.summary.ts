import { formatQuantity, say } from '../format';
import { money } from '../sales-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { ProductsAddResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `ProductsAddResult`. */
export type ProductsAddData = ProductsAddResult;

export function summarizeProductsAdd(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const { product: p, currency } = result.data as ProductsAddData;
  const price = money(p.price, lang, currency);
  const stock = formatQuantity(p.stock, p.unit, lang);
  const next = p.stock
    ? ''
    : say(lang, {
        fr: ` Quand la marchandise arrive, dites « j'ai reçu 24 ${p.names.fr} ».`,
        ar: ` عندما تصل البضاعة، قل «استلمت 24 ${p.names.fr}».`,
        en: ` When the goods arrive, say "I received 24 ${p.names.fr}".`,
      });
  return say(lang, {
    fr: `C'est ajouté au catalogue : **${p.names.fr}** à ${price} (réf. ${p.sku}), stock ${stock}.${next}`,
    ar: `تمت الإضافة إلى المنتجات: **${p.names.fr}** بـ ${price} (المرجع ${p.sku})، المخزون ${stock}.${next}`,
    en: `Added to the catalogue: **${p.names.fr}** at ${price} (ref. ${p.sku}), stock ${stock}.${next}`,
  });
}
