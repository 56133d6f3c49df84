import assert from '../lib/assert.mjs';
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
    assert.ok(Object.keys(before).length > 0, 'the demo shop sells semolina');

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
    assert.match(summary, /semoule/i, `the proposal names the product (${summary})`);
    assert.match(summary, /→|->/, `the proposal shows before → after (${summary})`);
    await shot(page, 'proposal');

    await card.getByTestId('reject-button').click();
    await page.waitForFunction(() => {
      const c = [...document.querySelectorAll('[data-testid="tool-card"][data-tool="inventory_adjust"]')].at(-1);
      return c?.dataset.state === 'rejected';
    });
    await card.getByTestId('approval-outcome').waitFor();
    await shot(page, 'rejected');

    assert.deepEqual(await stockOf(api, accessToken), before, 'stock unchanged after the rejection');
  },
};
