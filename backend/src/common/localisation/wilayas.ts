import { normalizeText, WILAYAS } from '@tajer/contract';

/**
 * Algeria's 58 wilayas (the list is @tajer/contract's WILAYAS), looked up for labels in the customer's language
 * ("Alger" → "الجزائر" in an Arabic post, "Algiers" in English) and for grouping customers whatever way their wilaya
 * was typed ("16", "Alger", "الجزائر").
 */
export interface WilayaLabel {
  code: number | null;
  fr: string;
  ar: string;
  en: string;
}

const INDEX = new Map<string, WilayaLabel>();
for (const { code, fr, ar, en } of WILAYAS) {
  const label = { code, fr, ar, en };
  for (const key of [String(code), String(code).padStart(2, '0'), fr, ar, label.en]) INDEX.set(normalizeText(key), label);
}

/** The 58 wilayas in order, for pickers (sign-up, business profile). */
export const WILAYA_LIST: readonly WilayaLabel[] = WILAYAS;

/** The wilaya's names in the three languages; an unknown spelling is kept as typed in every language. */
export function wilayaLabel(raw: string): WilayaLabel {
  const folded = normalizeText(raw);
  const byCode = /^(\d{1,2})\b/.exec(folded);
  const known = INDEX.get(folded) ?? (byCode ? INDEX.get(byCode[1]) : undefined) ?? INDEX.get(folded.replace(/^\d+\s*-?\s*/, ''));
  return known ?? { code: null, fr: raw, ar: raw, en: raw };
}
