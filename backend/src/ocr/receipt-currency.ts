import type { CurrencyCode } from './receipt-draft.types';

interface Signal {
  currency: CurrencyCode;
  pattern: RegExp;
  /** 1 = the currency is printed; less = only a hint (legal form, tax name). */
  weight: number;
}

/** Tested on the normalised text (upper-case, no accents). */
const SIGNALS: Signal[] = [
  { currency: 'DZD', pattern: /(?<![A-Z])(?:DA|DZD|DINARS?)(?![A-Z])/g, weight: 1 },
  { currency: 'DZD', pattern: /دج|د\.ج|دينار/g, weight: 1 },
  { currency: 'DZD', pattern: /\b(?:NIF|NIS|ART(?:ICLE)?\.? ?IMP|R\.?C\.?\s?N|ALGER|ALGERIE|WILAYA)\b/g, weight: 0.4 },
  { currency: 'MYR', pattern: /(?<![A-Z])(?:RM|MYR|RINGGIT)(?![A-Z])/g, weight: 1 },
  { currency: 'MYR', pattern: /\b(?:SDN\.? ?BHD|BHD|S\/B|MALAYSIA|JOHOR|SELANGOR|KUALA LUMPUR)\b/g, weight: 0.4 },
  { currency: 'EUR', pattern: /€|(?<![A-Z])(?:EUR|EUROS?)(?![A-Z])/g, weight: 1 },
  { currency: 'MAD', pattern: /(?<![A-Z])(?:DHS?|MAD|DIRHAMS?)(?![A-Z])/g, weight: 1 },
  { currency: 'TND', pattern: /(?<![A-Z])(?:TND)(?![A-Z])/g, weight: 1 },
  { currency: 'USD', pattern: /(?<![A-Z])(?:USD|US\$)(?![A-Z])|\$ ?\d/g, weight: 0.7 },
  { currency: 'GBP', pattern: /£|(?<![A-Z])GBP(?![A-Z])/g, weight: 1 },
];

/** The currency the receipt is printed in, from currency symbols/codes and weaker regional hints. */
export function detectCurrency(upperText: string, defaultCurrency: CurrencyCode): { currency: CurrencyCode; confidence: number } {
  const scores = new Map<CurrencyCode, { score: number; explicit: boolean }>();
  for (const { currency, pattern, weight } of SIGNALS) {
    const hits = upperText.match(pattern)?.length ?? 0;
    if (!hits) continue;
    const s = scores.get(currency) ?? { score: 0, explicit: false };
    s.score += weight * Math.min(hits, 5);
    s.explicit ||= weight >= 0.7;
    scores.set(currency, s);
  }
  const ranked = [...scores].sort((a, b) => b[1].score - a[1].score);
  if (!ranked.length) return { currency: defaultCurrency, confidence: 0.3 };
  const [currency, { score, explicit }] = ranked[0];
  const runnerUp = ranked[1]?.[1].score ?? 0;
  let confidence = explicit ? (score >= 2 ? 0.95 : 0.85) : 0.55;
  if (runnerUp >= score * 0.7) confidence -= 0.25;
  return { currency, confidence };
}
