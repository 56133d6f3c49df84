import { DashboardRepository } from '../../src/dashboard/dashboard.repository';
import { InventorySearchService } from '../../src/inventory/inventory-search.service';
import { findProducts } from '../../src/market/product-search';
import { createTestApp, TestApp } from '../helpers/test-app';
import { createTestDatabase, TestDatabase } from '../setup/test-database';

/**
 * One product resolver (@tajer/contract): a name typed in any language means the same products in the market features
 * (competitor prices, reports: an in-memory search of the catalogue) and in the inventory (the tools' resolution: a
 * trigram search in PostgreSQL), on the seeded demo catalogue.
 */
describe('product resolution, market vs inventory (real PostgreSQL, seeded demo catalogue)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let demoId: string;

  beforeAll(async () => {
    db = await createTestDatabase({ template: 'seeded' });
    t = await createTestApp(db.url);
    demoId = (await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo-superette' } })).id;
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  async function both(query: string): Promise<{ market: string[]; inventory: string[] }> {
    const catalogue = await t.app.get(DashboardRepository).activeProducts(demoId);
    const market = findProducts(query, catalogue).map((p) => p.sku);
    const resolution = await t.app.get(InventorySearchService).resolveProduct(demoId, query);
    const inventory = [resolution.match, ...resolution.alternatives].flatMap((c) => (c ? [c.product.sku] : []));
    return { market: [...market].sort(), inventory: [...inventory].sort() };
  }

  it('« huile » means the table oils in both, not the tuna or sardines in oil', async () => {
    const { market, inventory } = await both('huile');
    const oils = await db.prisma.product.findMany({ where: { tenantId: demoId, nameFr: { startsWith: 'Huile' } }, select: { sku: true } });
    expect(oils.length).toBeGreaterThanOrEqual(2);
    expect(market).toEqual(oils.map((o) => o.sku).sort());
    expect(inventory).toEqual(market);
  });

  it.each(['زيت', 'Huile Elio', 'lait', 'semoule', 'sucre', 'thon', 'oil'])(
    '« %s » resolves to the same products in both',
    async (query) => {
      const { market, inventory } = await both(query);
      expect(market.length).toBeGreaterThan(0);
      expect(inventory).toEqual(market);
    },
  );
});
