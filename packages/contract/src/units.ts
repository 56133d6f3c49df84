/**
 * Stock units. The catalogue stores the French key ("paquet", "sac"…); every place that shows a quantity — the chat's
 * answers, the stock page, the cards — says it in the reader's language with the right plural, so an Arabic page
 * never shows « paquet 90 » (a French word that the bidi algorithm also puts on the wrong side of its number).
 */
import { formatNumber } from './format';
import type { Lang } from './lang';

type Forms = Record<Lang, readonly [singular: string, plural: string]>;

/** The units vocabulary: stored key → singular/plural per language. Keys are lower case; "L" is stored as "L". */
export const UNITS = {
  sac: { fr: ['sac', 'sacs'], ar: ['كيس', 'أكياس'], en: ['bag', 'bags'] },
  paquet: { fr: ['paquet', 'paquets'], ar: ['عبوة', 'عبوات'], en: ['pack', 'packs'] },
  boîte: { fr: ['boîte', 'boîtes'], ar: ['علبة', 'علب'], en: ['box', 'boxes'] },
  bouteille: { fr: ['bouteille', 'bouteilles'], ar: ['قارورة', 'قارورات'], en: ['bottle', 'bottles'] },
  pièce: { fr: ['pièce', 'pièces'], ar: ['قطعة', 'قطع'], en: ['piece', 'pieces'] },
  unité: { fr: ['unité', 'unités'], ar: ['وحدة', 'وحدات'], en: ['unit', 'units'] },
  carton: { fr: ['carton', 'cartons'], ar: ['كرتونة', 'كراتين'], en: ['carton', 'cartons'] },
  kg: { fr: ['kg', 'kg'], ar: ['كغ', 'كغ'], en: ['kg', 'kg'] },
  l: { fr: ['L', 'L'], ar: ['لتر', 'لترات'], en: ['L', 'L'] },
} as const satisfies Record<string, Forms>;

export type UnitKey = keyof typeof UNITS;

/** A new product's unit when nobody said one — the same whether it is added in the chat, through the API or by an import. */
export const DEFAULT_UNIT: UnitKey = 'unité';
export const UNIT_KEYS = Object.keys(UNITS) as UnitKey[];

const formsOf = (unit: string): Forms | undefined => (UNITS as Record<string, Forms>)[unit.trim().toLowerCase()];

/** True for a unit of the vocabulary (any case). */
export const isKnownUnit = (unit: string): boolean => formsOf(unit) !== undefined;

/**
 * The unit for a quantity. French and English take the plural from 2; Arabic counted nouns take the plural from 3 to
 * 10 (and for 2, as people write it with a digit) and the singular from 11 ("42 كيس"), as in the shop's own speech.
 * A unit outside the vocabulary is returned as stored.
 */
export function unitName(unit: string, quantity: number, lang: Lang): string {
  const forms = formsOf(unit);
  if (!forms) return unit;
  const n = Math.abs(quantity);
  // English counts everything but one in the plural (« 0 pieces », « 1.5 kilos »); French keeps the singular below two
  // (« 0 pièce », « 1,5 kilo »); Arabic's plural form is for three to ten and the dual (the unit has two forms).
  const plural = lang === 'ar' ? n >= 2 && n <= 10 : lang === 'en' ? n !== 1 : n >= 2;
  return forms[lang][plural ? 1 : 0];
}

/** The unit's name on its own (a column, a label): the singular. */
export const unitLabel = (unit: string, lang: Lang): string => formsOf(unit)?.[lang][0] ?? unit;

/** "42 sacs", "42 كيس", "42 bags". */
export function formatQuantity(quantity: number, unit: string, lang: Lang): string {
  return `${formatNumber(quantity, lang)} ${unitName(unit, quantity, lang)}`.trim();
}
