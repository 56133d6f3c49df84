/**
 * Till exports and customer lists in, against a real PostgreSQL: receipts become sales once (a second import of an
 * overlapping export adds nothing), per-row errors, dry run; customers with the notebook's balances, upserted by phone.
 */
import { createFreshTenant, FreshTenant } from '../helpers/fresh-tenant';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';

describe('Till and customer imports (real PostgreSQL)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let shop: FreshTenant;
  let owner: string;
  let staff: string;

  const app = seededApp({ template: 'empty' });
  beforeAll(async () => {
    ({ t, db } = app);
    shop = await createFreshTenant(db.prisma, 'Superette du Till');
    [owner, staff] = await Promise.all([t.login(shop.ownerEmail), t.login(shop.staffEmail)]);
    await db.prisma.product.createMany({
      data: [
        {
          tenantId: shop.tenantId,
          sku: 'SUC-1',
          barcode: '6130009000011',
          nameFr: 'Sucre 1kg',
          nameAr: 'سكر 1 كغ',
          category: 'épicerie',
          price: 100,
          cost: 85,
          stock: 40,
        },
        { tenantId: shop.tenantId, sku: 'LAI-1', nameFr: 'Lait 1L', category: 'frais', price: 25, cost: 22, stock: 60 },
        { tenantId: shop.tenantId, sku: 'PAI-1', nameFr: 'Baguette', category: 'boulangerie', price: 15, cost: null, stock: 100 },
      ],
    });
  });

  const upload = (path: string, token: string, body: string, query = '') =>
    t.http().post(`${path}${query}`).set('Authorization', `Bearer ${token}`).attach('file', Buffer.from(body, 'utf8'), 'export.csv');
  const stock = async (sku: string) => (await db.prisma.product.findFirstOrThrow({ where: { tenantId: shop.tenantId, sku } })).stock;

  const EXPORT = [
    'Date;Heure;N° ticket;Code barre;Article;Qté;PU;Paiement',
    '17/11/2026;18:35;T-1001;6130009000011;;2;100;espèces',
    '17/11/2026;18:35;T-1001;;Lait 1L;3;;espèces',
    '17/11/2026;19:02;T-1002;;baguette;4;15;CIB',
    '18/11/2026;;T-1003;;سكر 1 كغ;1;95;Edahabia',
  ].join('\n');

  it('previews receipts without writing, then imports each receipt as one sale with its stock movements', async () => {
    const dry = await upload('/api/sales/import', owner, EXPORT, '?dryRun=true').expect(200);
    expect(dry.body.columns.map((c: any) => c.field)).toEqual([
      'date',
      'time',
      'receipt',
      'barcode',
      'name',
      'quantity',
      'unitPrice',
      'paymentMethod',
    ]);
    expect(dry.body.receipts).toEqual({ new: 3, alreadyImported: 0, revenue: 200 + 75 + 60 + 95 });
    expect(dry.body.preview[1]).toMatchObject({
      receipt: 'T-1001',
      product: { sku: 'LAI-1', names: { fr: expect.any(String) }, unit: expect.any(String) },
      quantity: 3,
      unitPrice: 25,
      action: 'create',
    });
    expect(await db.prisma.sale.count({ where: { tenantId: shop.tenantId } })).toBe(0);

    const res = await upload('/api/sales/import', owner, EXPORT).expect(200);
    expect(res.body).toMatchObject({ committed: true, counts: { created: 3, invalid: 0 } });
    const sales = await db.prisma.sale.findMany({
      where: { tenantId: shop.tenantId },
      include: { lines: { orderBy: { position: 'asc' } } },
      orderBy: { soldAt: 'asc' },
    });
    expect(sales.map((s) => [s.receiptNumber, s.soldAt.toISOString(), Number(s.total), s.paymentMethod, s.source])).toEqual([
      ['T-1001', '2026-11-17T17:35:00.000Z', 275, 'cash', 'till_import'],
      ['T-1002', '2026-11-17T18:02:00.000Z', 60, 'cib', 'till_import'],
      ['T-1003', expect.stringMatching(/^2026-11-18T10:0/), 95, 'edahabia', 'till_import'],
    ]);
    // The baguette has no known cost: its revenue is kept out of the margin.
    expect(Number(sales[1].uncostedTotal)).toBe(60);
    expect(await stock('SUC-1')).toBe(37);
    expect(await stock('LAI-1')).toBe(57);
    const moves = await db.prisma.stockMovement.findMany({ where: { saleId: sales[0].id } });
    expect(moves.map((m) => m.reason)).toEqual(['vente (ticket T-1001)', 'vente (ticket T-1001)']);
  });

  it('imports an overlapping export again without counting a receipt twice, and refuses a receipt that changed', async () => {
    const overlap = [EXPORT, '18/11/2026 09:10;;T-1004;6130009000011;;1;100;cash'].join('\n').replace('Date;Heure', 'Date;Heure');
    const res = await upload('/api/sales/import', owner, overlap).expect(200);
    expect(res.body.counts).toMatchObject({ created: 1, unchanged: 3 });
    expect(res.body.receipts).toMatchObject({ new: 1, alreadyImported: 3 });
    expect(await db.prisma.sale.count({ where: { tenantId: shop.tenantId } })).toBe(4);
    expect(await stock('SUC-1')).toBe(36);

    const changed = EXPORT.replace('17/11/2026;19:02;T-1002;;baguette;4;15;CIB', '17/11/2026;19:02;T-1002;;baguette;5;15;CIB');
    const refused = await upload('/api/sales/import', owner, changed).expect(422);
    expect(refused.body.details.errors).toEqual([
      { row: 4, column: 'N° ticket', message: 'receipt T-1002 was already imported with other lines' },
    ]);
    expect(await db.prisma.sale.count({ where: { tenantId: shop.tenantId } })).toBe(4);
  });

  it('reports each bad cell, writes nothing by default, and imports the good receipts with skipInvalid', async () => {
    const bad = [
      'date,receipt,sku,quantity,price,payment',
      '31/02/2026,X-1,SUC-1,1,100,cash',
      '19/11/2099,X-2,SUC-1,1,100,cash',
      '18/11/2026,X-3,NOPE,1,100,cash',
      '18/11/2026,X-4,SUC-1,0,100,cash',
      '18/11/2026,X-5,SUC-1,1,abc,cash',
      '18/11/2026,X-6,SUC-1,1,100,cheque',
      '18/11/2026,X-7,SUC-1,2,100,carte',
    ].join('\n');
    const refused = await upload('/api/sales/import', owner, bad).expect(422);
    expect(refused.body.details.errors.map((e: any) => [e.row, e.column])).toEqual([
      [2, 'date'],
      [3, 'date'],
      [4, 'sku'],
      [5, 'quantity'],
      [6, 'price'],
      [7, 'payment'],
    ]);
    const ok = await upload('/api/sales/import', owner, bad, '?skipInvalid=true').expect(200);
    expect(ok.body.counts).toMatchObject({ created: 1, invalid: 6, skipped: 6 });
    const x7 = await db.prisma.sale.findFirstOrThrow({ where: { tenantId: shop.tenantId, receiptNumber: 'X-7' } });
    expect(x7.paymentMethod).toBe('card');
    expect((await upload('/api/sales/import', staff, bad).expect(403)).body.code).toBe('FORBIDDEN');
    expect((await upload('/api/sales/import', owner, 'produit;qté\nSucre;1').expect(400)).body.message).toContain('Missing column');
  });

  it('imports customers with the notebook balances, upserting by phone, and keeps sales made since', async () => {
    const list = [
      'Nom;Téléphone;Wilaya;Reste dû;Plafond',
      'Ahmed Benali;0555 12 34 56;Alger;3 500;10 000',
      'Fatiha;;Blida;;',
      'Sans Tel;abc;;;',
    ].join('\n');
    const dry = await upload('/api/customers/import', owner, list, '?dryRun=true').expect(200);
    expect(dry.body.columns.map((c: any) => c.field)).toEqual(['name', 'phone', 'wilaya', 'openingBalance', 'creditLimit']);
    expect(dry.body.errors).toEqual([{ row: 4, column: 'Téléphone', message: '"abc" is not a phone number' }]);
    await upload('/api/customers/import', owner, list, '?skipInvalid=true').expect(200);
    const ahmed = await db.prisma.customer.findFirstOrThrow({ where: { tenantId: shop.tenantId, name: 'Ahmed Benali' } });
    expect([Number(ahmed.balance), Number(ahmed.openingBalance), Number(ahmed.creditLimit), ahmed.wilaya]).toEqual([
      3500,
      3500,
      10000,
      'Alger',
    ]);

    // A credit sale, then the list again with a corrected notebook figure: the balance moves by the difference only.
    await t
      .http()
      .post('/api/sales')
      .set('Authorization', `Bearer ${owner}`)
      .set('Idempotency-Key', 'credit-ahmed-0001')
      .send({ lines: [{ sku: 'LAI-1', quantity: 4 }], paymentMethod: 'credit', customerId: ahmed.id })
      .expect(201);
    const again = await upload('/api/customers/import', owner, ['nom,tel,dette', 'A. Benali,+213 555 123 456,3000'].join('\n')).expect(200);
    expect(again.body.counts).toMatchObject({ created: 0, updated: 1 });
    const after = await db.prisma.customer.findUniqueOrThrow({ where: { id: ahmed.id } });
    expect([after.name, Number(after.openingBalance), Number(after.balance)]).toEqual(['A. Benali', 3000, 3000 + 100]);
    expect(await db.prisma.customer.count({ where: { tenantId: shop.tenantId } })).toBe(2);
  });
});
