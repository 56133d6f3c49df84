import { toPlain } from '@tajer/contract';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { EXPENSE_CATEGORIES } from '../../src/expenses/expense-categories';
import { ExpensesService } from '../../src/expenses/expenses.service';
import { shopToday } from '../../src/expenses/expense-dates';
import { Clock } from '../../src/common/time/clock';
import { renderReceiptImage, type ReceiptRow } from '../fixtures/receipts/receipt-image.factory';
import type { TestApp } from '../helpers/test-app';
import { demoShopApp, seededApp, type DemoShop } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';

/** A wholesaler's ticket for goods bought by the shop: 4 lines, TVA 19 %, TOTAL TTC 1 520,00 DA, 14/03/2026. */
const WHOLESALER_RECEIPT: ReceiptRow[] = [
  { center: 'ETS BOUDIAF', bold: true, size: 30 },
  { center: 'Marche de gros Semmar - Alger' },
  { center: 'Tel : 023 55 12 34' },
  { left: 'Facture N 1187' },
  { left: 'Date : 14/03/2026  10:15' },
  { left: '--------------------------------------' },
  { left: 'Semoule 1kg  2 x 120,00', right: '240,00' },
  { left: 'Huile Elio 5L', right: '650,00' },
  { left: 'Sucre 1kg  3 x 110,00', right: '330,00' },
  { left: 'Cafe Facto 250g', right: '300,00' },
  { left: '--------------------------------------' },
  { left: 'TOTAL HT', right: '1 277,31' },
  { left: 'TVA 19 %', right: '242,69' },
  { left: 'TOTAL TTC', right: '1 520,00 DA', bold: true, size: 26 },
  { left: 'ESPECES', right: '2 000,00' },
  { left: 'RENDU', right: '480,00' },
  { center: 'Merci de votre confiance' },
];

