import { expect } from '../lib/fixtures.mjs';
import { DESKTOP } from '../lib/browser.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';
import { PHONE_390 } from './08-phone-menu.mjs';

/** The stock of the first product whose French name matches `re`. */
async function stockOf(api, token, query, re) {
  const res = await api.get(`/api/inventory?q=${encodeURIComponent(query)}`, token);
  const items = Array.isArray(res) ? res : (res.items ?? []);
  return Number(items.find((p) => re.test(p.names?.fr ?? p.name ?? ''))?.stock);
}

/**
 * The notebook way, by chat (issues 9 and 10): « j'ai vendu 3 sucre » is a sale whose card says « Vente : −3 »,
 * approved, then « il en reste combien ? » reads the stock — which went down — and proposes nothing.
 */
export const saleThenStock = {
  name: 'sale-then-stock',
  async run({ newPage, baseUrl, shot, api }) {
    const { accessToken } = await api.login('owner@demo.dz');
    const before = await stockOf(api, accessToken, 'sucre', /Sucre blanc/);
    expect(Number.isFinite(before), 'the demo shop sells sugar').toBeTruthy();

    const page = await newPage(DESKTOP);
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();
    await chat.send("j'ai vendu 3 sucre");
    await chat.waitForConversationUrl();
    const card = await chat.waitForTool('sales_record', ['awaiting-approval']);
    const summary = await card.getByTestId('approval-summary').innerText();
    expect(summary, `the card says the direction in words: ${summary}`).toMatch(/Vente : −3 Sucre blanc 1kg/);
    // Nothing is written before the approval.
    expect(await stockOf(api, accessToken, 'sucre', /Sucre blanc/)).toBe(before);
    await shot(page, 'sale-proposed');

    await chat.approve('sales_record');
    await expect
      .poll(async () => (await stockOf(api, accessToken, 'sucre', /Sucre blanc/)) === before - 3, {
        message: `stock ${before} → ${before - 3}`,
        timeout: 15_000,
      })
      .toBe(true);
    await chat.waitForAnswer();
    await shot(page, 'sale-recorded');

    await chat.send('il en reste combien de sucre ?');
    await chat.waitForTool('inventory_search', ['succeeded']);
    const answer = await chat.waitForAnswer();
    const said = (await answer.getByTestId('message-text').allInnerTexts()).join(' ').replace(/\s/g, ' ');
    expect(said, `the answer reads the stock after the sale: ${said}`).toMatch(new RegExp(`${before - 3} paquets`));
    expect(await answer.locator('[data-testid="approval-card"]').count(), 'a question proposes no change').toBe(0);
    await shot(page, 'stock-after-sale');
  },
};

/**
 * The same in Arabic, Darija (both scripts) and English on a 390 px phone: each sale card states its direction in the
 * answer's language, nothing scrolls sideways, and the stock question after it is a read.
 */
export const saleLanguages = {
  name: 'sale-languages-phone',
  async run({ newPage, baseUrl, shot, api }) {
    const { accessToken } = await api.login('owner@demo.dz');
    const page = await newPage(PHONE_390);
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();

    const cases = [
      { text: 'بعت 2 حليب كانديا', head: /بيع: −2/, approve: false, shot: 'darija-arabic' },
      { text: 'bi3t 2 khobz', head: /Vente : −2 Baguette de pain/, approve: true, shot: 'darija-latin' },
      { text: 'I sold 2 bottles of Ifri water', head: /Sale: −2 Ifri mineral water 1.5L/, approve: false, shot: 'english' },
      { text: 'بعت 3 علب طماطم', head: /بيع: −3/, approve: false, shot: 'arabic' },
    ];
    const bread = await stockOf(api, accessToken, 'baguette', /Baguette de pain/);
    for (const c of cases) {
      await chat.newConversation();
      await chat.send(c.text);
      await chat.waitForConversationUrl();
      const card = await chat.waitForTool('sales_record', ['awaiting-approval']);
      const summary = await card.getByTestId('approval-summary').innerText();
      expect(summary, `${c.text}: ${summary}`).toMatch(c.head);
      await chat.waitForAnswer();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow <= 0, `no horizontal scrolling (${overflow}px) for ${c.text}`).toBeTruthy();
      await shot(page, c.shot);
      if (c.approve) {
        await chat.approve('sales_record');
        await expect
          .poll(async () => (await stockOf(api, accessToken, 'baguette', /Baguette de pain/)) === bread - 2, {
            message: 'bread stock after the sale',
            timeout: 15_000,
          })
          .toBe(true);
        await chat.waitForAnswer();
        await chat.send('chhal b9a men khobz ?');
        await chat.waitForTool('inventory_search', ['succeeded']);
        const answer = await chat.waitForAnswer();
        expect(await answer.locator('[data-testid="approval-card"]').count(), 'a question proposes no change').toBe(0);
        await shot(page, `${c.shot}-stock`);
      }
    }
  },
};

/**
 * Several products match: the choices are buttons; tapping one goes on with the same request (issue 10), on a phone.
 */
export const choices = {
  name: 'product-choices-phone',
  async run({ newPage, baseUrl, shot }) {
    const page = await newPage(PHONE_390);
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();
    await chat.send("J'ai reçu 6 bidons d'huile");
    await chat.waitForConversationUrl();
    await chat.waitForAnswer();
    const buttons = page.getByTestId('choice');
    await buttons.first().waitFor();
    const labels = await buttons.allInnerTexts();
    expect(labels.some((l) => /Elio 5L/.test(l)) && labels.some((l) => /Elio 2L/.test(l)), `the oils are offered: ${labels}`).toBeTruthy();
    // A question, never a red failure with raw data.
    expect(await page.locator('.tool__error, [data-testid="tool-card"] pre').count()).toBe(0);
    await shot(page, 'choices');
    await buttons.filter({ hasText: 'Huile de table Elio 5L' }).click();
    const card = await chat.waitForTool('inventory_adjust', ['awaiting-approval']);
    expect(await card.getByTestId('approval-summary').innerText()).toMatch(/Réception : \+6 — Huile de table Elio 5L/);
    await shot(page, 'choice-proposal');
  },
};
