/** How a product's stock is written in inventory answers (search, image recognition, adjustments). */
import { colon, formatNumber, formatQuantity, nameIn, say } from './format';
import type { Names } from './services';
import type { Lang } from './types';

/** A product with its stock as results show it: the contract's `StockViewSchema`. */
export type { StockView } from '@tajer/contract';
import type { ProductRef, StockView } from '@tajer/contract';

/** A catalogue product as results name it: the contract's `ProductRef` (id, reference, names, unit). */
export function toProductRef(p: { id: string; sku?: string; names: Names; unit: string }): ProductRef & { unit: string } {
  return { id: p.id, ...(p.sku ? { sku: p.sku } : {}), names: p.names, unit: p.unit };
}

export function toStockView(p: {
  id: string;
  sku?: string;
  names: Names;
  unit: string;
  stock: number;
  reorderThreshold: number;
  lowStock?: boolean;
  score?: number | null;
}): StockView {
  return {
    ...(typeof p.score === 'number' ? { score: p.score } : {}),
    ...toProductRef(p),
    stock: p.stock,
    reorderThreshold: p.reorderThreshold,
    lowStock: p.lowStock ?? p.stock <= p.reorderThreshold,
  };
}

/** Most urgent first: out of stock, then the lowest stock relative to its threshold. */
export const byUrgency = (a: StockView, b: StockView) =>
  a.stock / Math.max(1, a.reorderThreshold) - b.stock / Math.max(1, b.reorderThreshold);

/** French elision before a vowel or a mute h: "d'Huile", "d'Œufs", but "de Harissa". */
export function deName(name: string): string {
  return /^([aeiouyâàäéèêëîïôöûüœ]|hu)/i.test(name) ? `d'${name}` : `de ${name}`;
}

export function thresholdNote(p: StockView, lang: Lang): string {
  const n = formatNumber(p.reorderThreshold, lang);
  return say(lang, { fr: `seuil de réapprovisionnement : ${n}`, ar: `حد إعادة الطلب: ${n}`, en: `reorder threshold: ${n}` });
}

/** "Semoule 10kg : **42 sacs**", flagged when at or below its threshold. */
export function stockLine(p: StockView, lang: Lang): string {
  const flag =
    p.stock <= 0
      ? say(lang, { fr: ' ⚠️ rupture', ar: ' ⚠️ نفد', en: ' ⚠️ out of stock' })
      : p.lowStock
        ? ` ⚠️ (${say(lang, { fr: 'seuil', ar: 'الحد', en: 'threshold' })} ${formatNumber(p.reorderThreshold, lang)})`
        : '';
  return `${nameIn(p.names, lang)}${colon(lang)}**${formatQuantity(p.stock, p.unit, lang)}**${flag}`;
}

/**
 * One product's stock as a sentence: "Il vous reste 42 sacs de Semoule 10kg — seuil de réapprovisionnement : 20."
 * A threshold of 0 is the default of a product nobody gave one (a new shop's imported catalogue): « seuil : 0 » would
 * be noise, so the note is left out.
 */
export function stockSentence(p: StockView, lang: Lang): string {
  const name = nameIn(p.names, lang);
  const note = p.reorderThreshold > 0 ? ` — ${thresholdNote(p, lang)}` : '';
  if (p.stock <= 0) {
    return say(lang, {
      fr: `**${name}** est en rupture de stock${note}. Pensez à recommander.`,
      ar: `**${name}** نفد من المخزون${note}. فكّر في إعادة الطلب.`,
      en: `**${name}** is out of stock${note}. Time to reorder.`,
    });
  }
  const qty = formatQuantity(p.stock, p.unit, lang);
  const base = say(lang, {
    fr: `Il vous reste **${qty}** ${deName(name)}${note}.`,
    ar: `بقي لديك **${qty}** من ${name}${note}.`,
    en: `You have **${qty}** of ${name} left${note}.`,
  });
  if (!p.lowStock) return base;
  return `${base} ${say(lang, {
    fr: "⚠️ C'est au seuil ou en dessous : pensez à recommander.",
    ar: '⚠️ المخزون عند حد إعادة الطلب أو تحته: فكّر في إعادة الطلب.',
    en: "⚠️ That's at or below the threshold: time to reorder.",
  })}`;
}
