import { expect } from '../lib/fixtures.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';
import { PHONE_390 } from './08-phone-menu.mjs';

const sugarStock = async (api, token) => {
  const res = await api.get('/api/inventory?q=sucre', token);
  const items = Array.isArray(res) ? res : (res.items ?? []);
  return Number(items.find((p) => /Sucre blanc/.test(p.names?.fr ?? p.name ?? ''))?.stock);
};

/**
 * « Modifier » the quantity (12 → 24), then « Valider »: the card shows the change that was applied (+24), now and
 * after a reload — never the first proposal's +12 (issue 10). On a 390 px phone, where the card's table headers must
 * not break inside a word.
 */
export default {
  name: 'edit-stock-change',
  async run({ newPage, baseUrl, shot, api }) {
    const { accessToken } = await api.login('owner@demo.dz');
    const before = await sugarStock(api, accessToken);
    expect(Number.isFinite(before), 'the demo shop sells sugar').toBeTruthy();

    const page = await newPage(PHONE_390);
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();
    await chat.send("J'ai reçu 12 paquets de sucre");
    await chat.waitForConversationUrl();
    const card = await chat.waitForTool('inventory_adjust', ['awaiting-approval']);
    expect(await card.getByTestId('approval-summary').innerText()).toMatch(/Réception : \+12/);
    // « Avant » / « Après » each on one line (their height is one line of text).
    const heights = await card
      .locator('.approval__changes thead th')
      .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
    const line = await card
      .locator('.approval__changes thead th')
      .first()
      .evaluate((th) => parseFloat(getComputedStyle(th).lineHeight) || 20);
    for (const h of heights) expect(h < line * 1.9, `a header wraps (${h}px for a ${line}px line)`).toBeTruthy();
    // The answer under the card does not repeat the card's text.
    const answer = await chat.waitForAnswer();
    expect(await answer.getByTestId('message-text').innerText()).not.toMatch(/\+12/);
    await shot(page, 'proposal');

    await card.getByTestId('edit-button').click();
    await card.getByTestId('field-quantity').fill('24');
    await card.getByTestId('approve-button').click();
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="tool-card"][data-tool="inventory_adjust"]')].at(-1)?.dataset.state === 'succeeded',
    );
    const applied = `${before} → ${before + 24}`;
    const summary = await card.getByTestId('approval-summary').innerText();
    expect(summary, `the card shows the applied change: ${summary}`).toMatch(/Réception : \+24/);
    expect(
      summary.replace(/\s/g, ' ').includes(`${before} → ${before + 24}`.replace(/\s/g, ' ')) || summary.includes(String(before + 24)),
      summary,
    ).toBeTruthy();
    expect(summary).not.toMatch(/\+12/);
    await expect
      .poll(async () => (await sugarStock(api, accessToken)) === before + 24, { message: `stock ${applied}`, timeout: 15_000 })
      .toBe(true);
    await shot(page, 'applied');

    await page.reload();
    // The decision added a short answer after the card's message: look for the card anywhere in the conversation.
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="tool-card"][data-tool="inventory_adjust"][data-state="succeeded"]'),
    );
    const reloaded = page.locator('[data-testid="tool-card"][data-tool="inventory_adjust"]').last();
    const after = await reloaded.getByTestId('approval-summary').innerText();
    expect(after, `after a reload: ${after}`).toMatch(/Réception : \+24/);
    expect(await page.locator('#main').innerText()).not.toMatch(/\+12\b/);
    await shot(page, 'reloaded');

    // A purchase told with a price for each: the expense is the count times the price (it proposed 1 100 DA), and its
    // card's long values wrap inside the card on the phone (« Achats de marchandises » pushed the table past its edge).
    await chat.newConversation();
    await chat.send("J'ai acheté 50 sacs de semoule chez le grossiste à 1100");
    const expense = await chat.waitForTool('expenses_add', ['awaiting-approval']);
    expect(await expense.getByTestId('approval-summary').innerText()).toMatch(/55[\s\u00a0\u202f]000/);
    const fits = await expense.evaluate((c) => {
      const table = c.querySelector('.approval__changes');
      return table ? table.getBoundingClientRect().right <= c.getBoundingClientRect().right + 1 : false;
    });
    expect(fits, 'the approval table stays inside its card at 390 px').toBeTruthy();
    await shot(page, 'purchase-expense');
    await expense.getByTestId('reject-button').click();
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="tool-card"][data-tool="expenses_add"]')].at(-1)?.dataset.state === 'rejected',
    );
  },
};
