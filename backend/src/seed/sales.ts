/**
 * Twelve months of till receipts. Volume and basket mix follow what an Algiers supérette actually sees:
 * Ramadan (more semolina, dates, milk, oil, juice; shopping shifts to the afternoon and after iftar), the week before
 * Aïd el-Fitr (cake ingredients), summer (water and soft drinks), la rentrée in September, a quiet Friday around the
 * Jumu'a prayer, a busy Thursday before the weekend, and gentle growth over the year.
 */
import { CatalogItem, QuantityMix } from './catalog';
import { CustomerSeed } from './customers';
import { addDays, algiersTime, DateRange, DAY_MS, eachDay, eidDays, inRange, ramadanPeriods } from './calendar';
import { Rng, WeightedTable } from './prng';

export interface LineSeed {
  productIndex: number;
  quantity: number;
  unitPriceCents: number;
  unitCostCents: number;
}

export interface SaleSeed {
  soldAt: Date;
  /** Index into the customers array, or null for an anonymous walk-in. */
  customerIndex: number | null;
  channel: 'store' | 'whatsapp';
  totalCents: number;
  costCents: number;
  lines: LineSeed[];
}

export interface SalesHistory {
  days: Date[];
  sales: SaleSeed[];
  /** unitsSold[productIndex][dayIndex]: what left the shelf each day, for the stock ledger. */
  unitsSold: Int32Array[];
}

export interface DayContext {
  day: Date;
  index: number;
  ramadan: boolean;
  /** Inside the last ten days of Ramadan (the Aïd shopping rush). */
  ramadanEnd: boolean;
  eidFitrPrep: boolean;
  eidAdhaPrep: boolean;
  /** Aïd itself and the day after: families at home, the shop opens late. */
  eidHoliday: number;
  summer: boolean;
  school: boolean;
  winter: boolean;
}

export interface SalesOptions {
  /** Tickets per ordinary weekday at the start of the window (grows ~18 % over the year). */
  baseDailySales?: number;
  /** Share of tickets linked to a known customer. */
  customerShare?: number;
}

const WEEKDAY_FACTOR = [1.0, 0.97, 0.98, 1.02, 1.15, 0.82, 1.06]; // Sunday .. Saturday (weekend = Fri + Sat)
const LINES_PER_SALE: QuantityMix = [
  [1, 0.28],
  [2, 0.24],
  [3, 0.18],
  [4, 0.12],
  [5, 0.08],
  [6, 0.05],
  [7, 0.03],
  [8, 0.02],
];

// Opening hours in local time with the relative share of tickets per hour.
const HOURS_NORMAL = weightsFrom(7, [3, 6, 6, 6, 7, 6, 4, 4, 5, 6, 9, 10, 9, 6, 3]);
const HOURS_FRIDAY = weightsFrom(7, [1, 2, 3, 4, 4, 1, 0.3, 3, 5, 7, 9, 10, 8, 5, 2]);
// Ramadan: late start, a rush before iftar, near-empty during the meal, busy again in the evening.
const HOURS_RAMADAN = weightsFrom(9, [2, 4, 5, 6, 6, 7, 9, 12, 13, 5, 0.5, 2, 5, 5, 3]);
const HOURS_EID = weightsFrom(10, [2, 4, 5, 3, 3, 4, 5, 6, 6, 5, 3, 2]);

function weightsFrom(firstHour: number, weights: number[]): [number, number][] {
  return weights.map((w, i) => [firstHour + i, w]);
}

const QUARTERS_OF_DRIFT = 5;
/** Shelf prices a quarter earlier were ~1.5 % lower (food inflation), except state-regulated staples. */
const DRIFT_PER_QUARTER = 0.015;

/** Price and cost of a product `quarter` quarters before the end of the window. */
export function historicalPrice(item: CatalogItem, quarter: number): { priceCents: number; costCents: number } {
  if (quarter === 0 || item.regulated) return { priceCents: item.priceCents, costCents: item.costCents };
  const factor = 1 - DRIFT_PER_QUARTER * quarter;
  const step = item.priceCents >= 10_000 ? 500 : 100; // shelf prices end in 5 DA above 100 DA, whole dinars below
  const priceCents = Math.max(step, Math.round((item.priceCents * factor) / step) * step);
  const costCents = Math.min(Math.round((item.costCents * factor) / 50) * 50, priceCents - 50);
  return { priceCents, costCents };
}

export function quarterBeforeEnd(day: Date, window: DateRange): number {
  const daysBefore = (window.end.getTime() - day.getTime()) / DAY_MS;
  return Math.min(QUARTERS_OF_DRIFT - 1, Math.floor(daysBefore / 91.3));
}

export function dayContexts(window: DateRange): DayContext[] {
  const ramadans = ramadanPeriods(window);
  const eids = eidDays(window);
  return eachDay(window).map((day, index) => {
    const month = day.getUTCMonth();
    const ramadan = ramadans.find((r) => inRange(day, r));
    const near = (dates: Date[], before: number, after: number) => dates.some((d) => day >= addDays(d, -before) && day < addDays(d, after));
    let eidHoliday = 0;
    if (near([...eids.fitr, ...eids.adha], 0, 1)) eidHoliday = 1;
    else if (near([...eids.fitr, ...eids.adha], -1, 2)) eidHoliday = 2;
    return {
      day,
      index,
      ramadan: !!ramadan,
      ramadanEnd: !!ramadan && day >= addDays(ramadan.end, -10),
      eidFitrPrep: near(eids.fitr, 7, 0),
      eidAdhaPrep: near(eids.adha, 4, 0),
      eidHoliday,
      summer: month >= 5 && month <= 7,
      school: month === 8,
      winter: month === 11 || month <= 1,
    };
  });
}

