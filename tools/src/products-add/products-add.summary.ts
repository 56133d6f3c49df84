import { formatQuantity, say } from '../format';
import { money } from '../sales-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';

export interface ProductsAddData {
  product: { id: string; sku: string; name: string; unit: string; price: number; cost: number | null; stock: number; category: string };
  currency: string;
}

export function summarizeProductsAdd(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const { product: p, currency } = result.data as ProductsAddData;
  const price = money(p.price, lang, currency);
  const stock = formatQuantity(p.stock, p.unit, lang);
  const next = p.stock
    ? ''
    : say(lang, {
        fr: ` Quand la marchandise arrive, dites « j'ai reçu 24 ${p.name} ».`,
        ar: ` عندما تصل البضاعة، قل «استلمت 24 ${p.name}».`,
        en: ` When the goods arrive, say "I received 24 ${p.name}".`,
      });
  return say(lang, {
    fr: `C'est ajouté au catalogue : **${p.name}** à ${price} (réf. ${p.sku}), stock ${stock}.${next}`,
    ar: `تمت الإضافة إلى المنتجات: **${p.name}** بـ ${price} (المرجع ${p.sku})، المخزون ${stock}.${next}`,
    en: `Added to the catalogue: **${p.name}** at ${price} (ref. ${p.sku}), stock ${stock}.${next}`,
  });
}
