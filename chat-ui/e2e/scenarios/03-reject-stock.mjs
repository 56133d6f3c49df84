import { expect } from '../lib/fixtures.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';

const stockOf = async (api, token) => {
  const res = await api.get('/api/inventory?q=semoule', token);
  const items = Array.isArray(res) ? res : (res.items ?? []);
  return Object.fromEntries(items.map((p) => [p.id, Number(p.stock)]));
};

/** A write is proposed with its exact change; rejecting it changes nothing on the server. */
export default {
  name: 'reject-stock-change',
  async run({ newPage, baseUrl, shot, api, state }) {
    const { accessToken } = await api.login('owner@demo.dz');
    const before = await stockOf(api, accessToken);
    expect(Object.keys(before).length > 0, 'the demo shop sells semolina').toBeTruthy();

    const page = await newPage();
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();
    await chat.send('Ajoute 10 sacs de semoule');
    state.rejectConversationId = await chat.waitForConversationUrl();

    const card = await chat.waitForTool('inventory_adjust', ['awaiting-approval']);
    const summary = await card.getByTestId('approval-summary').innerText();
    expect(summary, `the proposal names the product (${summary})`).toMatch(/semoule/i);
    expect(summary, `the proposal shows before → after (${summary})`).toMatch(/→|->/);
    await shot(page, 'proposal');

    await card.getByTestId('reject-button').click();
    await page.waitForFunction(() => {
      const c = [...document.querySelectorAll('[data-testid="tool-card"][data-tool="inventory_adjust"]')].at(-1);
      return c?.dataset.state === 'rejected';
    });
    await card.getByTestId('approval-outcome').waitFor();
    await shot(page, 'rejected');

    expect(await stockOf(api, accessToken), 'stock unchanged after the rejection').toEqual(before);
  },
};