export function seasonMultiplier(item: CatalogItem, ctx: DayContext): number {
  const s = item.season;
  let m = 1;
  if (ctx.ramadan && s.ramadan) m *= s.ramadan;
  if (ctx.eidFitrPrep && s.eidFitr) m *= s.eidFitr;
  if (ctx.eidAdhaPrep && s.eidAdha) m *= s.eidAdha;
  if (ctx.summer && s.summer) m *= s.summer;
  if (ctx.school && s.school) m *= s.school;
  if (ctx.winter && s.winter) m *= s.winter;
  return m;
}

function dailyTickets(rng: Rng, ctx: DayContext, progress: number, base: number): number {
  let volume = base * (1 + 0.18 * progress) * WEEKDAY_FACTOR[ctx.day.getUTCDay()];
  if (ctx.ramadan) volume *= ctx.ramadanEnd ? 1.32 : 1.2;
  if (ctx.eidAdhaPrep) volume *= 1.15;
  if (ctx.eidHoliday === 1) volume *= 0.45;
  if (ctx.eidHoliday === 2) volume *= 0.7;
  if (ctx.school) volume *= 1.1;
  // Many Algérois leave for the coast or the bled in August.
  if (ctx.day.getUTCMonth() === 7) volume *= 0.94;
  return Math.max(5, Math.round(volume * (1 + rng.normal(0, 0.07))));
}

function hoursFor(ctx: DayContext): [number, number][] {
  if (ctx.eidHoliday === 1) return HOURS_EID;
  if (ctx.ramadan) return ctx.day.getUTCDay() === 5 ? HOURS_RAMADAN.map(([h, w]) => [h, h >= 12 && h < 14 ? w * 0.2 : w]) : HOURS_RAMADAN;
  return ctx.day.getUTCDay() === 5 ? HOURS_FRIDAY : HOURS_NORMAL;
}

export function generateSales(
  rng: Rng,
  window: DateRange,
  catalog: CatalogItem[],
  customers: CustomerSeed[],
  options: SalesOptions = {},
): SalesHistory {
  const base = options.baseDailySales ?? 78;
  const customerShare = options.customerShare ?? 0.4;
  const contexts = dayContexts(window);
  const unitsSold = catalog.map(() => new Int32Array(contexts.length));
  const customerTable = new WeightedTable(customers.map((c, i) => [i, c.loyalty] as const));
  const sales: SaleSeed[] = [];
  const priceByQuarter = catalog.map((item) => Array.from({ length: QUARTERS_OF_DRIFT }, (_, q) => historicalPrice(item, q)));
  let knownCustomers = 0;

  for (const ctx of contexts) {
    const progress = ctx.index / Math.max(1, contexts.length - 1);
    const quarter = quarterBeforeEnd(ctx.day, window);
    const products = new WeightedTable(catalog.map((item, i) => [i, item.popularity * seasonMultiplier(item, ctx)] as const));
    const hours = hoursFor(ctx);
    while (knownCustomers < customers.length && customers[knownCustomers].createdAt <= ctx.day) knownCustomers++;

    const times: Date[] = [];
    const tickets = dailyTickets(rng, ctx, progress, base);
    for (let t = 0; t < tickets; t++) {
      times.push(algiersTime(ctx.day, rng.weighted(hours), rng.int(0, 59), rng.int(0, 59)));
    }
    times.sort((a, b) => a.getTime() - b.getTime());

    for (const soldAt of times) {
      let lineCount = rng.weighted(LINES_PER_SALE);
      if (ctx.ramadan && rng.chance(0.3)) lineCount += 1; // bigger iftar baskets
      const chosen = new Set<number>();
      for (let attempt = 0; chosen.size < lineCount && attempt < lineCount * 4; attempt++) {
        chosen.add(products.draw(rng));
      }
      const lines: LineSeed[] = [];
      let totalCents = 0;
      let costCents = 0;
      for (const productIndex of chosen) {
        const quantity = rng.weighted(catalog[productIndex].quantities);
        const price = priceByQuarter[productIndex][quarter];
        lines.push({ productIndex, quantity, unitPriceCents: price.priceCents, unitCostCents: price.costCents });
        totalCents += quantity * price.priceCents;
        costCents += quantity * price.costCents;
        unitsSold[productIndex][ctx.index] += quantity;
      }
      const linked = knownCustomers > 0 && rng.chance(customerShare);
      const customerIndex = linked ? customerTable.draw(rng, knownCustomers) : null;
      const channel = linked && rng.chance(0.08) ? 'whatsapp' : 'store';
      sales.push({ soldAt, customerIndex, channel, totalCents, costCents, lines });
    }
  }
  return { days: contexts.map((c) => c.day), sales, unitsSold };
}
