import { InventoryService } from '../../src/inventory/inventory.service';
import { demoShopApp, type DemoShop } from '../helpers/seeded-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('inventory stock movements (real PostgreSQL)', () => {
  let { t, db, owner, staff, oran, demoId } = {} as DemoShop;
  const shop = demoShopApp();
  beforeAll(() => ({ t, db, owner, staff, oran, demoId } = shop));

  const product = (sku: string) => db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku } });
  const move = (body: object, token = owner) => t.http().post('/api/inventory/movements').set(bearer(token)).send(body);

  it('receives stock by SKU and removes it by id, recording before → after, the movement and an audit row', async () => {
    const semoule = await product('EPI-001');
    const start = semoule.stock;
    const received = await move({ sku: 'EPI-001', quantity: 30, reason: 'livraison SIM' }).expect(201);
    expect(received.body).toMatchObject({
      product: {
        id: semoule.id,
        sku: 'EPI-001',
        names: { fr: semoule.nameFr, ar: semoule.nameAr, en: semoule.nameEn },
        unit: semoule.unit,
      },
      quantity: 30,
      stockBefore: start,
      stockAfter: start + 30,
      reason: 'livraison SIM',
      summary: `${semoule.nameFr} : ${start} → ${start + 30}`,
    });
    const removed = await move({ productId: semoule.id, quantity: -10, reason: 'casse' }, staff).expect(201);
    expect(removed.body).toMatchObject({ stockBefore: start + 30, stockAfter: start + 20 });
    expect((await product('EPI-001')).stock).toBe(start + 20);

    const rows = await db.prisma.stockMovement.findMany({ where: { id: { in: [received.body.id, removed.body.id] } } });
    expect(rows).toHaveLength(2);
    const audit = await db.prisma.auditLog.findMany({
      where: { entityType: 'StockMovement', entityId: { in: [received.body.id, removed.body.id] } },
    });
    expect(audit).toHaveLength(2);
    expect(audit.find((a) => a.entityId === removed.body.id)).toMatchObject({
      action: 'stock_movement.create',
      tenantId: demoId,
      data: expect.objectContaining({ quantity: -10, stockBefore: start + 30, stockAfter: start + 20, sku: 'EPI-001' }),
    });

    const history = await t.http().get(`/api/inventory/products/${semoule.id}/movements`).set(bearer(staff)).expect(200);
    expect(history.body.items.slice(0, 2).map((m: any) => m.id)).toEqual([removed.body.id, received.body.id]);
    expect(history.body.product).toMatchObject({ id: semoule.id, stock: start + 20 });
  });

  it('never lets stock go negative: 409 INSUFFICIENT_STOCK with the current stock, and nothing written', async () => {
    const oil = await product('EPI-007');
    const [movementsBefore, auditBefore] = await Promise.all([db.prisma.stockMovement.count(), db.prisma.auditLog.count()]);
    const res = await move({ sku: 'EPI-007', quantity: -(oil.stock + 1), reason: 'vente' }).expect(409);
    expect(res.body).toMatchObject({
      statusCode: 409,
      code: 'INSUFFICIENT_STOCK',
      details: { stock: oil.stock, requested: -(oil.stock + 1), sku: 'EPI-007' },
    });
    expect((await product('EPI-007')).stock).toBe(oil.stock);
    expect(await db.prisma.stockMovement.count()).toBe(movementsBefore);
    expect(await db.prisma.auditLog.count()).toBe(auditBefore);
    // exactly down to zero is fine
    await move({ sku: 'EPI-007', quantity: -oil.stock, reason: 'inventaire' }).expect(201);
    expect((await product('EPI-007')).stock).toBe(0);
  });

  it('serialises concurrent removals: 10 parallel −5 on a stock of 20 → exactly 4 succeed', async () => {
    const created = await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(owner))
      .send({ sku: 'TST-RACE', nameFr: 'Produit concurrence', category: 'épicerie', price: 10, cost: 5, stock: 20 })
      .expect(201);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => move({ productId: created.body.id, quantity: -5, reason: 'vente' })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(4);
    expect(statuses.filter((s) => s === 409)).toHaveLength(6);
    const after = await db.prisma.product.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(after.stock).toBe(0);
    const movements = await db.prisma.stockMovement.findMany({
      where: { productId: created.body.id, quantity: -5 },
      orderBy: { stockBefore: 'desc' },
    });
    expect(movements.map((m) => [m.stockBefore, m.stockAfter])).toEqual([
      [20, 15],
      [15, 10],
      [10, 5],
      [5, 0],
    ]);
  });

  it('names bad fields (400): zero or fractional quantity, both or neither of productId/sku, unknown fields', async () => {
    const zero = await move({ sku: 'EPI-001', quantity: 0, reason: 'x' }).expect(400);
    expect(zero.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'quantity' })]));
    await move({ sku: 'EPI-001', quantity: 1.5, reason: 'x' }).expect(400);
    const neither = await move({ quantity: 1, reason: 'x' }).expect(400);
    expect(neither.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'productId' })]));
    const semoule = await product('EPI-001');
    await move({ productId: semoule.id, sku: 'EPI-001', quantity: 1, reason: 'x' }).expect(400);
    const noReason = await move({ sku: 'EPI-001', quantity: 1 }).expect(400);
    expect(noReason.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));
    const extra = await move({ sku: 'EPI-001', quantity: 1, reason: 'x', stock: 5 }).expect(400);
    expect(JSON.stringify(extra.body.details)).toContain('stock');
    await move({ sku: 'NOPE-404', quantity: 1, reason: 'x' }).expect(404);
  });

  it("cannot move or read another business's product (404), and its stock is untouched", async () => {
    const semoule = await product('EPI-001');
    const res = await move({ productId: semoule.id, quantity: -1, reason: 'vol' }, oran).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    // by SKU the lookup is scoped too: the demo's SKU does not exist for Oran (whose SKUs are ORN-…)
    await move({ sku: 'EPI-001', quantity: -1, reason: 'vol' }, oran).expect(404);
    const own = await move({ sku: 'ORN-001', quantity: 1, reason: 'livraison' }, oran).expect(201);
    expect(own.body.product.id).not.toBe(semoule.id);
    expect((await product('EPI-001')).stock).toBe(semoule.stock);
    await t.http().get(`/api/inventory/products/${semoule.id}/movements`).set(bearer(oran)).expect(404);
  });

  it('refuses movements on a deleted product (409)', async () => {
    const created = await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(owner))
      .send({ sku: 'TST-DEL', nameFr: 'Produit supprimé', category: 'épicerie', price: 1, cost: 1 })
      .expect(201);
    await t.http().delete(`/api/inventory/products/${created.body.id}`).set(bearer(owner)).expect(200);
    const res = await move({ productId: created.body.id, quantity: 5, reason: 'x' }).expect(409);
    expect(res.body.code).toBe('CONFLICT');
  });

  it('previews the exact change for approval without writing anything', async () => {
    const inventory = t.app.get(InventoryService);
    const coffee = await product('EPI-009');
    const count = await db.prisma.stockMovement.count();
    const preview = await inventory.previewMovement(demoId, coffee.id, 24);
    expect(preview).toMatchObject({
      quantity: 24,
      stockBefore: coffee.stock,
      stockAfter: coffee.stock + 24,
      allowed: true,
      problem: null,
      summary: `${coffee.nameFr} : ${coffee.stock} → ${coffee.stock + 24}`,
      product: { id: coffee.id, sku: 'EPI-009', names: { fr: coffee.nameFr } },
    });
    const tooMuch = await inventory.previewMovement(demoId, coffee.id, -(coffee.stock + 5));
    expect(tooMuch).toMatchObject({ allowed: false, stockAfter: -5 });
    expect(tooMuch.problem).toContain(String(coffee.stock));
    expect(await db.prisma.stockMovement.count()).toBe(count);
    expect((await product('EPI-009')).stock).toBe(coffee.stock);

    const oranTenant = await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'alimentation-generale-oran' } });
    await expect(inventory.previewMovement(oranTenant.id, coffee.id, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // applying it as the assistant would: the tool call id is kept on the movement
    const applied = await inventory.applyMovement(demoId, {
      productId: coffee.id,
      quantity: 24,
      reason: 'livraison',
      userId: null,
      toolCallId: 'tc-123',
    });
    expect(applied).toMatchObject({
      stockBefore: coffee.stock,
      stockAfter: coffee.stock + 24,
      toolCallId: 'tc-123',
      summary: preview.summary,
    });
  });
});
