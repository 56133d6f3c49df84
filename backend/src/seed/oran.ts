/**
 * A second, smaller business: a general food store in Oran. It exists so that tests (and a curious support agent) can
 * prove that one tenant never sees another's data. It deliberately shares products, barcodes and even customer-like
 * names with the demo shop, so a query that forgets its tenant filter returns visibly wrong results.
 */
import { buildCatalog, CatalogItem } from './catalog';
import { addDays, DateRange } from './calendar';
import { generateCustomers, CustomerSeed } from './customers';
import { ExpenseSeed, purchaseExpenses } from './expenses';
import { Rng } from './prng';
import { generateSales, SalesHistory } from './sales';
import { buildStockLedger, StockLedger } from './stock';

export const ORAN_TENANT = {
  name: 'Alimentation Générale Oran',
  slug: 'alimentation-generale-oran',
  wilaya: 'Oran',
  currency: 'DZD',
  locale: 'fr-DZ',
} as const;

export const ORAN_OWNER = { email: 'owner@oran.dz', name: 'Houari Bensaïd', role: 'OWNER' as const, locale: 'fr' };

const ORAN_PRODUCTS: { nameFr: string; priceFactor: number; stock: number; min: number }[] = [
  { nameFr: 'Semoule 10kg (SIM, moyenne)', priceFactor: 0.98, stock: 30, min: 10 },
  { nameFr: 'Farine de blé 1kg', priceFactor: 1, stock: 40, min: 15 },
  { nameFr: 'Sucre blanc 1kg', priceFactor: 1, stock: 55, min: 20 },
  { nameFr: 'Huile de table Elio 5L', priceFactor: 1, stock: 14, min: 6 },
  { nameFr: 'Pâtes spaghetti 500g', priceFactor: 1.04, stock: 70, min: 20 },
  { nameFr: 'Café moulu Facto 250g', priceFactor: 0.97, stock: 26, min: 10 },
  { nameFr: 'Lait en sachet 1L', priceFactor: 1, stock: 40, min: 20 },
  { nameFr: 'Yaourt nature Soummam', priceFactor: 1, stock: 48, min: 24 },
  { nameFr: 'Eau minérale Saïda 1,5L', priceFactor: 0.95, stock: 96, min: 36 },
  { nameFr: 'Hamoud Boualem Selecto 1L', priceFactor: 1.05, stock: 24, min: 12 },
  { nameFr: 'Concentré de tomate 400g', priceFactor: 1.03, stock: 36, min: 12 },
  { nameFr: 'Lessive en poudre Isis 1kg', priceFactor: 1.02, stock: 18, min: 6 },
];

export interface OranDataset {
  window: DateRange;
  catalog: CatalogItem[];
  customers: CustomerSeed[];
  history: SalesHistory;
  ledger: StockLedger;
  expenses: ExpenseSeed[];
}

export function buildOranDataset(rng: Rng, now: DateRange['end']): OranDataset {
  const window: DateRange = { start: addDays(now, -90), end: now };
  const demo = buildCatalog();
  const catalog = ORAN_PRODUCTS.map((row, i): CatalogItem => {
    const base = demo.find((p) => p.nameFr === row.nameFr);
    if (!base) throw new Error(`Oran catalogue refers to unknown product "${row.nameFr}"`);
    const priceCents = base.regulated ? base.priceCents : Math.round((base.priceCents * row.priceFactor) / 500) * 500 || base.priceCents;
    return {
      ...base,
      sku: `ORN-${String(i + 1).padStart(3, '0')}`,
      priceCents,
      costCents: Math.min(base.costCents, priceCents - 100),
      stock: row.stock,
      reorderThreshold: row.min,
    };
  });
  const customers = generateCustomers(rng.fork('customers'), window, {
    count: 40,
    wilayas: [
      ['Oran', 90],
      ['Aïn Témouchent', 5],
      ['Mostaganem', 5],
    ],
  });
  const history = generateSales(rng.fork('sales'), window, catalog, customers, { baseDailySales: 18, customerShare: 0.25 });
  const ledger = buildStockLedger(rng.fork('stock'), window, catalog, history);
  const expenses: ExpenseSeed[] = [...purchaseExpenses(window, catalog, ledger.receipts, history.days)];
  for (let m = 0; m < 3; m++) {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 3));
    if (month >= window.start && month < window.end) {
      expenses.push({
        date: month,
        amountCents: 45_000_00,
        category: 'loyer',
        description: 'Loyer du magasin',
        merchant: 'Mme Fatiha Mebarki',
        vatCents: null,
      });
    }
  }
  expenses.push({
    date: addDays(now, -40),
    amountCents: 18_750_00,
    category: 'électricité',
    description: 'Facture Sonelgaz',
    merchant: 'Sonelgaz Oran',
    vatCents: Math.round((18_750_00 * 19) / 119),
  });
  expenses.push({
    date: addDays(now, -12),
    amountCents: 3_200_00,
    category: 'transport',
    description: 'Transport marchandises depuis El Kerma',
    merchant: 'Transport Bouhadjar',
    vatCents: null,
  });
  expenses.sort((a, b) => a.date.getTime() - b.date.getTime() || a.amountCents - b.amountCents);
  return { window, catalog, customers, history, ledger, expenses };
}
