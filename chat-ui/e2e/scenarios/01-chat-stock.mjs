import { expect } from '../lib/fixtures.mjs';
import { DESKTOP, PHONE } from '../lib/browser.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';

/** Ask about stock, see the streamed answer and its inventory card; on a desktop and on a 360 px phone. */
function stockScenario(name, device) {
  return {
    name,
    async run({ newPage, baseUrl, shot }) {
      const page = await newPage(device);
      const login = new LoginPage(page, baseUrl);
      await login.goto();
      await shot(page, 'login');
      await login.login('owner@demo.dz');
      const chat = new ChatPage(page);
      await chat.ready();
      await shot(page, 'empty-chat');

      await chat.send('Il me reste combien de semoule ?');
      await chat.waitForConversationUrl();
      const card = await chat.waitForTool('inventory_search', ['succeeded']);
      const answer = await chat.waitForAnswer();
      await shot(page, 'answer');

      expect(await answer.getAttribute('data-status')).toBe('completed');
      expect((await answer.getByTestId('message-text').allInnerTexts()).join(' ')).toMatch(/semoule/i);
      // The custom card rendered the stock rows (not the generic JSON fallback).
      const rows = card.locator('[data-testid="stock-table"] tbody tr');
      expect((await rows.count()) > 0, 'the stock table lists products').toBeTruthy();
      expect(await rows.first().innerText()).toMatch(/semoule/i);

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`).toBeTruthy();
    },
  };
}

export const desktop = stockScenario('chat-stock-desktop', DESKTOP);
export const phone = stockScenario('chat-stock-phone', PHONE);
