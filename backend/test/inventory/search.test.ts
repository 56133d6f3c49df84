import { InventoryService } from '../../src/inventory/inventory.service';
import { InventoryRepository } from '../../src/inventory/inventory.repository';
import { MIN_SEARCH_SCORE } from '../../src/inventory/inventory-search.service';
import { PrismaService } from '../../src/database/prisma.service';
import { AuditRepository } from '../../src/audit/audit.repository';
import { normalizeSearchText } from '../../src/common/text/search-text';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { createTestDatabase } from '../setup/test-database';
import { createFreshTenant } from '../helpers/fresh-tenant';
import { toPlain } from '@tajer/contract';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('inventory search (real PostgreSQL, pg_trgm + unaccent + Arabic normalisation)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let owner: string;
  let oran: string;
  let demoId: string;

  const app = seededApp({ logins: ['owner@demo.dz', 'owner@oran.dz'] });
  beforeAll(async () => {
    ({
      t,
      db,
      tokens: [owner, oran],
    } = app);
    demoId = await app.tenantId('demo-superette');
  });

  const search = (query: Record<string, string | number | boolean>, token = owner) =>
    t.http().get('/api/inventory').query(query).set(bearer(token));

  it('normalises text in SQL exactly as in the app, for every product name of the demo catalogue', async () => {
    const products = await db.prisma.product.findMany({ select: { nameFr: true, nameAr: true, nameEn: true } });
    const samples = [...new Set(products.flatMap((p) => [p.nameFr, p.nameAr, p.nameEn]).filter((s): s is string => !!s))];
    samples.push('سَمِيد', 'مَـاء', 'آمِين', 'حلوى', 'قهوة', '١٠ كغ', 'Crème brûlée', 'ŒUFS', 'ﻻ');
    const rows = await db.prisma.$queryRaw<
      { n: string }[]
    >`SELECT tajer_search_norm(s) AS n FROM unnest(${samples}::text[]) WITH ORDINALITY AS u(s, i) ORDER BY i`;
    expect(rows.map((r) => r.n)).toEqual(samples.map(normalizeSearchText));
    expect(samples.length).toBeGreaterThan(150);
  });

  it.each([
    ['cafe', 'Café moulu Facto 250g', 'accents'],
    ['CAFÉ', 'Café moulu Facto 250g', 'case'],
    ['semole', 'Semoule 10kg (SIM, moyenne)', 'a typo'],
    ['smoule', 'Semoule 10kg (SIM, moyenne)', 'a missing letter'],
    ['سَمِيد', 'Semoule 10kg (SIM, moyenne)', 'Arabic with diacritics'],
    ['سميد', 'Semoule 10kg (SIM, moyenne)', 'Arabic'],
    ['الاكياس', 'Lait en sachet 1L', 'Arabic without hamza (الأكياس)'],
    ['green tea', 'Thé vert 250g', 'an English name'],
    ['wheat flour', 'Farine de blé 1kg', 'an English name'],
    ['huile 5l', 'Huile de table Elio 5L', 'every word counting'],
    ['EPI-001', 'Semoule 10kg (SIM, moyenne)', 'the SKU'],
    ['epi-001', 'Semoule 10kg (SIM, moyenne)', 'the SKU in lower case'],
  ])('finds %j → %s (%s) first', async (q, expected) => {
    const res = await search({ q }).expect(200);
    expect(res.body.items[0]?.names.fr).toBe(expected);
    expect(res.body.items[0].score).toBeGreaterThanOrEqual(0.45);
  });

  it('finds a product by its barcode with score 1 and returns the full item shape', async () => {
    const semoule = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-001' } });
    const res = await search({ q: semoule.barcode! }).expect(200);
    const item = res.body.items[0];
    expect(item).toEqual({
      id: semoule.id,
      sku: 'EPI-001',
      barcode: semoule.barcode,
      names: { fr: semoule.nameFr, ar: semoule.nameAr, en: semoule.nameEn },
      category: semoule.category,
      unit: semoule.unit,
      price: Number(semoule.price),
      cost: Number(semoule.cost),
      currency: 'DZD',
      stock: semoule.stock,
      reorderThreshold: semoule.reorderThreshold,
      lowStock: semoule.stock <= semoule.reorderThreshold,
      stockValue: Math.round(semoule.stock * Number(semoule.cost) * 100) / 100,
      active: true,
      score: 1,
    });
    expect(res.body).toMatchObject({ query: semoule.barcode, total: 1, page: 1, pageSize: 20, pageCount: 1, currency: 'DZD' });
  });

  it('ranks all the milks for "lait" and returns nothing for gibberish', async () => {
    const lait = await search({ q: 'lait' }).expect(200);
    const names = lait.body.items.map((i: any) => i.names.fr);
    expect(names.slice(0, 3).every((n: string) => n.startsWith('Lait'))).toBe(true);
    expect(names).toEqual(expect.arrayContaining(['Lait en sachet 1L', 'Lait UHT Candia 1L', 'Lait en poudre 500g']));
    const scores = lait.body.items.map((i: any) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const none = await search({ q: 'xyzzy qwv' }).expect(200);
    expect(none.body).toMatchObject({ items: [], total: 0, pageCount: 0 });
  });

  it("finds the same with the pooled sessions' trigram threshold (one statement) as with one set per search", async () => {
    // The app's sessions start with the prefilter's threshold, at most the score the search keeps: no transaction.
    const [session] = await t.app.get(PrismaService).$queryRaw<
      { t: string | null }[]
    >`SELECT current_setting('pg_trgm.word_similarity_threshold', true) AS t`;
    expect(Number(session.t)).toBeLessThanOrEqual(MIN_SEARCH_SCORE);
    // A client whose sessions lack it (the test's own, with no startup options) sets it in a transaction per search.
    const [plain] = await db.prisma.$queryRaw<
      { t: string | null }[]
    >`SELECT current_setting('pg_trgm.word_similarity_threshold', true) AS t`;
    expect(plain.t === null || Number(plain.t) > MIN_SEARCH_SCORE).toBe(true);
    const withTransaction = new InventoryRepository(db.prisma as unknown as PrismaService, t.app.get(AuditRepository));
    const options = { rawQuery: null, lowStockOnly: false, includeInactive: false, offset: 0, limit: 50, minScore: MIN_SEARCH_SCORE };
    for (const words of [['lait'], ['huile', '5l'], ['smid'], ['cafe', 'moulu']]) {
      const [a, b] = await Promise.all([
        t.app.get(InventoryRepository).search(demoId, { ...options, tokens: words, rawQuery: words.join(' ') }),
        withTransaction.search(demoId, { ...options, tokens: words, rawQuery: words.join(' ') }),
      ]);
      expect(a.hits.length).toBeGreaterThan(0);
      expect(a.hits.map((h) => [h.product.id, h.score])).toEqual(b.hits.map((h) => [h.product.id, h.score]));
      expect([a.total, a.lowStockCount]).toEqual([b.total, b.lowStockCount]);
    }
  });

  it('filters low stock (at or below the reorder threshold) and counts it', async () => {
    const active = await db.prisma.product.findMany({ where: { tenantId: demoId, active: true } });
    const low = active.filter((p) => p.stock <= p.reorderThreshold);
    expect(low.length).toBeGreaterThan(0);
    const res = await search({ lowStockOnly: 'true', pageSize: 100 }).expect(200);
    expect(res.body.total).toBe(low.length);
    expect(res.body.lowStockCount).toBe(low.length);
    expect(res.body.items.map((i: any) => i.id).sort()).toEqual(low.map((p) => p.id).sort());
    expect(res.body.items.every((i: any) => i.lowStock && i.stock <= i.reorderThreshold)).toBe(true);
    // most urgent first: the smallest stock / threshold ratio
    const ratios = res.body.items.map((i: any) => i.stock / Math.max(i.reorderThreshold, 1));
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
    const all = await search({ lowStockOnly: 'false' }).expect(200);
    expect(all.body).toMatchObject({ total: active.length, lowStockCount: low.length });
  });

  it('pages through the whole inventory without overlap', async () => {
    const total = await db.prisma.product.count({ where: { tenantId: demoId, active: true } });
    const first = await search({ pageSize: 7, page: 1 }).expect(200);
    const second = await search({ pageSize: 7, page: 2 }).expect(200);
    expect(first.body).toMatchObject({ total, page: 1, pageSize: 7, pageCount: Math.ceil(total / 7) });
    expect(first.body.items).toHaveLength(7);
    const ids = new Set(first.body.items.map((i: any) => i.id));
    expect(second.body.items.some((i: any) => ids.has(i.id))).toBe(false);
    const pages = await Promise.all(
      Array.from({ length: first.body.pageCount }, (_, i) => search({ pageSize: 7, page: i + 1 }).expect(200)),
    );
    const seen = pages.flatMap((p) => p.body.items.map((i: any) => i.id));
    expect(new Set(seen).size).toBe(total);
    const beyond = await search({ pageSize: 7, page: first.body.pageCount + 1 }).expect(200);
    expect(beyond.body).toMatchObject({ items: [], total });
  });

  it('filters by category, accents optional', async () => {
    const res = await search({ category: 'epicerie', pageSize: 100 }).expect(200);
    const count = await db.prisma.product.count({ where: { tenantId: demoId, active: true, category: 'épicerie' } });
    expect(res.body.total).toBe(count);
    expect(res.body.items.every((i: any) => i.category === 'épicerie')).toBe(true);
  });

  it('names bad query parameters and refuses unknown ones (400)', async () => {
    const bad = await search({ lowStockOnly: 'maybe', pageSize: 1000 }).expect(400);
    const fields = bad.body.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['lowStockOnly', 'pageSize']));
    const unknown = await search({ sort: 'price' }).expect(400);
    expect(JSON.stringify(unknown.body.details)).toContain('sort');
    await t.http().get('/api/inventory').expect(401);
  });

  it("only ever searches the caller's business", async () => {
    const demo = await search({ q: 'semoule' }).expect(200);
    const oranRes = await search({ q: 'semoule' }, oran).expect(200);
    const oranTenant = await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'alimentation-generale-oran' } });
    const oranIds = (await db.prisma.product.findMany({ where: { tenantId: oranTenant.id }, select: { id: true } })).map((p) => p.id);
    expect(oranRes.body.items.length).toBeGreaterThan(0);
    expect(oranRes.body.items.every((i: any) => oranIds.includes(i.id))).toBe(true);
    expect(demo.body.items.some((i: any) => oranIds.includes(i.id))).toBe(false);
  });

  // A shop that typed its catalogue in French only found nothing for « السكر » or « sugar » — nor could it sell one by
  // chat in Arabic (« بعت 2 سكر » answered « لم أجد «سكر» »): the generic word is searched again in the other languages.
  it('finds a product named in one language when asked for in another (a French-only catalogue)', async () => {
    const shop = await createFreshTenant(db.prisma, 'Épicerie Francophone');
    const token = await t.login(shop.ownerEmail);
    const [sugar, oil] = await Promise.all([
      db.prisma.product.create({
        data: { tenantId: shop.tenantId, sku: 'S1', nameFr: 'Sucre 1kg', category: 'épicerie', price: 130, stock: 47 },
      }),
      db.prisma.product.create({
        data: { tenantId: shop.tenantId, sku: 'H1', nameFr: 'Huile Elio 5L', category: 'épicerie', price: 950, stock: 8 },
      }),
    ]);
    for (const [q, id] of [
      ['السكر', sugar.id],
      ['سكر', sugar.id],
      ['sugar', sugar.id],
      ['sokkar', sugar.id],
      ['زيت 5L', oil.id],
      ['oil', oil.id],
    ] as const) {
      const res = await search({ q }, token).expect(200);
      expect({ q, ids: res.body.items.map((i: { id: string }) => i.id) }).toEqual({ q, ids: [id] });
      expect(res.body.query).toBe(q);
    }
    // A word that names no generic product still finds nothing, and nobody else's sugar.
    expect((await search({ q: 'شكلاطة' }, token).expect(200)).body.items).toEqual([]);
    // Through the real agent, in Arabic: the stock of the French-named sugar, then a sale of it to approve.
    const ask = (message: string) => t.http().post('/api/ai/chat').set(bearer(token)).send({ message }).expect(200);
    const stock = await ask('شحال بقا من السكر ؟');
    expect(toPlain(stock.body.answer)).toContain('Sucre 1kg');
    expect(toPlain(stock.body.answer)).toContain('47');
    const sale = await ask('بعت 2 سكر');
    expect(sale.body.toolCalls[0]).toMatchObject({ name: 'sales_record', state: 'awaiting-approval' });
    expect(sale.body.toolCalls[0].args.lines[0]).toMatchObject({ sku: 'S1', quantity: 2 });
  });

  it('resolves what the user called a product, saying when it is not sure', async () => {
    const inventory = t.app.get(InventoryService);
    const semoule = await inventory.resolveProduct(demoId, 'semoule');
    expect(semoule).toMatchObject({ confident: true, match: { matchedOn: 'name', product: { sku: 'EPI-001' } } });
    expect(semoule.match!.score).toBeGreaterThanOrEqual(0.9);
    const darija = await inventory.resolveProduct(demoId, 'smid');
    expect(darija.match?.product.sku).toBe('EPI-001');
    const arabic = await inventory.resolveProduct(demoId, 'سَمِيد');
    expect(arabic.match?.product.sku).toBe('EPI-001');
    const bySku = await inventory.resolveProduct(demoId, 'epi-001');
    expect(bySku).toMatchObject({ confident: true, match: { matchedOn: 'sku', score: 1 } });
    const milk = await inventory.resolveProduct(demoId, 'lait');
    expect(milk.confident).toBe(false);
    expect(milk.alternatives.length).toBeGreaterThanOrEqual(2);
    // A size typed that the product's own differs from: no such product (« semoule 25kg » was the 10 kg sack).
    expect(await inventory.resolveProduct(demoId, 'semoule 25kg')).toMatchObject({ match: null, alternatives: [] });
    expect((await inventory.resolveProduct(demoId, 'semoule 10kg')).match?.product.sku).toBe('EPI-001');
    // A variety typed that the product's names do not hold: no such product (« sucre roux » was the white sugar).
    expect(await inventory.resolveProduct(demoId, 'sucre roux')).toMatchObject({ match: null, alternatives: [] });
    expect(await inventory.resolveProduct(demoId, 'brown sugar')).toMatchObject({ match: null, alternatives: [] });
    const white = (await inventory.resolveProduct(demoId, 'sucre')).match?.product.names.fr;
    expect(white).toBe('Sucre blanc 1kg');
    // The variety held by one product among several: that one (the powdered milk among the milks).
    for (const name of ['lait en poudre', 'حليب غبرة', 'powdered milk'])
      expect((await inventory.resolveProduct(demoId, name)).match?.product.names.fr).toBe('Lait en poudre 500g');
    const nothing = await inventory.resolveProduct(demoId, 'xyzzy');
    expect(nothing).toMatchObject({ match: null, alternatives: [], confident: false });
  });
});
