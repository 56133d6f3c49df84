/**
 * The service methods the assistant's tools call (sales_record, sales_daily_total, sales_list, products_add,
 * customers_credit, customers_payment), on the seeded demo shop: previews write nothing, approved writes happen once.
 */
import { CreditService } from '../../src/customers/credit.service';
import { CustomersService } from '../../src/customers/customers.service';
import { ProductDraftService } from '../../src/inventory/product-draft.service';
import { DailyTotalsService } from '../../src/sales/daily-totals.service';
import { SalePreviewService } from '../../src/sales/sale-preview.service';
import { SalesService } from '../../src/sales/sales.service';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';

describe('services for the chat tools (real PostgreSQL, demo shop)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let tenantId: string;

  const app = seededApp();
  beforeAll(async () => {
    ({ t, db } = app);
    tenantId = await app.tenantId('demo-superette');
  });

  it('previews « j’ai vendu 3 sucre et 2 café », then records it once on approval', async () => {
    const preview = await t.app.get(SalePreviewService).previewSale(tenantId, {
      lines: [
        { product: 'sucre', quantity: 3 },
        { product: 'café moulu', quantity: 2 },
      ],
    });
    expect(preview.ok).toBe(true);
    expect(preview.lines.map((l) => l.product?.names.fr)).toEqual([expect.stringMatching(/^Sucre/), expect.stringMatching(/^Café moulu/)]);
    expect(preview.total).toBe(preview.lines.reduce((s, l) => s + l.total!, 0));
    expect(preview.summary.fr).toContain('3 × Sucre');
    const sugar = await db.prisma.product.findUniqueOrThrow({ where: { id: preview.lines[0].product!.id } });
    expect(preview.lines[0]).toMatchObject({ stockBefore: sugar.stock, stockAfter: sugar.stock - 3 });

    const sales = t.app.get(SalesService);
    const first = await sales.recordSale(tenantId, preview.input!, {
      idempotencyKey: 'toolcall-1',
      source: 'chat',
      userId: null,
      toolCallId: null,
    });
    const again = await sales.recordSale(tenantId, preview.input!, {
      idempotencyKey: 'toolcall-1',
      source: 'chat',
      userId: null,
      toolCallId: null,
    });
    expect(again).toEqual({ sale: first.sale, replayed: true });
    expect(first.sale).toMatchObject({ source: 'chat', total: preview.total });
    expect((await db.prisma.product.findUniqueOrThrow({ where: { id: sugar.id } })).stock).toBe(sugar.stock - 3);
  });

  it('asks instead of guessing: an unknown product, an ambiguous customer, a credit sale without customer', async () => {
    const svc = t.app.get(SalePreviewService);
    const unknown = await svc.previewSale(tenantId, { lines: [{ product: 'xylophone', quantity: 1 }] });
    expect(unknown).toMatchObject({ ok: false, input: null });
    expect(unknown.problems[0].fr).toContain('introuvable');
    const noCustomer = await svc.previewSale(tenantId, { lines: [{ product: 'sucre', quantity: 1 }], paymentMethod: 'credit' });
    expect(noCustomer.ok).toBe(false);
    const stranger = await svc.previewSale(tenantId, {
      lines: [{ product: 'sucre', quantity: 1 }],
      paymentMethod: 'credit',
      customer: 'Zoubir Inconnu',
    });
    expect(stranger).toMatchObject({ ok: true, customer: { id: null, name: 'Zoubir Inconnu', isNew: true } });
    expect(stranger.input?.newCustomer).toEqual({ name: 'Zoubir Inconnu', phone: null });
    const recorded = await t.app
      .get(SalesService)
      .recordSale(tenantId, stranger.input!, { idempotencyKey: 'toolcall-2', source: 'chat', userId: null });
    const created = await db.prisma.customer.findFirstOrThrow({ where: { tenantId, name: 'Zoubir Inconnu' } });
    expect(recorded.sale.customer?.id).toBe(created.id);
    expect(Number(created.balance)).toBe(recorded.sale.total);
    const found = await t.app.get(CustomersService).resolveCustomer(tenantId, 'zoubir');
    expect(found.match?.customer.id).toBe(created.id);
  });

  it('finds a customer written in Latin letters from the name typed in Arabic (« كريم حداد » is Karim Haddad)', async () => {
    const customers = t.app.get(CustomersService);
    // Family names of the seeded customers, as an Arabic-speaking owner writes them.
    const arabic: Record<string, string> = {
      Belkacem: 'بلقاسم',
      Bouzid: 'بوزيد',
      Haddad: 'حداد',
      Mansouri: 'منصوري',
      Amrani: 'عمراني',
      Boudiaf: 'بوضياف',
      Cherif: 'شريف',
      Djebbar: 'جبار',
      Ferhat: 'فرحات',
      Hamidi: 'حميدي',
      Khelifi: 'خليفي',
      Meziane: 'مزيان',
      Rahmani: 'رحماني',
      Slimani: 'سليماني',
      Mebarki: 'مباركي',
      Dahmani: 'دحماني',
      Ziani: 'زياني',
    };
    const karims = await db.prisma.customer.findMany({ where: { tenantId, name: { startsWith: 'Karim ' }, deletedAt: null } });
    const known = karims.filter((c) => arabic[c.name.slice('Karim '.length)]);
    expect(known.length).toBeGreaterThan(0);
    for (const c of known) {
      const found = await customers.resolveCustomer(tenantId, `كريم ${arabic[c.name.slice('Karim '.length)]}`);
      expect(found).toMatchObject({ confident: true, match: { customer: { id: c.id } } });
    }
    // The first name alone finds every Karim, as « Karim » does: the assistant then asks which one.
    const ids = (r: Awaited<ReturnType<CustomersService['resolveCustomer']>>) =>
      [r.match, ...r.alternatives].map((m) => m!.customer.id).sort();
    expect(ids(await customers.resolveCustomer(tenantId, 'كريم'))).toEqual(ids(await customers.resolveCustomer(tenantId, 'Karim')));
  });

  it('finds « سعاد بن موسى » as Souad Benmoussa (« بن » joined to the family name), and the phone tells namesakes apart', async () => {
    const customers = t.app.get(CustomersService);
    const souad = await customers.create(tenantId, { name: 'Souad Benmoussa', openingBalance: 0 }, { userId: null });
    expect(await customers.resolveCustomer(tenantId, 'سعاد بن موسى')).toMatchObject({
      confident: true,
      match: { customer: { id: souad.id } },
    });
    const [first, second] = await Promise.all(
      ['0550 10 20 30', '0661 40 50 60'].map((phone) =>
        customers.create(tenantId, { name: 'Lamia Ouali', phone, openingBalance: 0 }, { userId: null }),
      ),
    );
    expect(await customers.resolveCustomer(tenantId, 'Lamia Ouali')).toMatchObject({ confident: false });
    expect(await customers.resolveCustomer(tenantId, 'Lamia Ouali (0661 40 50 60)')).toMatchObject({
      confident: true,
      match: { customer: { id: second.id } },
    });
    // A phone that is not hers (another customer's) does not pick her namesake: the name given still counts.
    expect((await customers.resolveCustomer(tenantId, 'Souad Benmoussa (0550 10 20 30)')).match?.customer.id).toBe(souad.id);
    expect(first.id).not.toBe(second.id);
  });

  // « عبد القادر زروال » and « نور الدين بلقاسم » were new customers: the Arabic compound names are two words, the Latin one.
  it('finds « عبد القادر » and « نور الدين » names written in Arabic as their one-word Latin spelling', async () => {
    const customers = t.app.get(CustomersService);
    const [abdelkader, noureddine] = await Promise.all(
      ['Abdelkader Zerouali', 'Noureddine Belkacem'].map((name) =>
        customers.create(tenantId, { name, openingBalance: 0 }, { userId: null }),
      ),
    );
    for (const [query, id] of [
      ['عبد القادر زروالي', abdelkader.id],
      ['Abdel Kader Zerouali', abdelkader.id],
      ['نور الدين بلقاسم', noureddine.id],
      ['Nour Eddine Belkacem', noureddine.id],
    ] as const)
      expect(await customers.resolveCustomer(tenantId, query)).toMatchObject({ confident: true, match: { customer: { id } } });
  });

  it('a full name nobody carries is a new customer, though others share its first name or its family name', async () => {
    const customers = t.app.get(CustomersService);
    const [lotfi, samia] = await Promise.all(
      ['Lotfi Amrouche', 'Samia Bensaid'].map((name) => customers.create(tenantId, { name, openingBalance: 0 }, { userId: null })),
    );
    const partial = await customers.resolveCustomer(tenantId, 'Lotfi Bensaid');
    expect(partial).toMatchObject({ match: null, confident: false });
    expect(partial.alternatives.map((m) => m.customer.id).sort()).toEqual([lotfi.id, samia.id].sort());
    const sale = await t.app.get(SalePreviewService).previewSale(tenantId, {
      lines: [{ product: 'sucre', quantity: 1 }],
      paymentMethod: 'credit',
      customer: 'Lotfi Bensaid',
    });
    expect(sale).toMatchObject({ ok: true, customer: { id: null, name: 'Lotfi Bensaid', isNew: true } });
    // The first name alone still finds Lotfi Amrouche, and his whole name him alone.
    expect(await customers.resolveCustomer(tenantId, 'Lotfi')).toMatchObject({ confident: true, match: { customer: { id: lotfi.id } } });
    expect(await customers.resolveCustomer(tenantId, 'lotfi amrouche')).toMatchObject({
      confident: true,
      match: { customer: { id: lotfi.id } },
    });
  });

  it('previews and records a daily total without margin', async () => {
    const svc = t.app.get(DailyTotalsService);
    const preview = await svc.previewDailyTotal(tenantId, { amount: 45000 });
    expect(preview.alreadyRecorded).toBeGreaterThan(0); // the demo sold this morning
    expect(preview.addedWithoutDetail).toBe(Math.max(45000 - preview.alreadyRecorded, 0));
    const { sale } = await svc.recordDailyTotal(tenantId, { amount: 45000 }, { source: 'chat', userId: null });
    expect(sale).toMatchObject({ kind: 'daily_total', declaredTotal: 45000, margin: null });
    const list = await t.app.get(SalesService).listSales(tenantId, { period: 'today' });
    expect(list.totals.revenue).toBe(45000);
    expect(list.totals.revenueWithoutMargin).toBeGreaterThan(0);
  });

  it('previews a new product without a cost, and creates it on approval', async () => {
    const svc = t.app.get(ProductDraftService);
    const preview = await svc.previewProduct(tenantId, { name: 'Chips Mahboul', price: 30 });
    expect(preview.ok).toBe(true);
    expect(preview.product).toMatchObject({ sku: 'P-00001', price: 30, cost: null, category: 'divers' });
    expect(preview.warnings[0].fr).toContain("Prix d'achat inconnu");
    const item = await svc.createProduct(tenantId, preview.input!, { userId: null });
    expect(item).toMatchObject({ sku: 'P-00001', cost: null, price: 30 });
    expect((await svc.previewProduct(tenantId, { name: 'Chips' })).ok).toBe(false);
  });

  it('says who owes what on the demo notebook, and previews a payment', async () => {
    const credit = t.app.get(CreditService);
    const summary = await credit.summary(tenantId);
    expect(summary.count).toBeGreaterThanOrEqual(2);
    const late = summary.customers.filter((c) => (c.daysOutstanding ?? 0) >= 30);
    expect(late.length).toBeGreaterThanOrEqual(2);
    const c = summary.customers[0];
    const over = await credit.previewPayment(tenantId, c.customer.id, c.balance + 100);
    expect(over).toMatchObject({ allowed: false, advance: 100 });
    const fine = await credit.previewPayment(tenantId, c.customer.id, c.balance);
    expect(fine).toMatchObject({ allowed: true, balanceAfter: 0 });
    const paid = await credit.recordPayment(
      tenantId,
      c.customer.id,
      { amount: c.balance },
      { source: 'chat', idempotencyKey: 'toolcall-3', userId: null },
    );
    expect(paid.balanceAfter).toBe(0);
    const alerts = await t.app.get(SalesService).listSales(tenantId, { customerId: c.customer.id, paymentMethod: 'credit', pageSize: 1 });
    expect(alerts.total).toBeGreaterThan(0);
  });
});
