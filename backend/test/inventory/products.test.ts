import { demoShopApp, type DemoShop } from '../helpers/seeded-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

const NEW_PRODUCT = {
  sku: 'EPI-900',
  barcode: '6130999000017',
  nameFr: 'Semoule fine 5kg',
  nameAr: 'سميد رقيق 5 كغ',
  nameEn: 'Fine semolina 5kg',
  category: 'épicerie',
  unit: 'sac',
  price: 690.5,
  cost: 600,
  stock: 12,
  reorderThreshold: 5,
};

describe('inventory products CRUD (real PostgreSQL)', () => {
  let { t, db, owner, staff, oran, demoId } = {} as DemoShop;
  const shop = demoShopApp();
  beforeAll(() => ({ t, db, owner, staff, oran, demoId } = shop));

  it('lets the owner create a product; the initial stock is a first movement and the creation is audited', async () => {
    const res = await t.http().post('/api/inventory/products').set(bearer(owner)).send(NEW_PRODUCT).expect(201);
    expect(res.body).toMatchObject({
      sku: 'EPI-900',
      names: { fr: 'Semoule fine 5kg', ar: 'سميد رقيق 5 كغ', en: 'Fine semolina 5kg' },
      price: 690.5,
      cost: 600,
      currency: 'DZD',
      stock: 12,
      lowStock: false,
      stockValue: 7200,
      active: true,
    });
    const movements = await db.prisma.stockMovement.findMany({ where: { productId: res.body.id } });
    expect(movements).toEqual([expect.objectContaining({ quantity: 12, stockBefore: 0, stockAfter: 12, tenantId: demoId })]);
    const audit = await db.prisma.auditLog.findMany({ where: { entityType: 'Product', entityId: res.body.id } });
    expect(audit).toEqual([expect.objectContaining({ action: 'product.create', tenantId: demoId })]);
    // searchable at once, in any of its languages
    const found = await t.http().get('/api/inventory').query({ q: 'fine semolina' }).set(bearer(staff)).expect(200);
    expect(found.body.items[0].id).toBe(res.body.id);
  });

  it('refuses a SKU that already exists in the business (409), whatever its case', async () => {
    const dup = await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(owner))
      .send({ ...NEW_PRODUCT, sku: 'EPI-001' })
      .expect(409);
    expect(dup.body).toMatchObject({ statusCode: 409, code: 'CONFLICT' });
    expect(dup.body.message).toContain('EPI-001');
    await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(owner))
      .send({ ...NEW_PRODUCT, sku: 'epi-001' })
      .expect(409);
    const sameBarcode = await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(owner))
      .send({ ...NEW_PRODUCT, sku: 'EPI-905' })
      .expect(409);
    expect(sameBarcode.body.details).toEqual([expect.objectContaining({ field: 'barcode' })]);
    // …but another business may use the same SKU
    await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(oran))
      .send({ ...NEW_PRODUCT, sku: 'EPI-900' })
      .expect(201);
  });

  it('names every invalid field (400) and refuses unknown fields', async () => {
    const bad = await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(owner))
      .send({ sku: 'X 1', nameFr: '', category: 'épicerie', price: -1, cost: 1.234, barcode: '12ab' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const fields = bad.body.details.map((d: any) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['sku', 'nameFr', 'price', 'cost', 'barcode']));
    const unknown = await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(owner))
      .send({ ...NEW_PRODUCT, sku: 'EPI-901', color: 'red' })
      .expect(400);
    expect(JSON.stringify(unknown.body.details)).toContain('color');
    // stock is not editable by PATCH: it only moves through movements
    const product = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-002' } });
    const stockPatch = await t.http().patch(`/api/inventory/products/${product.id}`).set(bearer(owner)).send({ stock: 999 }).expect(400);
    expect(JSON.stringify(stockPatch.body.details)).toContain('stock');
    await t.http().patch(`/api/inventory/products/${product.id}`).set(bearer(owner)).send({}).expect(400);
  });

  it('lets staff read but not create, update or delete (403)', async () => {
    const product = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-002' } });
    await t.http().get(`/api/inventory/products/${product.id}`).set(bearer(staff)).expect(200);
    await t.http().get('/api/inventory/products').set(bearer(staff)).expect(200);
    const denied = await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(staff))
      .send({ ...NEW_PRODUCT, sku: 'EPI-902' })
      .expect(403);
    expect(denied.body.code).toBe('FORBIDDEN');
    await t.http().patch(`/api/inventory/products/${product.id}`).set(bearer(staff)).send({ price: 1 }).expect(403);
    await t.http().delete(`/api/inventory/products/${product.id}`).set(bearer(staff)).expect(403);
    expect(await db.prisma.product.count({ where: { sku: 'EPI-902' } })).toBe(0);
  });

  it('updates fields, audits what changed, and refuses taking another SKU (409)', async () => {
    const product = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-003' } });
    const res = await t
      .http()
      .patch(`/api/inventory/products/${product.id}`)
      .set(bearer(owner))
      .send({ price: 80, reorderThreshold: 50, nameEn: 'Spaghetti 500g' })
      .expect(200);
    expect(res.body).toMatchObject({
      id: product.id,
      price: 80,
      reorderThreshold: 50,
      names: { en: 'Spaghetti 500g' },
      stock: product.stock,
    });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: product.id, action: 'product.update' } });
    expect((audit.data as any).changed.sort()).toEqual(['nameEn', 'price', 'reorderThreshold']);
    expect((audit.data as any).before.price).toBe(Number(product.price));
    await t.http().patch(`/api/inventory/products/${product.id}`).set(bearer(owner)).send({ sku: 'EPI-001' }).expect(409);
  });

  it('deletes softly: the product leaves the listings but keeps its history', async () => {
    const created = await t
      .http()
      .post('/api/inventory/products')
      .set(bearer(owner))
      .send({ ...NEW_PRODUCT, sku: 'EPI-950', barcode: null })
      .expect(201);
    const id = created.body.id;
    const del = await t.http().delete(`/api/inventory/products/${id}`).set(bearer(owner)).expect(200);
    expect(del.body).toMatchObject({ id, active: false, sku: 'EPI-950' });
    await t.http().delete(`/api/inventory/products/${id}`).set(bearer(owner)).expect(200); // idempotent
    const row = await db.prisma.product.findUniqueOrThrow({ where: { id } });
    expect(row.active).toBe(false);
    expect(await db.prisma.stockMovement.count({ where: { productId: id } })).toBe(1);
    const get = await t.http().get(`/api/inventory/products/${id}`).set(bearer(owner)).expect(200);
    expect(get.body.active).toBe(false);
    const listed = await t.http().get('/api/inventory/products').query({ q: 'EPI-950' }).set(bearer(owner)).expect(200);
    expect(listed.body.items.map((i: any) => i.id)).not.toContain(id);
    const withInactive = await t
      .http()
      .get('/api/inventory/products')
      .query({ q: 'EPI-950', includeInactive: 'true' })
      .set(bearer(owner))
      .expect(200);
    expect(withInactive.body.items.map((i: any) => i.id)).toContain(id);
    expect(await db.prisma.auditLog.count({ where: { entityId: id, action: 'product.delete' } })).toBe(1);
  });

  it("hides another business's products: 404 on read, update and delete, nothing changed", async () => {
    const product = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-004' } });
    const res = await t.http().get(`/api/inventory/products/${product.id}`).set(bearer(oran)).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await t.http().patch(`/api/inventory/products/${product.id}`).set(bearer(oran)).send({ price: 1 }).expect(404);
    await t.http().delete(`/api/inventory/products/${product.id}`).set(bearer(oran)).expect(404);
    await t.http().get(`/api/inventory/products/${product.id}/movements`).set(bearer(oran)).expect(404);
    const after = await db.prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after).toEqual(product);
    await t.http().get('/api/inventory/products/not-a-uuid').set(bearer(owner)).expect(400);
  });

  it('documents the inventory and attachment routes in OpenAPI', async () => {
    const docs = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/inventory',
        '/api/inventory/movements',
        '/api/inventory/analyze-image',
        '/api/inventory/products',
        '/api/inventory/products/{id}',
        '/api/inventory/products/{id}/movements',
        '/api/attachments',
        '/api/attachments/{id}',
        '/api/attachments/{id}/meta',
      ]),
    );
    const create = docs.body.paths['/api/inventory/products'].post;
    expect(JSON.stringify(create.requestBody)).toContain('nameFr');
  });
});
