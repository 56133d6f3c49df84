import { formatNumber, formatQuantity, nameIn, say } from '../format';
import type { Names } from '../services';
import { deName } from '../stock-lines';
import { directionHead, signedCount } from '../direction';
import { failureSummary, ToolFailure } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { InventoryAdjustResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `InventoryAdjustResult`. */
export type InventoryAdjustData = InventoryAdjustResult;

const signed = (n: number, lang: Lang) => (n > 0 ? `+${formatNumber(n, lang)}` : formatNumber(n, lang));

export type MovementKind = 'reception' | 'removal' | 'count';

/** What a movement is, for its card: a count's difference, else goods in or out. */
export const movementKind = (quantity: number, counted: boolean): MovementKind =>
  counted ? 'count' : quantity > 0 ? 'reception' : 'removal';

/**
 * The approval line, direction first: "Réception : +30 — Semoule 10kg (SIM, moyenne) : 42 → 72 sacs"; a count's says
 * the count and its difference: "Inventaire : 12 (+17) — Huile : −5 → 12".
 */
export function movementLine(
  name: string,
  before: number,
  after: number,
  unit: string,
  quantity: number,
  lang: Lang,
  kind: MovementKind = movementKind(quantity, false),
): string {
  const what = kind === 'count' ? `${formatNumber(after, lang)} (${signedCount(quantity, lang)})` : signedCount(quantity, lang);
  const head = directionHead(kind, what, lang);
  return `${head} — ${name}${lang === 'fr' ? ' : ' : ': '}${formatNumber(before, lang)} → ${formatQuantity(after, unit, lang)}`;
}

/** Removing more than is on the shelf: refused before anything is written. */
export function insufficientStock(names: Names, unit: string, stock: number, quantity: number): ToolFailure {
  const have = (lang: Lang) => formatQuantity(stock, unit, lang);
  const take = (lang: Lang) => formatNumber(Math.abs(quantity), lang);
  return new ToolFailure(
    'INSUFFICIENT_STOCK',
    {
      fr: `Impossible : il ne reste que ${have('fr')} ${deName(nameIn(names, 'fr'))}, je ne peux pas en retirer ${take('fr')}. Le stock ne peut pas devenir négatif.`,
      ar: `غير ممكن: لم يبق سوى ${have('ar')} من ${nameIn(names, 'ar')}، لا يمكنني سحب ${take('ar')}. لا يمكن أن يصبح المخزون سالبا.`,
      en: `Not possible: only ${have('en')} of ${nameIn(names, 'en')} left, I can't remove ${take('en')}. Stock can't go negative.`,
    },
    { stock, requested: quantity, unit },
  );
}

export function summarizeInventoryAdjust(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as InventoryAdjustData;
  const name = nameIn(d.product.names, lang);
  const after = formatQuantity(d.stockAfter, d.product.unit, lang);
  const before = formatNumber(d.stockBefore, lang);
  const delta = signed(d.quantity, lang);
  const done = say(lang, {
    fr: `C'est fait : le stock ${deName(name)} passe de ${before} à **${after}** (${delta}).`,
    ar: `تم: مخزون ${name} انتقل من ${before} إلى **${after}** (${delta}).`,
    en: `Done: ${name} stock went from ${before} to **${after}** (${delta}).`,
  });
  if (!d.lowStock) return done;
  const threshold = formatNumber(d.reorderThreshold ?? 0, lang);
  return `${done} ${say(lang, {
    fr: `⚠️ C'est au seuil de réapprovisionnement ou en dessous (${threshold}).`,
    ar: `⚠️ المخزون عند حد إعادة الطلب أو تحته (${threshold}).`,
    en: `⚠️ That's at or below the reorder threshold (${threshold}).`,
  })}`;
}
