/**
 * The neighbourhood's other shops and what they charged over the last three months. Each competitor has a stance
 * (the hypermarket undercuts packaged goods but is dearer on fresh produce, the wholesaler sells near our cost, the
 * corner hanout is a little dearer) plus a persistent per-product offset, so price comparisons show clear winners and
 * losers rather than noise. State-regulated prices (bagged milk, bread, oil, sugar) are the same everywhere.
 */
import { Category, CatalogItem } from './catalog';
import { addDays, algiersTime, DateRange } from './calendar';
import { Rng } from './prng';

export interface CompetitorSeed {
  name: string;
  location: string;
  kind: string;
  /** Mean price relative to ours. */
  stance: number;
  /** Share of our products they carry (and that we have seen there). */
  coverage: number;
  categories?: Category[];
  /** Extra offset by category (e.g. the hypermarket's fresh produce). */
  categoryOffset?: Partial<Record<Category, number>>;
  /** Wholesalers are priced from cost, not from our shelf price. */
  wholesale?: boolean;
}

export const COMPETITORS: CompetitorSeed[] = [
  { name: 'Supérette Ennour', location: 'Bab Ezzouar, cité 5 Juillet', kind: 'superette', stance: 0.015, coverage: 0.85 },
  { name: 'Hanout Ammi Said', location: 'Bab Ezzouar, rue des Frères Bouadou', kind: 'hanout', stance: 0.04, coverage: 0.6 },
  {
    name: 'Uno Bab Ezzouar',
    location: 'Centre commercial Bab Ezzouar',
    kind: 'hypermarché',
    stance: -0.035,
    coverage: 0.9,
    categoryOffset: { 'fruits et légumes': 0.1, boulangerie: 0.05 },
  },
  {
    name: 'Marché de gros Semmar',
    location: 'Semmar, Gué de Constantine',
    kind: 'grossiste',
    stance: 0.04,
    coverage: 0.75,
    categories: ['épicerie', 'conserves', 'boissons', 'entretien', 'confiserie'],
    wholesale: true,
  },
];

/** Where we stand out: positive = competitors dearer than us, negative = we are the expensive one. */
const PRODUCT_POSITION: Record<string, number> = {
  'Café moulu Facto 250g': -0.08, // everybody else runs it as a loss leader
  'Beurre doux 250g': -0.06,
  'Couches bébé taille 4 (x44)': -0.07, // the hypermarket's own promotions
  'Eau minérale Ifri 1,5L': 0.05, // we buy by the pallet
  'Dattes Deglet Nour 1kg': 0.06, // bought directly from Biskra
};

export interface CompetitorPriceSeed {
  competitorIndex: number;
  productIndex: number;
  priceCents: number;
  observedAt: Date;
}

function shelfRound(cents: number): number {
  const step = cents >= 10_000 ? 500 : 100;
  return Math.max(step, Math.round(cents / step) * step);
}

export function generateCompetitorPrices(rng: Rng, window: DateRange, catalog: CatalogItem[]): CompetitorPriceSeed[] {
  const observations: CompetitorPriceSeed[] = [];
  COMPETITORS.forEach((competitor, competitorIndex) => {
    catalog.forEach((item, productIndex) => {
      if (competitor.categories && !competitor.categories.includes(item.category)) return;
      if (!rng.chance(competitor.coverage)) return;
      const offset = item.regulated
        ? 0
        : competitor.stance +
          (competitor.categoryOffset?.[item.category] ?? 0) +
          (PRODUCT_POSITION[item.nameFr] ?? 0) +
          rng.normal(0, 0.025);
      // Someone from the shop checks prices roughly every two weeks.
      for (let daysAgo = rng.int(2, 9); daysAgo <= 90; daysAgo += rng.int(11, 17)) {
        const day = addDays(window.end, -daysAgo);
        const base = competitor.wholesale ? item.costCents * (1 + competitor.stance) : item.priceCents * (1 + offset);
        const drift = item.regulated ? 1 : 1 + rng.normal(0, 0.01) - 0.0002 * daysAgo; // slightly cheaper months ago
        observations.push({
          competitorIndex,
          productIndex,
          priceCents: item.regulated && !competitor.wholesale ? item.priceCents : shelfRound(base * drift),
          observedAt: algiersTime(day, rng.int(10, 18), rng.int(0, 59)),
        });
      }
    });
  });
  return observations.sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime());
}
