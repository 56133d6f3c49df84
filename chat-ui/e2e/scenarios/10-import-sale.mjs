import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { E2E_NOW } from '../lib/clock.mjs';
import { expect } from '../lib/fixtures.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { openPage } from '../pages/Nav.mjs';
import { SignupPage } from '../pages/SignupPage.mjs';

const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/**
 * A new shop (390 px wide) brings its catalogue and records its first sale from the app: sign up, follow the
 * checklist to the import page, drop a CSV with French headers and decimal commas (one bad row), see the columns
 * understood and the error, import the valid rows, record « 3 sucre » on the sales page and cancel it (typed by
 * mistake: refunded, the goods back in stock), then tell « j'ai vendu 3 sucre » to the assistant (approved on its
 * card), find the figures in the dashboard's today revenue and the stock, and declare the day's takings typed « 45.000 ».
 * Last, a customer brings back one of two sugars bought two days ago: the owner opens that day on the Sales page.
 */
export default {
  name: 'import-and-sell',
  async run({ newPage, baseUrl, api, shot, tmpDir }) {
    const page = await newPage(PHONE_390);
    await page.goto(`${baseUrl}/signup`);
    const signup = new SignupPage(page, baseUrl);
    await page.getByTestId('signup-page').waitFor();
    const email = `import-${Date.now()}@example.dz`;
    await signup.signUp({ business: 'Épicerie du Port', wilaya: 16, email, password: 'sel-et-semoule-2026' });
    await new ChatPage(page).ready();

    await page.getByTestId('onboarding-catalogue').getByRole('link').click();
    await page.getByTestId('import-view').waitFor();
    const csv = join(tmpDir, 'catalogue-e2e.csv');
    writeFileSync(
      csv,
      [
        "Désignation;Code barre;Prix (DA);Prix d'achat;Qté",
        'Sucre blanc 1kg;6130005000011;100;85;40',
        'Huile 5L;6130005000028;1 150,50;1 020;12',
        'Thé vert;;12,5,0;;5',
      ].join('\r\n'),
    );
    await page.getByTestId('import-file').setInputFiles(csv);
    await page.getByTestId('import-report').waitFor();
    expect(await page.getByTestId('import-counts').innerText()).toMatch(/3 lignes lues : 2 nouveaux produits/);
    expect(await page.locator('[data-testid="import-columns"] [data-field="price"]').count()).toBe(1);
    expect(await page.getByTestId('import-errors').innerText()).toMatch(/Ligne 4/);
    expect(await page.getByTestId('import-confirm').isDisabled(), 'nothing imported while a row is invalid').toBe(true);
    await shot(page, 'import-preview');
    await page.getByTestId('skip-invalid').check();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor();
    await shot(page, 'import-done');

    await openPage(page, 'sales');
    await page.getByTestId('sales-page').waitFor();
    await page.getByTestId('sale-product-search').fill('sucre');
    const hit = page.getByTestId('sale-product-hits').locator('button').first();
    await hit.waitFor();
    await hit.click();
    await page.locator('[data-testid="sale-lines"] input').first().fill('3');
    await page.getByTestId('sale-submit').click();
    await page.getByTestId('sale-recorded').waitFor();
    expect(await page.getByTestId('sale-recorded').innerText()).toMatch(/3 × Sucre blanc 1kg = 300\s+DA/);
    await shot(page, 'sale-recorded');

    // A customer brings one of the three back: fewer units of the line, a refund of 100 DA, the sale still there.
    await page.getByTestId('sales-today').getByTestId('sale-cancel').click();
    const returned = page.getByTestId('sale-return-lines').locator('input');
    await expect(returned).toHaveValue('3');
    await expect(page.getByTestId('sales-today').locator('.sale-cancel')).toContainText(/300\s+DA sera rendu/);
    await returned.fill('1');
    await expect(page.getByTestId('sales-today').locator('.sale-cancel')).toContainText(/Rendre 100\s+DA au client/);
    await shot(page, 'sale-return-one');
    await page.getByTestId('sale-cancel-confirm').click();
    await expect(page.getByTestId('sales-today-total')).toHaveText(/ : 200\s+DA/);

    // Then the rest, typed by mistake: cancelled from today's list, in two steps; the sale stays, refund rows undo it.
    await page.getByTestId('sales-today').getByTestId('sale-cancel').click();
    await expect(page.getByTestId('sale-return-lines').locator('input')).toHaveValue('2');
    await expect(page.getByTestId('sales-today').locator('.sale-cancel')).toContainText(/200\s+DA sera rendu/);
    await shot(page, 'sale-cancel-confirm');
    await page.getByTestId('sale-cancel-confirm').click();
    await expect(page.getByTestId('sales-today')).toContainText('Annulée');
    await expect(page.getByTestId('sales-today')).toContainText('Retour');
    expect(await page.getByTestId('sale-cancel').count(), 'a cancelled sale cannot be cancelled twice').toBe(0);
    await expect(page.getByTestId('sales-today-total')).toHaveText(/ : 0\s+DA/);
    await shot(page, 'sale-cancelled');

    // The notebook way: told to the assistant, shown on a card, written once approved.
    await openPage(page, 'chat');
    const chat = new ChatPage(page);
    await chat.ready();
    await chat.newConversation();
    await chat.send("j'ai vendu 3 sucre");
    const card = await chat.waitForTool('sales_record', ['awaiting-approval']);
    expect(await card.getByTestId('approval-summary').innerText()).toMatch(/Vente : −3 Sucre blanc 1kg/);
    await shot(page, 'chat-sale-proposed');
    await chat.approve('sales_record');
    await shot(page, 'chat-sale-recorded');

    const session = await api.login(email, 'sel-et-semoule-2026');
    await expect(async () => {
      const stats = await api.get('/api/dashboard/stats?period=today', session.accessToken);
      // The cancelled sale still counts as a sale made, its refund takes its 300 DA back.
      expect(stats.revenue.value).toBe(300);
      expect(stats.salesCount.value).toBe(2);
    }).toPass({ timeout: 15_000 });
    const stock = await api.get('/api/inventory?q=sucre', session.accessToken);
    expect(stock.items[0].stock).toBe(37);
    await openPage(page, 'dashboard');
    await page.getByTestId('kpi-tiles').waitFor();
    await shot(page, 'dashboard-today');

    // The day's takings typed the way the app writes thousands in Arabic, « 45.000 »: forty-five thousand, never 45;
    // a text that is no amount is refused with a message, nothing recorded.
    await openPage(page, 'sales');
    await page.getByTestId('daily-amount').fill('45.000 x');
    await page.getByTestId('daily-submit').click();
    expect(await page.getByTestId('daily-invalid').innerText()).toMatch(/« 45.000 x » n'est pas un montant/);
    await page.getByTestId('daily-amount').fill('45.000');
    await page.getByTestId('daily-submit').click();
    await page.getByTestId('daily-recorded').waitFor();
    expect(await page.getByTestId('daily-recorded').innerText()).toMatch(/45\s000\s+DA/);
    expect(await page.getByTestId('daily-invalid').count()).toBe(0);
    // Today's figure under it follows: the takings replace nothing but add what the two detailed sales did not cover.
    await expect(page.getByTestId('sales-today-total')).toHaveText(/45\s000\s+DA/);
    await shot(page, 'daily-takings');

    // The price of sugar went up: the assistant says plainly it changed nothing and where prices change; the owner
    // taps the price on the stock page. A text that is no price is refused there, nothing sent.
    await openPage(page, 'chat');
    await chat.ready();
    await chat.newConversation();
    await chat.send('le prix du sucre passe à 120 DA');
    expect(await (await chat.waitForAnswer()).innerText()).toMatch(/je n'ai rien changé[\s\S]*page Stock/);
    await openPage(page, 'inventory');
    await page.getByTestId('inventory-search').fill('sucre');
    const sugarRow = page.getByTestId('stock-table').locator('tr', { hasText: 'Sucre blanc 1kg' });
    const priceButton = sugarRow.getByTestId('price-edit');
    await expect(priceButton).toHaveText(/100\s+DA/);
    await priceButton.click();
    await page.getByTestId('price-input').fill('cent vingt');
    await page.getByTestId('price-save').click();
    await expect(page.getByTestId('price-error')).toContainText("n'est pas un prix");
    await page.getByTestId('price-input').fill('120');
    // The purchase cost sits beside it (imported at 85): the supplier raised it too. A text that is no amount is refused.
    await expect(page.getByTestId('cost-input')).toHaveValue('85');
    await page.getByTestId('cost-input').fill('quatre-vingt-dix');
    await page.getByTestId('price-save').click();
    await expect(page.getByTestId('price-error')).toContainText("n'est pas un coût");
    await page.getByTestId('cost-input').fill('90');
    await shot(page, 'price-edit');
    await page.getByTestId('price-save').click();
    await expect(priceButton).toHaveText(/120\s+DA/);
    const sugar = await api.get('/api/inventory?q=sucre', session.accessToken);
    expect(sugar.items.find((p) => p.names.fr === 'Sucre blanc 1kg')).toMatchObject({ price: 120, cost: 90 });
    await shot(page, 'price-changed');

    // Two days ago the till sold 2 sugars; today the customer brings one back. Today's list does not have that sale:
    // the owner picks the day, and the return is made on the sale itself (money and goods together).
    const twoDaysAgo = new Date(E2E_NOW.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
    const sugarId = sugar.items.find((p) => p.names.fr === 'Sucre blanc 1kg').id;
    const { sale: older } = await api.post(
      '/api/sales',
      session.accessToken,
      { lines: [{ productId: sugarId, quantity: 2 }], soldAt: `${twoDaysAgo}T09:30:00+01:00` },
      { 'Idempotency-Key': randomUUID() },
    );
    await openPage(page, 'sales');
    await page.getByTestId('sales-day-date').fill(twoDaysAgo);
    await expect(page.getByTestId('sales-today').locator('li')).toHaveCount(1);
    await expect(page.getByTestId('sales-today-total')).toHaveText(/ : 240\s+DA \(1 vente\)/);
    await page.getByTestId('sales-today').getByTestId('sale-cancel').click();
    await page.getByTestId('sale-return-lines').locator('input').fill('1');
    await expect(page.getByTestId('sales-today').locator('.sale-cancel')).toContainText(/Rendre 120\s+DA au client/);
    await shot(page, 'sale-return-older');
    await page.getByTestId('sale-cancel-confirm').click();
    await expect(async () => {
      const read = await api.get(`/api/sales/${older.id}`, session.accessToken);
      expect(read.lines[0].refundedQuantity).toBe(1);
    }).toPass({ timeout: 10_000 });
    const after = await api.get('/api/inventory?q=sucre', session.accessToken);
    expect(after.items.find((p) => p.id === sugarId).stock, '37, two sold by the till, one back').toBe(36);
    // Back to today: the refund is today's row (the money went out today), the older sale can still take back one more.
    await page.getByTestId('sales-day-today').click();
    await expect(page.getByTestId('sales-today')).toContainText(/Retour[\s\S]*120\s+DA/);
  },
};
