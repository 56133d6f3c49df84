import { toNumber } from '@tajer/contract';

/**
 * Accessors for the REST pages that have no response schema in @tajer/contract yet (alerts list, expenses and
 * marketing pages, feedback received): wrong types count as missing. Tool results never go through here: the chat's
 * cards parse them with the contract's result schemas (tool-cards/registry.ts).
 */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function pick(o: Obj, ...keys: string[]): unknown {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k];
  return undefined;
}

export function str(o: Obj, ...keys: string[]): string | undefined {
  const v = pick(o, ...keys);
  return typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

export function num(o: Obj, ...keys: string[]): number | undefined {
  for (const k of keys) {
    const n = toNumber(o[k]);
    if (n !== null) return n;
  }
  return undefined;
}

/** The first array of objects: the result itself, or under one of `keys`, or under any key. */
export function rows(result: unknown, ...keys: string[]): Obj[] | null {
  if (Array.isArray(result)) return result.filter(isObj);
  if (!isObj(result)) return null;
  for (const k of keys) if (Array.isArray(result[k])) return (result[k] as unknown[]).filter(isObj);
  for (const v of Object.values(result)) if (Array.isArray(v) && v.some(isObj)) return v.filter(isObj);
  return null;
}

type LangKey = 'fr' | 'ar' | 'en';
const isLocalized = (v: unknown): v is Partial<Record<LangKey, string | null>> =>
  isObj(v) && ['fr', 'ar', 'en'].some((k) => typeof v[k] === 'string') && Object.keys(v).every((k) => ['fr', 'ar', 'en'].includes(k));

/**
 * Display text under the first of `keys`: a plain string, a `{fr, ar, en}` value in the UI language (falling back to
 * French, the one always filled), or the name of a nested record (`product: { names: {…} }`).
 */
export function text(o: Obj, lang: LangKey, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'string' && v.trim()) return v;
    if (typeof v === 'number') return String(v);
    if (isLocalized(v)) {
      const s = v[lang] || v.fr || v.en || v.ar;
      if (s) return s;
    }
    if (isObj(v) && !isLocalized(v)) {
      const nested = text(v, lang, 'names', 'name', 'label', 'title');
      if (nested) return nested;
    }
  }
  return undefined;
}
