/**
 * Scoring of routing predictions exactly as /work/shared/eval/README.md describes, shared by the NLU
 * evaluation script and its tests: tool accuracy, then argument accuracy over the cases routed right.
 */
import { fold } from './normalize';

export interface EvalCase {
  id: string;
  lang?: string;
  text?: string;
  turns?: string[];
  attachment?: string;
  tool: string | null;
  args: Record<string, unknown>;
}

export interface Prediction {
  id: string;
  tool: string | null;
  args: Record<string, unknown>;
  /** Catalogue names per argument; a string argument matches any of them too. */
  resolved?: Record<string, string[]>;
  ms?: number;
}

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'the', 'a', 'an']);

/** Lower case, no accents or Arabic diacritics, no punctuation, no articles (Latin "le/the", Arabic "ال"). */
export function normalizeForScore(value: string, dropArticles = true): string {
  const words = fold(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const kept = dropArticles ? words.filter((w) => !ARTICLES.has(w)) : words;
  return (kept.length ? kept : words)
    .map((w) => (/^ال[\u0600-\u06FF]{2,}/.test(w) ? w.slice(2) : w))
    .join(' ')
    .trim();
}

function stringMatches(expected: string, actual: string): boolean {
  // Compared with and without article removal: "thé" folds to the English article "the".
  const pairs: [string, string][] = [
    [normalizeForScore(expected), normalizeForScore(actual)],
    [normalizeForScore(expected, false), normalizeForScore(actual, false)],
  ];
  return pairs.some(([e, a]) => (!e || !a ? e === a : e === a || a.includes(e) || e.includes(a)));
}

function valueMatches(expected: unknown, actual: unknown, resolvedNames: string[] = []): boolean {
  if (Array.isArray(expected)) return expected.some((e) => valueMatches(e, actual, resolvedNames));
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) < 1e-9;
  if (typeof expected === 'boolean') return actual === expected;
  if (typeof expected === 'string') {
    const candidates = [...(typeof actual === 'string' ? [actual] : []), ...resolvedNames];
    return candidates.some((c) => stringMatches(expected, c));
  }
  return JSON.stringify(expected) === JSON.stringify(actual);
}

export function argsMatch(expected: Record<string, unknown>, prediction: Prediction): boolean {
  return Object.entries(expected).every(([k, v]) => valueMatches(v, prediction.args[k], prediction.resolved?.[k]));
}

export interface Score {
  cases: number;
  toolAccuracy: number;
  argsAccuracy: number;
  failures: { id: string; expected: EvalCase; predicted: Prediction; reason: 'tool' | 'args' }[];
}

export function score(cases: readonly EvalCase[], predictions: readonly Prediction[]): Score {
  const byId = new Map(predictions.map((p) => [p.id, p]));
  let toolRight = 0;
  let argsRight = 0;
  const failures: Score['failures'] = [];
  for (const c of cases) {
    const p = byId.get(c.id) ?? { id: c.id, tool: null, args: {} };
    if ((p.tool ?? null) !== (c.tool ?? null)) {
      failures.push({ id: c.id, expected: c, predicted: p, reason: 'tool' });
      continue;
    }
    toolRight += 1;
    if (argsMatch(c.args ?? {}, p)) argsRight += 1;
    else failures.push({ id: c.id, expected: c, predicted: p, reason: 'args' });
  }
  return {
    cases: cases.length,
    toolAccuracy: cases.length ? toolRight / cases.length : 0,
    argsAccuracy: toolRight ? argsRight / toolRight : 0,
    failures,
  };
}
