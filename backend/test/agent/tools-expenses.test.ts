import { formatDate, formatMoney } from '../../../tools/src/format';
import { renderReceiptImage, type ReceiptRow } from '../fixtures/receipts/receipt-image.factory';
import type { TestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from './chat-app';
import { ask, decide, plain, upload } from './tools-chat';
import { TEST_NOW } from '../setup/test-clock';

/** A wholesaler's ticket as a phone would capture it: merchant, lines, TVA, TOTAL TTC 1 520,00 DA, a date. */
const RECEIPT: ReceiptRow[] = [
  { center: 'ETS BENALI FRERES', bold: true, size: 30 },
  { center: 'Marche de gros Semmar - Alger' },
  { left: 'Facture N 2291' },
  { left: 'Date : 09/03/2026  09:40' },
  { left: '--------------------------------------' },
  { left: 'Semoule 1kg  2 x 120,00', right: '240,00' },
  { left: 'Huile Elio 5L', right: '650,00' },
  { left: 'Sucre 1kg  3 x 110,00', right: '330,00' },
  { left: 'Cafe Facto 250g', right: '300,00' },
  { left: '--------------------------------------' },
  { left: 'TOTAL HT', right: '1 277,31' },
  { left: 'TVA 19 %', right: '242,69' },
  { left: 'TOTAL TTC', right: '1 520,00 DA', bold: true, size: 26 },
  { center: 'Merci de votre confiance' },
];

/** Today in Algiers (UTC+1). */
// The app's business clock starts at TEST_NOW (10:00 UTC) and runs on: the shop's day is TEST_NOW's for hours.
const algiersToday = () => new Date(TEST_NOW.getTime() + 3_600_000).toISOString().slice(0, 10);

describe('expense tools through the agent', () => {
  let db: TestDatabase;
  let t: TestApp;
  let token: string;
  let tenantId: string;
  let c: ChatClient;
  const expenseCount = () => db.prisma.expense.count({ where: { tenantId } });

  const chat = chatApp();
  beforeAll(() => {
    ({ t, db, token, tenantId, c } = chat);
  });

  it("states this month's total spent, read from the database, in French and English", async () => {
    // Month to date in Algiers, as the shop counts it.
    const [row] = await db.prisma.$queryRaw<{ total: string }[]>`
      SELECT coalesce(sum(amount), 0)::text AS total FROM "Expense"
      WHERE "tenantId" = ${tenantId} AND currency = 'DZD'
        AND date >= date_trunc('month', ${TEST_NOW}::timestamptz AT TIME ZONE 'UTC' + interval '1 hour')::date
        AND date <= (${TEST_NOW}::timestamptz AT TIME ZONE 'UTC' + interval '1 hour')::date`;
    const total = Number(row.total);
    // The seeded month always has expenses (rent, goods, the repair spike) by TEST_NOW.
    expect(total).toBeGreaterThan(0);
    const fr = await ask(c, 'Quelles sont mes dépenses ce mois ?');
    expect(fr.started[0]).toMatchObject({ name: 'expenses_list', args: { period: 'month' } });
    expect(plain(fr.text)).toContain(`Ce mois-ci, vous avez dépensé **${plain(formatMoney(total, 'fr'))}**`);
    const en = await ask(c, 'List my expenses for this month');
    expect(en.started[0]).toMatchObject({ name: 'expenses_list' });
    expect(plain(en.text)).toContain(`you spent **${plain(formatMoney(total, 'en'))}**`);
  });

  it('adds "4500 DA d\'électricité" only after approval, with the canonical category and today\'s date', async () => {
    const before = await expenseCount();
    const turn = await ask(c, "Ajoute une dépense de 4500 DA pour l'électricité");
    expect(turn.started[0]).toMatchObject({ name: 'expenses_add', args: { amount: 4500, category: 'électricité' } });
    const approval = turn.approvals[0];
    expect(plain(approval.proposal.summary)).toMatch(
      new RegExp(`^Dépense : 4 500 DA — Électricité — .*${formatDate(algiersToday(), 'fr')}$`),
    );
    expect(approval.proposal.editable).toEqual(['amount', 'category', 'date', 'merchant', 'description']);
    expect(approval.args).toMatchObject({ amount: 4500, category: 'électricité', date: algiersToday() });
    expect(await expenseCount()).toBe(before);

    const done = await decide(c, turn.conversationId, approval.toolCallId, 'approve');
    expect(plain(done.text!)).toMatch(/^C'est enregistré : dépense de \*\*4 500 DA\*\* \(Électricité\) du /);
    expect(await expenseCount()).toBe(before + 1);
    const saved = await db.prisma.expense.findFirstOrThrow({ where: { tenantId }, orderBy: { createdAt: 'desc' } });
    const owner = await db.prisma.user.findUniqueOrThrow({ where: { email: 'owner@demo.dz' } });
    expect(saved).toMatchObject({ category: 'électricité', currency: 'DZD', createdById: owner.id });
    expect(Number(saved.amount)).toBe(4500);
  });

  it('scans an uploaded receipt, proposes the expense with the draft amount, and saves it with the picture on approval', async () => {
    const image = await renderReceiptImage({ rows: RECEIPT });
    const attachmentId = await upload(t, token, image, 'facture.png');
    const before = await expenseCount();

    const turn = await ask(c, 'Scanne ce reçu', { attachmentIds: [attachmentId] });
    expect(turn.started.map((s) => s.name)).toEqual(['expenses_scan_receipt', 'expenses_add']);
    expect(turn.started[0].args).toEqual({ attachmentId });
    const scanned = turn.finished.find((f) => f.name === 'expenses_scan_receipt')!;
    expect(scanned.status).toBe('succeeded');
    expect(scanned.result).toMatchObject({ attachmentId, total: 1520, date: '2026-03-09', saved: false });
    expect(turn.approvals).toHaveLength(1);
    const approval = turn.approvals[0];
    expect(approval.name).toBe('expenses_add');
    expect(approval.args).toMatchObject({ amount: 1520, date: '2026-03-09', attachmentId });
    expect(plain(approval.proposal.summary)).toContain('Dépense : 1 520 DA');
    // The answer says what was read and what is proposed; nothing is saved yet.
    expect(plain(turn.text)).toContain("J'ai lu le reçu");
    expect(plain(turn.text)).toContain('total 1 520 DA (dont TVA 242,69 DA)');
    expect(await expenseCount()).toBe(before);

    const done = await decide(c, turn.conversationId, approval.toolCallId, 'approve');
    expect(done.status).toBe('applied');
    expect(plain(done.text!)).toContain('**1 520 DA**');
    expect(done.text).toContain('📎');
    const saved = await db.prisma.expense.findUniqueOrThrow({ where: { attachmentId } });
    expect(Number(saved.amount)).toBe(1520);
    expect(Number(saved.vatAmount)).toBe(242.69);
    expect(saved.date.toISOString().slice(0, 10)).toBe('2026-03-09');
    expect(await expenseCount()).toBe(before + 1);

    // The same receipt sent again is recognised: no second expense is proposed.
    const again = await ask(c, 'Scanne ce reçu', { attachmentIds: [attachmentId] });
    expect(again.started.map((s) => s.name)).toEqual(['expenses_scan_receipt']);
    expect(again.approvals).toHaveLength(0);
    expect(again.text).toContain('déjà enregistré');
  });

  it("filters this month's expenses by a category named in the question", async () => {
    const turn = await ask(c, 'dépenses carburant du mois');
    expect(turn.started[0]).toMatchObject({ name: 'expenses_list', args: { period: 'month', category: 'carburant' } });
    expect(turn.finished[0].status).toBe('succeeded');
    expect(turn.text).toMatch(/^Ce mois-ci, (vos dépenses « Carburant » s'élèvent à|aucune dépense « Carburant »)/);
  });
});
