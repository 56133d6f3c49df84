import type { ProductRow } from '../dashboard/dashboard.repository';
import { matchScore, searchable, tokenMatches, tokens } from '../common/text/text-normalize';

/**
 * Products whose name (any language) holds every word of the query; failing that, the best partial matches. When some
 * of them are *named* by the query's first word ("huile" → "Huile de table…", not "Sardines à l'huile"), only those.
 */
export function findProducts(query: string, products: ProductRow[]): ProductRow[] {
  const head = tokens(query)[0];
  const scored = products.map((p) => ({
    p,
    score: matchScore(query, searchable(p.nameFr, p.nameAr, p.nameEn, p.sku)),
    named: !!head && [p.nameFr, p.nameAr, p.nameEn].some((n) => n && tokenMatches(head, tokens(n)[0] ?? '')),
  }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best < 0.5) return [];
  const top = scored.filter((s) => s.score === best);
  const named = top.filter((s) => s.named);
  return (named.length ? named : top).map((s) => s.p);
}
