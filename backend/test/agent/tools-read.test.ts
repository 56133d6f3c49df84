import { formatMoney, formatNumber, formatQuantity } from '../../../tools/src/format';
import { codeImage } from '../inventory/test-images';
import type { TestDatabase } from '../setup/test-database';
import type { TestApp } from '../helpers/test-app';
import type { ChatClient } from '../helpers/chat-client';
import { chatApp } from './chat-app';
import { ask, choicesOf, plain, upload } from './tools-chat';

/**
 * The read tools (and feedback, a write without confirmation) through the real agent over Socket.IO: each question
 * calls the expected tool and the streamed answer carries the figure the database holds.
 */
describe('read tools through the agent', () => {
  let db: TestDatabase;
  let t: TestApp;
  let token: string;
  let tenantId: string;
  let c: ChatClient;
  const rest = (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`).expect(200);

  const chat = chatApp();
  beforeAll(() => {
    ({ t, db, token, tenantId, c } = chat);
  });

  it("dashboard_stats: this month's and this year's revenue as the sales table sums it, in French, Arabic and English", async () => {
    // Calendar periods to date in Algiers (UTC+1); soldAt is stored in UTC.
    const revenueSince = async (unit: 'month' | 'year') => {
      const [row] = await db.prisma.$queryRawUnsafe<{ revenue: string }[]>(
        `SELECT coalesce(sum(total), 0)::text AS revenue FROM "Sale" WHERE "tenantId" = $1
           AND "soldAt" >= date_trunc('${unit}', now() AT TIME ZONE 'UTC' + interval '1 hour') - interval '1 hour'
           AND "soldAt" < now() AT TIME ZONE 'UTC'`,
        tenantId,
      );
      return Number(row.revenue);
    };
    const month = await revenueSince('month');
    const fr = await ask(c, 'Comment vont mes ventes ce mois-ci ?');
    expect(fr.started[0]).toMatchObject({ name: 'dashboard_stats', args: { period: 'month' } });
    expect(fr.text).toMatch(/^\*\*Ce mois-ci\*\*/);
    if (month > 0) expect(plain(fr.text)).toContain(`Chiffre d'affaires : **${plain(formatMoney(month, 'fr'))}**`);

    const year = await revenueSince('year');
    expect(year).toBeGreaterThan(0);
    const en = await ask(c, "What's my revenue this year?");
    expect(en.started[0]).toMatchObject({ name: 'dashboard_stats', args: { period: 'year' } });
    expect(plain(en.text)).toContain(`Revenue: **${plain(formatMoney(year, 'en'))}**`);
    const ar = await ask(c, 'ما هو رقم الأعمال هذه السنة؟');
    expect(ar.started[0]).toMatchObject({ name: 'dashboard_stats', args: { period: 'year' } });
    expect(plain(ar.text)).toContain(`رقم الأعمال: **${plain(formatMoney(year, 'ar'))}**`);
  });

  it('dashboard_alerts and dashboard_insights: the counts and the first findings the dashboard computes', async () => {
    const alerts = (await rest('/api/dashboard/alerts')).body;
    const turn = await ask(c, 'Y a-t-il des alertes ?');
    expect(turn.started[0]).toMatchObject({ name: 'dashboard_alerts' });
    expect(alerts.counts.total).toBeGreaterThan(0);
    expect(turn.text).toMatch(new RegExp(`^${alerts.counts.total} alertes`));
    expect(turn.text).toContain(alerts.alerts[0].title.fr);
    // The seed's out-of-stock baking powder is among them.
    expect(turn.text).toMatch(/Levure chimique/);

    const insights = (await rest('/api/dashboard/insights')).body;
    const en = await ask(c, 'Give me business insights');
    expect(en.started[0]).toMatchObject({ name: 'dashboard_insights' });
    expect(en.text).toContain(`Here is what stands out over the last ${insights.windowDays} days:`);
    expect(en.text).toContain(
      insights.insights.find((i: { severity: string }) => i.severity === 'warning')?.title.en ?? insights.insights[0].title.en,
    );
  });

  it('customers_credit: a first name several customers share is answered with what each of them owes, nothing asked or written', async () => {
    const post = (body: object) => t.http().post('/api/customers').set('Authorization', `Bearer ${token}`).send(body).expect(201);
    for (const [name, openingBalance] of [
      ['Zoubir Hamdani', 1200],
      ['Zoubir Khelifi', 350],
      ['Zoubir Saadi', 0],
    ] as const)
      await post({ name, openingBalance });
    const rows = await db.prisma.customer.findMany({ where: { tenantId, name: { startsWith: 'Zoubir ' } }, orderBy: { name: 'asc' } });
    const owed = rows.filter((r) => Number(r.balance) > 0);
    expect(owed.map((r) => r.name)).toEqual(['Zoubir Hamdani', 'Zoubir Khelifi']);
    const paymentsBefore = await db.prisma.customerPayment.count({ where: { tenantId } });

    const fr = await ask(c, 'Combien me doit Zoubir ?');
    expect(fr.started[0]).toMatchObject({ name: 'customers_credit', args: { customer: 'Zoubir' } });
    expect(fr.approvals).toEqual([]);
    expect(choicesOf(fr)).toEqual([]);
    const text = plain(fr.text);
    expect(text).toContain('Vous avez 3 clients nommés « Zoubir ». 2 vous doivent');
    expect(text).toContain(
      plain(
        formatMoney(
          owed.reduce((s, r) => s + Number(r.balance), 0),
          'fr',
        ),
      ),
    );
    for (const r of owed) expect(text).toContain(`${r.name} : **${plain(formatMoney(Number(r.balance), 'fr'))}** (depuis aujourd'hui)`);
    expect(text).not.toContain('Zoubir Saadi');
    expect(text).toContain("L'autre ne vous doit rien.");

    const en = await ask(c, 'How much does Zoubir owe me?');
    expect(plain(en.text)).toContain('You have 3 customers named “Zoubir”. 2 of them owe you');
    const ar = await ask(c, 'قداش يسالني Zoubir؟');
    expect(ar.started[0]).toMatchObject({ name: 'customers_credit' });
    expect(plain(ar.text)).toContain('لديك 3 زبائن اسمهم');

    // A name that fits one customer in full is still that customer's balance.
    const one = await ask(c, 'Combien me doit Zoubir Khelifi ?');
    expect(plain(one.text)).toContain(`Zoubir Khelifi vous doit **${plain(formatMoney(350, 'fr'))}**`);
    expect(await db.prisma.customerPayment.count({ where: { tenantId } })).toBe(paymentsBefore);
    const after = await db.prisma.customer.findMany({ where: { tenantId, name: { startsWith: 'Zoubir ' } }, orderBy: { name: 'asc' } });
    expect(after.map((r) => Number(r.balance))).toEqual(rows.map((r) => Number(r.balance)));
  });

  it('market_competitors: our shelf price and the lowest competitor price recorded for sugar', async () => {
    const sugar = await db.prisma.product.findFirstOrThrow({ where: { tenantId, sku: 'EPI-006' } });
    const latest = await db.prisma.$queryRaw<{ name: string; price: string }[]>`
      SELECT DISTINCT ON (cp."competitorId") c.name, cp.price::text AS price
      FROM "CompetitorPrice" cp JOIN "Competitor" c ON c.id = cp."competitorId"
      WHERE cp."tenantId" = ${tenantId} AND cp."productId" = ${sugar.id}
      ORDER BY cp."competitorId", cp."observedAt" DESC`;
    expect(latest.length).toBeGreaterThan(0);
    const cheapest = latest.reduce((a, b) => (Number(a.price) <= Number(b.price) ? a : b));
    const turn = await ask(c, 'What are competitors charging for sugar?');
    expect(turn.started[0]).toMatchObject({ name: 'market_competitors' });
    expect(String(turn.started[0].args.product)).toMatch(/sugar|sucre/i);
    expect(plain(turn.text)).toContain(`your price **${plain(formatMoney(Number(sugar.price), 'en'))}**`);
    expect(plain(turn.text)).toContain(plain(formatMoney(Number(cheapest.price), 'en')));
    expect(turn.text).toContain(cheapest.name);
  });

  it('market_trends and market_report: a category trend, and a stored report with its PDF link', async () => {
    const trends = await ask(c, 'Quelles sont les tendances du marché pour les produits laitiers ?');
    expect(trends.started[0]).toMatchObject({ name: 'market_trends' });
    const data = (await rest('/api/market/trends?category=produits%20laitiers')).body;
    expect(plain(trends.text)).toContain(`Produits laitiers** : chiffre d'affaires **${plain(formatMoney(data.totals.revenue, 'fr'))}**`);

    const report = await ask(c, 'Génère un rapport de marché sur les boissons');
    expect(report.started[0]).toMatchObject({ name: 'market_report', args: { topic: 'boissons' } });
    const stored = await db.prisma.marketReport.findFirstOrThrow({ where: { tenantId }, orderBy: { createdAt: 'desc' } });
    expect(stored).toMatchObject({ topic: 'boissons', language: 'fr' });
    expect(report.text).toContain(`(/api/market/reports/${stored.id}.pdf)`);
    await t
      .http()
      .get(`/api/market/reports/${stored.id}.pdf`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200)
      .expect('Content-Type', /pdf/);
  });

  it('marketing: a post written from real products (stored), the customer base and the campaigns counted in the database', async () => {
    const post = await ask(c, "Écris un post Facebook pour la promo de l'Aïd");
    expect(post.started[0]).toMatchObject({ name: 'marketing_generate_content', args: { channel: 'facebook' } });
    const piece = await db.prisma.contentPiece.findFirstOrThrow({ where: { tenantId }, orderBy: { createdAt: 'desc' } });
    expect(piece).toMatchObject({ channel: 'facebook', language: 'fr' });
    expect(post.text).toContain(`> ${piece.text.split('\n')[0]}`);
    expect(post.text).toMatch(/Produits mis en avant : .+ \(\d/);

    const customers = await db.prisma.customer.count({ where: { tenantId } });
    const audience = await ask(c, 'Qui sont mes clients ?');
    expect(audience.started[0]).toMatchObject({ name: 'marketing_audience_insights' });
    expect(plain(audience.text)).toContain(`Vous avez **${plain(formatNumber(customers, 'fr'))} clients** enregistrés`);

    const campaigns = await db.prisma.campaign.count({ where: { tenantId } });
    const active = await db.prisma.campaign.count({ where: { tenantId, status: 'ACTIVE' } });
    const perf = await ask(c, 'How are my campaigns doing?');
    expect(perf.started[0]).toMatchObject({ name: 'marketing_campaigns' });
    expect(perf.text).toMatch(new RegExp(`^${campaigns} campaigns \\(${active} active\\)`));
  });

  it('feedback_submit: saved at once, without an approval, linked to the conversation', async () => {
    const before = await db.prisma.feedback.count({ where: { tenantId } });
    const turn = await ask(c, "Je veux signaler un bug : le graphique ne s'affiche pas");
    expect(turn.started[0]).toMatchObject({ name: 'feedback_submit', args: { category: 'bug' } });
    expect(turn.approvals).toHaveLength(0);
    expect(turn.text).toMatch(/^Merci, j'ai transmis votre signalement de bug à l'équipe Tajer/);
    expect(await db.prisma.feedback.count({ where: { tenantId } })).toBe(before + 1);
    const row = await db.prisma.feedback.findFirstOrThrow({ where: { tenantId }, orderBy: { createdAt: 'desc' } });
    expect(row).toMatchObject({ category: 'BUG', conversationId: turn.conversationId });
    expect(row.message).toContain("le graphique ne s'affiche pas");
  });

  it('inventory_analyze_image: recognises a product from the barcode in a photo and gives its stock', async () => {
    const semoule = await db.prisma.product.findFirstOrThrow({ where: { tenantId, sku: 'EPI-001' } });
    const attachmentId = await upload(t, token, await codeImage(semoule.barcode!, 'EAN13'), 'rayon.png');
    const turn = await ask(c, "C'est quoi ce produit sur la photo ?", { attachmentIds: [attachmentId] });
    expect(turn.started[0]).toMatchObject({ name: 'inventory_analyze_image', args: { attachmentId } });
    expect(plain(turn.text)).toBe(
      `C'est **Semoule 10kg (SIM, moyenne)** (reconnu par : code-barres ${semoule.barcode}). Il vous reste **${formatQuantity(semoule.stock, 'sac', 'fr')}** de Semoule 10kg (SIM, moyenne) — seuil de réapprovisionnement : ${semoule.reorderThreshold}.`,
    );
  });
});
