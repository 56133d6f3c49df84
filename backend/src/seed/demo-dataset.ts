/**
 * Everything the demo seed writes, computed in memory without a database. Kept pure (a function of `now` only) so
 * the same inputs always give the same business, and so the data's shape can be unit-tested in milliseconds.
 */
import { buildCatalog, CatalogItem } from './catalog';
import { CreditHistory, generateCredit } from './credit';
import { DateRange, seedWindow, startOfUtcDay } from './calendar';
import { CustomerSeed, generateCustomers } from './customers';
import { ExpenseSeed, generateExpenses } from './expenses';
import { COMPETITORS, CompetitorPriceSeed, generateCompetitorPrices } from './market';
import { CampaignSeed, ContentSeed, FeedbackSeed, generateMarketing } from './marketing';
import { buildOranDataset, OranDataset } from './oran';
import { Rng } from './prng';
import { generateSales, SalesHistory } from './sales';
import { buildStockLedger, StockLedger } from './stock';

/** Changing this changes every generated figure: bump it only on purpose. */
export const DEMO_SEED = 0x7a9e2026;

export const DEMO_TENANT = {
  name: 'Supérette El Baraka',
  slug: 'demo-superette',
  wilaya: 'Alger',
  currency: 'DZD',
  locale: 'fr-DZ',
} as const;

export interface UserSeed {
  email: string;
  name: string;
  role: 'OWNER' | 'STAFF' | 'SUPPORT';
  locale: string;
  /** false for platform staff, who belong to no business. */
  inTenant: boolean;
}

export const DEMO_USERS: UserSeed[] = [
  { email: 'owner@demo.dz', name: 'Karim Benali', role: 'OWNER', locale: 'fr', inTenant: true },
  { email: 'staff@demo.dz', name: 'Yacine Haddad', role: 'STAFF', locale: 'fr', inTenant: true },
  { email: 'support@demo.dz', name: 'Nadia Merabet (support Tajer)', role: 'SUPPORT', locale: 'fr', inTenant: false },
];

export interface DemoDataset {
  now: Date;
  window: DateRange;
  catalog: CatalogItem[];
  customers: CustomerSeed[];
  history: SalesHistory;
  /** Payment methods, « le carnet » and its payments. */
  credit: CreditHistory;
  ledger: StockLedger;
  expenses: ExpenseSeed[];
  competitorPrices: CompetitorPriceSeed[];
  campaigns: CampaignSeed[];
  content: ContentSeed[];
  feedback: FeedbackSeed[];
  oran: OranDataset;
}

/** Default anchor: today at 00:00 UTC, so the demo always ends yesterday evening. */
export function defaultSeedNow(): Date {
  return startOfUtcDay(new Date());
}

export function buildDemoDataset(now: Date = defaultSeedNow()): DemoDataset {
  const window = seedWindow(now);
  const root = new Rng(DEMO_SEED);
  // Each part draws from its own stream, so adding a field to one generator does not reshuffle the others.
  const catalog = buildCatalog();
  const customers = generateCustomers(root.fork('customers'), window);
  const history = generateSales(root.fork('sales'), window, catalog, customers);
  const ledger = buildStockLedger(root.fork('stock'), window, catalog, history);
  const expenses = generateExpenses(root.fork('expenses'), window, catalog, ledger.receipts, history.days);
  const competitorPrices = generateCompetitorPrices(root.fork('market'), window, catalog);
  const { campaigns, content, feedback } = generateMarketing(window, catalog);
  const oran = buildOranDataset(root.fork('oran'), window.end);
  const credit = generateCredit(root.fork('credit'), window, customers, history);
  return {
    now: window.end,
    window,
    catalog,
    customers,
    history,
    credit,
    ledger,
    expenses,
    competitorPrices,
    campaigns,
    content,
    feedback,
    oran,
  };
}

export { COMPETITORS };
