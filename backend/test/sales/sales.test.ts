/**
 * The sales API against a real PostgreSQL, checked the way an integrator would: a new shop imports a catalogue,
 * records sales with an Idempotency-Key (retries and 20 concurrent duplicates count once), sells beyond the recorded
 * stock (recorded, flagged, alerted), refunds (partial, full, never more than sold), lists with filters, and never
 * reaches another business's data.
 */
import { randomUUID } from 'node:crypto';
import { toPlain } from '@tajer/contract';
import { createFreshTenant, FreshTenant } from '../helpers/fresh-tenant';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';

describe('Sales API (real PostgreSQL)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let shop: FreshTenant;
  let owner: string;
  let staff: string;
  let demoOwner: string;
  let demoId: string;
  let ids: Record<string, string>;

  const app = seededApp();
  beforeAll(async () => {
    ({ t, db } = app);
    shop = await createFreshTenant(db.prisma, 'Superette Integrateur');
    [owner, staff, demoOwner] = await Promise.all([t.login(shop.ownerEmail), t.login(shop.staffEmail), t.login('owner@demo.dz')]);
    demoId = await app.tenantId('demo-superette');
    const csv = [
      'sku;code-barres;nom;prix;coût;stock;seuil',
      'SUC-1;6130009000011;Sucre 1kg;100;85;50;10',
      'CAF-1;6130009000028;Café moulu 250g;320;250;5;2',
      'HUI-1;;Huile 1L;250;;20;5',
    ].join('\n');
    await t
      .http()
      .post('/api/inventory/products/import')
      .set('Authorization', `Bearer ${owner}`)
      .attach('file', Buffer.from(csv), 'c.csv')
      .expect(200);
    const products = await db.prisma.product.findMany({ where: { tenantId: shop.tenantId } });
    ids = Object.fromEntries(products.map((p) => [p.sku, p.id]));
  });

  const post = (path: string, token: string, body: unknown, key?: string) => {
    const req = t.http().post(path).set('Authorization', `Bearer ${token}`);
    return (key ? req.set('Idempotency-Key', key) : req).send(body as object);
  };
  const get = (path: string, token: string) => t.http().get(path).set('Authorization', `Bearer ${token}`);
  const stock = async (sku: string) => (await db.prisma.product.findUniqueOrThrow({ where: { id: ids[sku] } })).stock;

  it('records a sale once when an integrator sends it twice with one key, and the dashboard shows it once', async () => {
    const before = (await get('/api/dashboard/stats?period=today', owner).expect(200)).body;
    expect(before.salesCount.value).toBe(0);
    const key = randomUUID();
    const body = {
      lines: [
        { sku: 'SUC-1', quantity: 3 },
        { barcode: '6130009000028', quantity: 1, unitPrice: 300 },
      ],
      paymentMethod: 'cib',
    };
    const first = await post('/api/sales', staff, body, key).expect(201);
    const sale = first.body.sale;
    expect(first.body.replayed).toBe(false);
    expect(sale).toMatchObject({
      kind: 'sale',
      total: 600,
      cost: 505,
      margin: 95,
      uncostedTotal: 0,
      paymentMethod: 'cib',
      source: 'api',
      warnings: [],
    });
    expect(sale.lines.map((l: any) => [l.product.sku, l.quantity, l.unitPrice, l.unitCost])).toEqual([
      ['SUC-1', 3, 100, 85],
      ['CAF-1', 1, 300, 250],
    ]);
    expect(toPlain(sale.summary.fr)).toBe(
      `Vente du ${sale.day.split('-').reverse().join('/')} : 3 × Sucre 1kg, 1 × Café moulu 250g = 600 DA (carte CIB).`,
    );

    const second = await post('/api/sales', staff, body, key).expect(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual({ sale, replayed: true });

    expect(await stock('SUC-1')).toBe(47);
    expect(await stock('CAF-1')).toBe(4);
    const moves = await db.prisma.stockMovement.findMany({ where: { saleId: sale.id }, orderBy: { productId: 'asc' } });
    expect(moves).toHaveLength(2);
    expect(moves.every((m) => m.reason === 'vente')).toBe(true);

    const after = (await get('/api/dashboard/stats?period=today', owner).expect(200)).body;
    expect(after.salesCount.value).toBe(1);
    expect(after.revenue.value).toBe(600);
    expect(after.grossMargin.value).toBe(95);
    expect(after.revenueWithoutMargin.value).toBe(0);
  });

  it('works for a shop that just signed up: catalogue in, one sale sent twice, the dashboard and the stock show it once', async () => {
    const signup = await t
      .http()
      .post('/api/auth/signup')
      .send({
        businessName: 'Épicerie Intégrateur',
        email: 'integrator@shop.dz',
        password: 'sel-et-semoule-2026',
        wilaya: '16',
        language: 'fr',
      })
      .expect(201);
    const token = signup.body.accessToken as string;
    const csv = [
      'nom,prix,stock,code-barres',
      'Sucre 1kg,100,30,6130007000011',
      'Semoule 1kg,90,20,6130007000028',
      'Huile 1L,250,10,6130007000035',
    ].join('\n');
    const imported = await t
      .http()
      .post('/api/inventory/products/import')
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.from(csv), 'catalogue.csv')
      .expect(200);
    expect(imported.body.counts).toMatchObject({ created: 3, invalid: 0 });
    const body = {
      lines: [
        { barcode: '6130007000011', quantity: 2 },
        { barcode: '6130007000035', quantity: 1 },
      ],
    };
    const key = randomUUID();
    const first = await post('/api/sales', token, body, key).expect(201);
    const second = await post('/api/sales', token, body, key).expect(200);
    expect(second.body.sale.id).toBe(first.body.sale.id);
    const stats = (await get('/api/dashboard/stats?period=today', token).expect(200)).body;
    expect([stats.salesCount.value, stats.revenue.value]).toEqual([1, 450]);
    const inventory = (await get('/api/inventory/products?q=sucre', token).expect(200)).body;
    expect(inventory.items[0]).toMatchObject({ stock: 28 });
    // The assistant answers from the same ledger.
    const chat = await t
      .http()
      .post('/api/ai/chat')
      .set('Authorization', `Bearer ${token}`)
      .send({ message: "Combien j'ai vendu aujourd'hui ?" })
      .expect(200);
    expect(chat.body.language).toBe('fr');
    expect(chat.body.answer.replace(/\s/g, ' ')).toMatch(/450 DA/);
    // The new shop sees nothing of the demo, and the demo nothing of it.
    expect((await get('/api/sales?pageSize=100', token).expect(200)).body.total).toBe(1);
    await get(`/api/sales/${first.body.sale.id}`, demoOwner).expect(404);
  });

  it('records 20 concurrent duplicates once: one sale, one stock movement per product, the same answer for all', async () => {
    const key = `dup-${randomUUID()}`;
    const body = { lines: [{ productId: ids['SUC-1'], quantity: 2 }] };
    const before = await stock('SUC-1');
    const responses = await Promise.all(Array.from({ length: 20 }, () => post('/api/sales', owner, body, key)));
    expect(responses.map((r) => r.status).sort((a, b) => a - b)).toEqual([...Array(19).fill(200), 201]);
    expect(new Set(responses.map((r) => r.body.sale.id)).size).toBe(1);
    const saleId = responses[0].body.sale.id;
    expect(await db.prisma.sale.count({ where: { tenantId: shop.tenantId, idempotencyKey: `api:${key}` } })).toBe(1);
    expect(await db.prisma.stockMovement.count({ where: { saleId } })).toBe(1);
    expect(await stock('SUC-1')).toBe(before - 2);
  });

  it('refuses a used key with a different body (422), a missing key and bad input (400 naming the field)', async () => {
    const key = randomUUID();
    await post('/api/sales', owner, { lines: [{ sku: 'SUC-1', quantity: 1 }] }, key).expect(201);
    const reused = await post('/api/sales', owner, { lines: [{ sku: 'SUC-1', quantity: 5 }] }, key).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(reused.body.details.saleId).toBeDefined();

    const noKey = await post('/api/sales', owner, { lines: [{ sku: 'SUC-1', quantity: 1 }] }).expect(400);
    expect(noKey.body.details).toEqual([{ field: 'Idempotency-Key', message: expect.stringContaining('required') }]);
    const fields = async (body: unknown) =>
      (await post('/api/sales', owner, body, randomUUID()).expect(400)).body.details.map((d: any) => d.field);
    expect(await fields({ lines: [] })).toContain('lines');
    expect(await fields({ lines: [{ sku: 'SUC-1', quantity: 0 }] })).toContain('lines.0.quantity');
    expect(await fields({ lines: [{ sku: 'SUC-1', barcode: '6130009000011', quantity: 1 }] })).toContain('lines.0.productId');
    expect(await fields({ lines: [{ sku: 'SUC-1', quantity: 1 }], paymentMethod: 'credit' })).toContain('customerId');
    expect(await fields({ lines: [{ sku: 'SUC-1', quantity: 1 }], paymentMethod: 'cheque' })).toContain('paymentMethod');
    expect(await fields({ lines: [{ sku: 'SUC-1', quantity: 1, unitPrice: 1.234 }] })).toContain('lines.0.unitPrice');
    expect(await fields({ lines: [{ sku: 'SUC-1', quantity: 1 }], soldAt: '2030-01-01T00:00:00Z' })).toContain('soldAt');
    expect(await fields({ lines: [{ sku: 'SUC-1', quantity: 100_000, unitPrice: 9_999_999 }] })).toContain('lines');
    const unknown = await post('/api/sales', owner, { lines: [{ sku: 'NOPE-1', quantity: 1 }] }, randomUUID()).expect(404);
    expect(unknown.body.details[0].field).toBe('lines.0.sku');
  });

  it('records a sale beyond the recorded stock, shows it below zero, and raises a negative_stock alert', async () => {
    const before = await stock('CAF-1');
    const res = await post('/api/sales', owner, { lines: [{ sku: 'CAF-1', quantity: before + 3 }] }, randomUUID()).expect(201);
    expect(await stock('CAF-1')).toBe(-3);
    expect(res.body.sale.stock).toEqual([{ productId: ids['CAF-1'], quantity: -(before + 3), stockBefore: before, stockAfter: -3 }]);
    expect(res.body.sale.warnings).toEqual([
      expect.objectContaining({ type: 'stock_below_zero', sku: 'CAF-1', stockBefore: before, stockAfter: -3 }),
    ]);
    const alerts = (await get('/api/dashboard/alerts', owner).expect(200)).body.alerts;
    const negative = alerts.find((a: any) => a.type === 'negative_stock');
    expect(negative).toMatchObject({ id: `negative_stock:${ids['CAF-1']}`, severity: 'warning', evidence: { stock: -3 } });
    expect(negative.title.fr).toContain('Stock à recompter');
    expect(alerts.find((a: any) => a.id === `out_of_stock:${ids['CAF-1']}`)).toBeUndefined();
    // A delivery that does not bring it back to zero is still accepted, and an inventory count puts it right.
    await post('/api/inventory/movements', owner, { sku: 'CAF-1', quantity: 2, reason: 'livraison' }).expect(201);
    expect(await stock('CAF-1')).toBe(-1);
    await post('/api/inventory/movements', owner, { sku: 'CAF-1', quantity: 13, reason: 'inventaire' }).expect(201);
    expect(await stock('CAF-1')).toBe(12);
  });

  it('leaves a product without a known cost out of the margin instead of counting it free', async () => {
    const res = await post(
      '/api/sales',
      owner,
      {
        lines: [
          { sku: 'HUI-1', quantity: 2 },
          { sku: 'SUC-1', quantity: 1 },
        ],
      },
      randomUUID(),
    ).expect(201);
    expect(res.body.sale).toMatchObject({ total: 600, cost: 85, uncostedTotal: 500, margin: 15 });
    expect(res.body.sale.lines[0].unitCost).toBeNull();
  });

  it('refunds part of a sale, then the rest, never more than sold, and restocks', async () => {
    const sold = (
      await post(
        '/api/sales',
        owner,
        {
          lines: [
            { sku: 'SUC-1', quantity: 4 },
            { sku: 'CAF-1', quantity: 1 },
          ],
        },
        randomUUID(),
      ).expect(201)
    ).body.sale;
    const [sucre, cafe] = sold.lines;
    const sugarBefore = await stock('SUC-1');
    const key = randomUUID();
    const partial = await post(
      `/api/sales/${sold.id}/refund`,
      owner,
      { lines: [{ lineId: sucre.id, quantity: 1 }], reason: 'paquet percé' },
      key,
    ).expect(201);
    expect(partial.body.sale).toMatchObject({ kind: 'refund', total: -100, cost: -85, refundOf: sold.id, note: 'paquet percé' });
    expect(partial.body.sale.lines).toEqual([expect.objectContaining({ quantity: -1, unitPrice: 100 })]);
    expect(await stock('SUC-1')).toBe(sugarBefore + 1);
    // The same refund again is the same refund.
    const again = await post(
      `/api/sales/${sold.id}/refund`,
      owner,
      { lines: [{ lineId: sucre.id, quantity: 1 }], reason: 'paquet percé' },
      key,
    ).expect(200);
    expect(again.body.sale.id).toBe(partial.body.sale.id);
    expect(await stock('SUC-1')).toBe(sugarBefore + 1);

    const over = await post(
      `/api/sales/${sold.id}/refund`,
      owner,
      { lines: [{ productId: ids['SUC-1'], quantity: 4 }] },
      randomUUID(),
    ).expect(422);
    expect(over.body.code).toBe('UNPROCESSABLE');
    expect(over.body.details).toEqual([{ field: 'lines.0.quantity', message: 'at most 3' }]);

    const rest = await post(`/api/sales/${sold.id}/refund`, owner, {}, randomUUID()).expect(201);
    expect(rest.body.sale.lines.map((l: any) => [l.product.sku, l.quantity])).toEqual([
      ['SUC-1', -3],
      ['CAF-1', -1],
    ]);
    expect(rest.body.sale.total).toBe(-(300 + cafe.unitPrice));
    const detail = (await get(`/api/sales/${sold.id}`, owner).expect(200)).body;
    expect(detail.refunds).toHaveLength(2);
    expect(detail.lines.map((l: any) => l.refundedQuantity)).toEqual([4, 1]);
    expect((await post(`/api/sales/${sold.id}/refund`, owner, {}, randomUUID()).expect(422)).body.message).toContain(
      'already been refunded',
    );
    expect((await post(`/api/sales/${rest.body.sale.id}/refund`, owner, {}, randomUUID()).expect(422)).body.message).toContain(
      'Only a sale',
    );
    expect((await post(`/api/sales/${sold.id}/refund`, staff, {}, randomUUID()).expect(403)).body.code).toBe('FORBIDDEN');
  });

  it('lists sales with filters, pagination and totals over all pages', async () => {
    const page = (await get('/api/sales?period=today&pageSize=2', owner).expect(200)).body;
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(5);
    const rows = await db.prisma.sale.findMany({
      where: { tenantId: shop.tenantId, soldAt: { gte: new Date(page.range.start), lt: new Date(page.range.end) } },
    });
    const revenue = rows.reduce((s, r) => s + Number(r.total), 0);
    expect(page.totals.revenue).toBeCloseTo(revenue, 2);
    expect(page.totals.salesCount).toBe(rows.filter((r) => r.kind === 'SALE').length);
    expect(page.totals.refunds).toBeCloseTo(
      rows.filter((r) => r.kind === 'REFUND').reduce((s, r) => s + Number(r.total), 0),
      2,
    );
    const cib = (await get('/api/sales?paymentMethod=cib', owner).expect(200)).body;
    expect(cib.items.every((s: any) => s.paymentMethod === 'cib')).toBe(true);
    const coffee = (await get(`/api/sales?productId=${ids['CAF-1']}&includeLines=false`, owner).expect(200)).body;
    expect(coffee.total).toBeGreaterThanOrEqual(3);
    expect(coffee.items[0].lines).toEqual([]);
    const refunds = (await get('/api/sales?kind=refund', owner).expect(200)).body;
    expect(refunds.items.every((s: any) => s.kind === 'refund')).toBe(true);
    expect((await get('/api/sales?period=today&from=2026-01-01', owner).expect(400)).body.details[0].field).toBe('period');
  });

  it("never reaches another business's sales, products or customers (404)", async () => {
    const demoSale = await db.prisma.sale.findFirstOrThrow({ where: { tenantId: demoId } });
    const demoProduct = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId } });
    const demoCustomer = await db.prisma.customer.findFirstOrThrow({ where: { tenantId: demoId } });
    await get(`/api/sales/${demoSale.id}`, owner).expect(404);
    await post(`/api/sales/${demoSale.id}/refund`, owner, {}, randomUUID()).expect(404);
    const byId = await post('/api/sales', owner, { lines: [{ productId: demoProduct.id, quantity: 1 }] }, randomUUID()).expect(404);
    expect(byId.body.details[0].field).toBe('lines.0.productId');
    // The demo's barcodes mean nothing in this shop either.
    await post('/api/sales', owner, { lines: [{ barcode: demoProduct.barcode, quantity: 1 }] }, randomUUID()).expect(404);
    const credit = await post(
      '/api/sales',
      owner,
      { lines: [{ sku: 'SUC-1', quantity: 1 }], paymentMethod: 'credit', customerId: demoCustomer.id },
      randomUUID(),
    ).expect(404);
    expect(credit.body.details[0].field).toBe('customerId');
    // And the demo shop sees none of this shop's sales.
    const mine = await db.prisma.sale.findFirstOrThrow({ where: { tenantId: shop.tenantId } });
    await get(`/api/sales/${mine.id}`, demoOwner).expect(404);
    const demoList = (await get('/api/sales?period=today&pageSize=100', demoOwner).expect(200)).body;
    expect(demoList.items.some((s: any) => s.id === mine.id)).toBe(false);
    // The same key in two businesses is two sales.
    const key = randomUUID();
    const a = await post('/api/sales', owner, { lines: [{ sku: 'SUC-1', quantity: 1 }] }, key).expect(201);
    const b = await post('/api/sales', demoOwner, { lines: [{ sku: demoProduct.sku, quantity: 1 }] }, key).expect(201);
    expect(a.body.sale.id).not.toBe(b.body.sale.id);
  });
});
