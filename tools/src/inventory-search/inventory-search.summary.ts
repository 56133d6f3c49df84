import { bullets, colon, formatNumber, formatQuantity, joinList, moreLine, nameIn, quote, say } from '../format';
import { stockLine, stockSentence } from '../stock-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { InventorySearchResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `InventorySearchResult`. */
export type InventorySearchData = InventorySearchResult;

const SHOWN = 5;
/** A best match this relevant and this far ahead of the next one is the product meant. */
const CLEAR_MATCH = 0.9;
const CLEAR_LEAD = 0.25;

export function summarizeInventorySearch(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as InventorySearchData;
  const shown = d.items.slice(0, SHOWN);
  const list = () => [bullets(shown.map((p) => stockLine(p, lang))), moreLine(d.total, shown.length, lang)].filter(Boolean).join('\n');

  if (d.lowStockOnly) {
    if (!d.items.length) {
      return d.query
        ? say(lang, {
            fr: `Aucun produit ${quote(d.query, lang)} n'est au seuil de réapprovisionnement ou en dessous.`,
            ar: `لا يوجد أي منتج ${quote(d.query, lang)} عند حد إعادة الطلب أو تحته.`,
            en: `No ${quote(d.query, lang)} product is at or below its reorder threshold.`,
          })
        : say(lang, {
            fr: "Bonne nouvelle : aucun produit n'est au seuil de réapprovisionnement ou en dessous.",
            ar: 'خبر جيد: لا يوجد أي منتج عند حد إعادة الطلب أو تحته.',
            en: 'Good news: no product is at or below its reorder threshold.',
          });
    }
    const n = formatNumber(d.total, lang);
    const head = say(lang, {
      fr: `${n} produit${d.total > 1 ? 's sont' : ' est'} au seuil de réapprovisionnement ou en dessous, les plus urgents d'abord :`,
      ar: `عدد المنتجات عند حد إعادة الطلب أو تحته: ${n}، الأكثر استعجالا أولا:`,
      en: `${n} product${d.total > 1 ? 's are' : ' is'} at or below the reorder threshold, most urgent first:`,
    });
    return `${head}\n${list()}`;
  }

  if (d.query) {
    if (!d.items.length) {
      return say(lang, {
        fr: `Je ne trouve aucun produit correspondant à ${quote(d.query, lang)} dans votre stock.`,
        ar: `لم أجد أي منتج يطابق ${quote(d.query, lang)} في مخزونك.`,
        en: `I can't find any product matching ${quote(d.query, lang)} in your stock.`,
      });
    }
    if (d.items.length === 1) return stockSentence(d.items[0], lang);
    // One clear best match ("farine" → the flour, well ahead of "Margarine"): answer it, mention the others.
    const [best, next] = d.items;
    if ((best.score ?? 0) >= CLEAR_MATCH && (best.score ?? 0) - (next.score ?? 0) >= CLEAR_LEAD) {
      const others = d.items.slice(1, SHOWN).map((p) => `${nameIn(p.names, lang)} (${formatQuantity(p.stock, p.unit, lang)})`);
      const also = say(lang, { fr: 'Autres produits proches', ar: 'منتجات قريبة أخرى', en: 'Other close matches' });
      return `${stockSentence(best, lang)}\n${also}${colon(lang)}${joinList(others, lang)}.`;
    }
    const head = say(lang, {
      fr: `J'ai trouvé ${formatNumber(d.total, lang)} produits pour ${quote(d.query, lang)} :`,
      ar: `عدد المنتجات التي تطابق ${quote(d.query, lang)}: ${formatNumber(d.total, lang)}`,
      en: `I found ${formatNumber(d.total, lang)} products for ${quote(d.query, lang)}:`,
    });
    return `${head}\n${list()}`;
  }

  if (!d.total) {
    return say(lang, {
      fr: 'Votre catalogue ne contient encore aucun produit.',
      ar: 'لا يحتوي كتالوجك على أي منتج بعد.',
      en: 'Your catalogue has no products yet.',
    });
  }
  const total = formatNumber(d.total, lang);
  if (!d.lowStockCount) {
    return say(lang, {
      fr: `Votre inventaire compte **${total} produits** et aucun n'est sous son seuil de réapprovisionnement. Demandez-moi un produit pour voir son stock.`,
      ar: `عدد المنتجات في مخزونك: **${total}**، ولا يوجد أي منتج تحت حد إعادة الطلب. اسألني عن منتج لترى مخزونه.`,
      en: `Your inventory holds **${total} products** and none is below its reorder threshold. Ask me about a product to see its stock.`,
    });
  }
  const low = formatNumber(d.lowStockCount, lang);
  const urgent = d.items.filter((p) => p.lowStock).slice(0, SHOWN);
  const head = say(lang, {
    fr: `Votre inventaire compte **${total} produits**, dont **${low}** au seuil de réapprovisionnement ou en dessous. Les plus urgents :`,
    ar: `عدد المنتجات في مخزونك: **${total}**، منها **${low}** عند حد إعادة الطلب أو تحته. الأكثر استعجالا:`,
    en: `Your inventory holds **${total} products**, **${low}** of them at or below the reorder threshold. Most urgent:`,
  });
  return [head, bullets(urgent.map((p) => stockLine(p, lang))), moreLine(d.lowStockCount, urgent.length, lang)].filter(Boolean).join('\n');
}