describe('expenses: list, create, receipt OCR (real PostgreSQL, real OCR)', () => {
  let { t, db, owner, staff, oran, demoId } = {} as DemoShop;
  const shop = demoShopApp();
  beforeAll(() => ({ t, db, owner, staff, oran, demoId } = shop));

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const list = (token: string, qs = '') => t.http().get(`/api/expenses${qs}`).set(auth(token));
  const create = (token: string, body: object) => t.http().post('/api/expenses').set(auth(token)).send(body);
  const scan = (token: string, image: Buffer, name = 'ticket.png') =>
    t.http().post('/api/expenses/ocr').set(auth(token)).attach('file', image, name);
  const uploadAttachment = async (token: string, image: Buffer) =>
    (await t.http().post('/api/attachments').set(auth(token)).attach('file', image, 'photo.png').expect(201)).body.id as string;
  const sumDb = async (from: string, to: string, extra: object = {}) => {
    const agg = await db.prisma.expense.aggregate({
      where: {
        tenantId: demoId,
        currency: 'DZD',
        date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
        ...extra,
      },
      _sum: { amount: true },
      _count: { _all: true },
    });
    return { amount: Number(agg._sum.amount ?? 0), count: agg._count._all };
  };

  describe('GET /api/expenses', () => {
    it('lists the year with totals by canonical category that match the database', async () => {
      const res = await list(owner, '?period=year&pageSize=200').expect(200);
      const { from, to } = res.body.range;
      expect(res.body.range.period).toBe('year');
      const db$ = await sumDb(from, to);
      expect(res.body.currency).toBe('DZD');
      expect(res.body.totals.grandTotal).toBeCloseTo(db$.amount, 2);
      expect(res.body.totals.count).toBe(db$.count);
      expect(res.body.totalItems).toBe(db$.count);
      const categories = res.body.totals.byCategory.map((c: any) => c.category);
      for (const c of categories) expect(EXPENSE_CATEGORIES).toContain(c);
      // The seed's goods purchases are stored under the contract's key.
      expect(categories).toContain('marchandises');
      expect(res.body.totals.byCategory.reduce((s: number, c: any) => s + c.amount, 0)).toBeCloseTo(db$.amount, 1);
      expect(res.body.totals.byCategory[0].amount).toBeGreaterThanOrEqual(res.body.totals.byCategory.at(-1).amount);
      expect(res.body.items[0].date >= res.body.items.at(-1).date).toBe(true);
      expect(res.body.previous).toMatchObject({ grandTotal: expect.any(Number) });
    });

    it('lists the whole last month (« le mois dernier ») against the whole month before, from the clock, not today', async () => {
      const res = await list(owner, '?period=last_month&pageSize=200').expect(200);
      const { from, to } = res.body.range;
      const today = shopToday(t.app.get(Clock).now());
      // The first and last days of the month before this one, in shop days.
      const [y, m] = today.split('-').map(Number);
      const first = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
      const last = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
      expect({ period: res.body.range.period, from, to }).toEqual({ period: 'last_month', from: first, to: last });
      const db$ = await sumDb(from, to);
      expect(res.body.totals.grandTotal).toBeCloseTo(db$.amount, 2);
      expect(res.body.totals.count).toBe(db$.count);
      const before = await sumDb(
        new Date(Date.UTC(y, m - 3, 1)).toISOString().slice(0, 10),
        new Date(Date.UTC(y, m - 2, 0)).toISOString().slice(0, 10),
      );
      expect(res.body.previous.grandTotal).toBeCloseTo(before.amount, 2);
    });

    it('filters by category given as a synonym (Sonelgaz → électricité) and by dates', async () => {
      const year = await list(owner, '?period=year&category=Sonelgaz&pageSize=200').expect(200);
      expect(year.body.category.key).toBe('électricité');
      expect(year.body.items.length).toBeGreaterThan(0);
      expect(year.body.items.every((i: any) => i.category === 'électricité')).toBe(true);
      const stored = await sumDb(year.body.range.from, year.body.range.to, { category: 'électricité' });
      expect(year.body.totals.grandTotal).toBeCloseTo(stored.amount, 2);

      const someDay = year.body.items[0].date;
      const day = await list(owner, `?from=${someDay}&to=${someDay}&pageSize=200`).expect(200);
      expect(day.body.range).toEqual({ period: null, from: someDay, to: someDay });
      expect(day.body.items.every((i: any) => i.date === someDay)).toBe(true);
      expect(day.body.totalItems).toBe((await sumDb(someDay, someDay)).count);
    });

    it('defaults to this month; refuses mixed period and dates, unknown categories (listing the allowed ones), staff and anonymous callers', async () => {
      const month = await list(owner).expect(200);
      expect(month.body.range.period).toBe('month');
      const both = await list(owner, '?period=month&from=2026-01-01').expect(400);
      expect(both.body.details[0].field).toBe('period');
      const unknown = await list(owner, '?category=vacances').expect(400);
      expect(unknown.body.details[0].field).toBe('category');
      expect(unknown.body.details[0].message).toContain('loyer, électricité');
      await list(staff).expect(403);
      await t.http().get('/api/expenses').expect(401);
    });

    it('shows each business only its own expenses', async () => {
      const theirs = await list(oran, '?period=year&pageSize=200').expect(200);
      const demoIds = new Set((await db.prisma.expense.findMany({ where: { tenantId: demoId }, select: { id: true } })).map((e) => e.id));
      expect(theirs.body.items.length).toBeGreaterThan(0);
      expect(theirs.body.items.some((i: any) => demoIds.has(i.id))).toBe(false);
    });
  });

  describe('POST /api/expenses', () => {
    it('records an expense, mapping an Arabic category, with an audit row', async () => {
      const res = await create(staff, {
        amount: 4250.5,
        category: 'الكهرباء',
        merchant: 'Sonelgaz',
        date: '2026-03-10',
        vatAmount: 678.65,
        description: 'Facture bimestrielle',
      }).expect(201);
      expect(res.body).toMatchObject({
        amount: 4250.5,
        currency: 'DZD',
        category: 'électricité',
        categoryLabel: { fr: 'Électricité' },
        date: '2026-03-10',
        merchant: 'Sonelgaz',
        vatAmount: 678.65,
        attachmentId: null,
      });
      const row = await db.prisma.expense.findUniqueOrThrow({ where: { id: res.body.id } });
      expect(row).toMatchObject({ tenantId: demoId, category: 'électricité', currency: 'DZD' });
      expect(Number(row.amount)).toBe(4250.5);
      expect(row.date.toISOString().slice(0, 10)).toBe('2026-03-10');
      const audit = await db.prisma.auditLog.findFirst({ where: { entityType: 'expense', entityId: res.body.id } });
      expect(audit?.action).toBe('expense.create');
    });

    it('previews exactly what would be saved, without saving', async () => {
      const before = await db.prisma.expense.count({ where: { tenantId: demoId } });
      const res = await t.http().post('/api/expenses/preview').set(auth(owner)).send({ amount: 1520, category: 'rent' }).expect(200);
      expect(res.body).toMatchObject({ amount: 1520, category: 'loyer', currency: 'DZD', attachmentId: null });
      expect(res.body.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(toPlain(res.body.summary.fr)).toBe(`Nouvelle dépense : 1 520 DA — Loyer — ${res.body.date}`);
      expect(await db.prisma.expense.count({ where: { tenantId: demoId } })).toBe(before);
    });

    it('names every bad field and refuses unknown ones', async () => {
      const zero = await create(owner, { amount: 0, category: 'loyer' }).expect(400);
      expect(zero.body.details.map((d: any) => d.field)).toEqual(['amount']);
      const many = await create(owner, { amount: -3, category: 'vacances', date: '14/03/2026', currency: 'dinars' }).expect(400);
      expect(many.body.details.map((d: any) => d.field)).toEqual(expect.arrayContaining(['amount', 'category', 'date', 'currency']));
      const categoryDetail = many.body.details.find((d: any) => d.field === 'category');
      expect(categoryDetail.message).toContain(EXPENSE_CATEGORIES.join(', '));
      const future = await create(owner, { amount: 10, category: 'loyer', date: '2099-01-01' }).expect(400);
      expect(future.body.details).toEqual([expect.objectContaining({ field: 'date' })]);
      const vat = await create(owner, { amount: 10, category: 'loyer', vatAmount: 11 }).expect(400);
      expect(vat.body.details[0].field).toBe('vatAmount');
      const extra = await create(owner, { amount: 10, category: 'loyer', paidBy: 'cash' }).expect(400);
      expect(JSON.stringify(extra.body.details)).toContain('paidBy');
      await t.http().post('/api/expenses').send({ amount: 10, category: 'loyer' }).expect(401);
    });

    it('accepts only the business’s own receipt (404), and each receipt once (409)', async () => {
      const image = await renderReceiptImage({
        rows: [
          { center: 'TICKET TEST', size: 30 },
          { left: 'TOTAL', right: '100,00' },
        ],
      });
      const theirs = await uploadAttachment(oran, image);
      const notMine = await create(owner, { amount: 100, category: 'autre', attachmentId: theirs }).expect(404);
      expect(notMine.body.code).toBe('NOT_FOUND');
      const mine = await uploadAttachment(owner, image);
      const first = await create(owner, { amount: 100, category: 'autre', attachmentId: mine }).expect(201);
      const again = await create(owner, { amount: 100, category: 'autre', attachmentId: mine }).expect(409);
      expect(again.body).toMatchObject({ code: 'CONFLICT', details: { attachmentId: mine, expenseId: first.body.id } });
      // Two racing requests: the unique index lets exactly one through.
      const racer = await uploadAttachment(owner, image);
      const results = await Promise.all([1, 2].map(() => create(owner, { amount: 5, category: 'autre', attachmentId: racer })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    });
  });

  describe('service API for the assistant’s tools', () => {
    it('validates raw tool arguments like the API and previews the exact change', async () => {
      const service = t.app.get(ExpensesService);
      const month = await service.list(demoId, { period: 'year', category: 'Sonelgaz' });
      expect(month.category?.key).toBe('électricité');
      const before = await db.prisma.expense.count({ where: { tenantId: demoId } });
      const preview = await service.previewCreate(demoId, { amount: 2600, category: 'gasoil', merchant: 'Naftal', date: '2026-03-12' });
      expect(preview).toMatchObject({ amount: 2600, category: 'carburant', merchant: 'Naftal', date: '2026-03-12', currency: 'DZD' });
      expect(toPlain(preview.summary.fr)).toBe('Nouvelle dépense : 2 600 DA — Carburant — Naftal — 2026-03-12');
      expect(await db.prisma.expense.count({ where: { tenantId: demoId } })).toBe(before);
      await expect(service.previewCreate(demoId, { amount: 5, category: 'vacances' })).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ field: 'category' })],
      });
      const saved = await service.create(
        demoId,
        null,
        { amount: 2600, category: 'gasoil', date: '2026-03-12' },
        { toolCallId: 'tool-call-1' },
      );
      expect((await db.prisma.expense.findUniqueOrThrow({ where: { id: saved.id } })).toolCallId).toBe('tool-call-1');
    });
  });

  describe('POST /api/expenses/ocr', () => {
    it('reads a receipt into a draft, saves nothing, then the draft is saved by POST /api/expenses with its attachmentId', async () => {
      const image = await renderReceiptImage({ rows: WHOLESALER_RECEIPT });
      const before = await db.prisma.expense.count({ where: { tenantId: demoId } });
      const res = await scan(staff, image).expect(201);
      const draft = res.body;

      expect(draft.saved).toBe(false);
      expect(draft.merchant).toMatch(/BOUDIAF/i);
      expect(draft.date).toBe('2026-03-14');
      expect(draft.total).toBe(1520);
      expect(draft.vat).toBeCloseTo(242.69, 2);
      expect(draft.vatLines).toEqual([expect.objectContaining({ rate: 19 })]);
      expect(draft.currency).toBe('DZD');
      expect(draft.lines.length).toBeGreaterThanOrEqual(3);
      expect(draft.lines.map((l: any) => l.description).join(' ')).toMatch(/Semoule/i);
      for (const field of ['merchant', 'date', 'total', 'vat', 'currency', 'category']) {
        expect(draft.confidence[field]).toBeGreaterThanOrEqual(0);
        expect(draft.confidence[field]).toBeLessThanOrEqual(1);
      }
      expect(draft.confidence.total).toBeGreaterThan(0.5);
      expect(draft.suggestedCategory.key).toBe('marchandises');
      expect(draft.warnings).not.toContain('total_not_found');

      // Stored as an attachment of the business, but no expense yet.
      const attachment = await db.prisma.attachment.findUniqueOrThrow({ where: { id: draft.attachmentId } });
      expect(attachment).toMatchObject({ tenantId: demoId, mimeType: 'image/png' });
      expect(await db.prisma.expense.count({ where: { tenantId: demoId } })).toBe(before);
      expect(await db.prisma.expense.count({ where: { attachmentId: draft.attachmentId } })).toBe(0);

      const saved = await create(staff, draft.proposal).expect(201);
      expect(saved.body).toMatchObject({
        amount: 1520,
        category: 'marchandises',
        date: '2026-03-14',
        attachmentId: draft.attachmentId,
        vatAmount: 242.69,
      });
      const row = await db.prisma.expense.findUniqueOrThrow({ where: { id: saved.body.id } });
      expect((row.ocrFields as any).total).toBe(1520);
      expect((row.ocrConfidence as any).total).toBe(draft.confidence.total);
      expect(await db.prisma.expense.count({ where: { tenantId: demoId } })).toBe(before + 1);

      // Scanning it again (by id) says it is already recorded; saving it again is refused.
      const rescan = await t.http().post('/api/expenses/ocr').set(auth(owner)).send({ attachmentId: draft.attachmentId }).expect(201);
      expect(rescan.body).toMatchObject({ alreadyUsedBy: saved.body.id, total: 1520 });
      expect(rescan.body.warnings).toContain('receipt_already_used');
      await create(owner, draft.proposal).expect(409);
      // Another business cannot read it.
      await t.http().post('/api/expenses/ocr').set(auth(oran)).send({ attachmentId: draft.attachmentId }).expect(404);
    });

    it('refuses non-images (415) by content, and requests without a picture (400 naming file)', async () => {
      const text = await t
        .http()
        .post('/api/expenses/ocr')
        .set(auth(owner))
        .attach('file', Buffer.from('TOTAL TTC 1 520,00 DA'), { filename: 'ticket.png', contentType: 'image/png' })
        .expect(415);
      expect(text.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
      await t
        .http()
        .post('/api/expenses/ocr')
        .set(auth(owner))
        .attach('file', svg, { filename: 'ticket.svg', contentType: 'image/svg+xml' })
        .expect(415);
      const none = await t.http().post('/api/expenses/ocr').set(auth(owner)).send({}).expect(400);
      expect(none.body.details[0].field).toBe('file');
      await t.http().post('/api/expenses/ocr').attach('file', Buffer.from('x'), 'x.png').expect(401);
    });
  });
});

describe('expenses: upload size limit', () => {
  let db: TestDatabase;
  let t: TestApp;

  const app = seededApp({ env: { UPLOAD_MAX_BYTES: '20000' } });
  beforeAll(() => ({ t, db } = app));

  it('answers 413 over UPLOAD_MAX_BYTES and stores nothing', async () => {
    const token = await t.login('owner@demo.dz');
    // Noise does not compress: a 200×200 RGB PNG of it is well over 20 kB.
    const noise = randomBytes(200 * 200 * 3);
    const big = await sharp(noise, { raw: { width: 200, height: 200, channels: 3 } })
      .png()
      .toBuffer();
    expect(big.length).toBeGreaterThan(20000);
    const before = await db.prisma.attachment.count();
    const res = await t.http().post('/api/expenses/ocr').set('Authorization', `Bearer ${token}`).attach('file', big, 'big.png').expect(413);
    expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await db.prisma.attachment.count()).toBe(before);
  });
});
