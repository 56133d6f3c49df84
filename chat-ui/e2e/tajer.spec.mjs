/**
 * The user journeys, in order, each a Playwright test. A scenario module exports `{ name, needs?, run(ctx) }`; `ctx`
 * holds the fixtures of lib/fixtures.mjs plus `state`, what an earlier scenario left for a later one (the support
 * console reviews the conversation the reject scenario had). A scenario whose `needs` did not pass is skipped.
 */
import { test } from './lib/fixtures.mjs';
import * as stock from './scenarios/01-chat-stock.mjs';
import receipt from './scenarios/02-receipt.mjs';
import reject from './scenarios/03-reject-stock.mjs';
import arabic from './scenarios/04-arabic.mjs';
import reconnect from './scenarios/05-reconnect.mjs';
import support from './scenarios/06-support.mjs';
import * as signup from './scenarios/07-signup.mjs';
import * as phoneMenu from './scenarios/08-phone-menu.mjs';
import editStock from './scenarios/09-edit-stock.mjs';
import importAndSell from './scenarios/10-import-sale.mjs';
import * as sale from './scenarios/11-sale-by-chat.mjs';

const SCENARIOS = [
  stock.desktop,
  stock.phone,
  reject,
  receipt,
  arabic,
  reconnect,
  support,
  signup.desktop,
  signup.phone,
  phoneMenu.ownerFr,
  phoneMenu.staffFr,
  phoneMenu.ownerAr,
  editStock,
  importAndSell,
  sale.saleThenStock,
  sale.saleLanguages,
  sale.choices,
];

const state = {};
const passed = new Set();

test.afterEach(({}, testInfo) => {
  if (testInfo.status === 'passed') passed.add(testInfo.title);
});

for (const scenario of SCENARIOS) {
  test(scenario.name, async ({ newPage, baseUrl, api, shot, tmpDir }) => {
    const missing = (scenario.needs ?? []).filter((n) => !passed.has(n));
    test.skip(missing.length > 0, `needs ${missing.join(', ')}`);
    await scenario.run({ newPage, baseUrl, api, shot, state, tmpDir });
  });
}
