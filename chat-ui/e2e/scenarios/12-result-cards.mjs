import { expect } from '../lib/fixtures.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';
import { PHONE_390 } from './08-phone-menu.mjs';

/** A question per tool with a card, in each UI language, and the card's body. */
const ASKED = [
  {
    tool: 'dashboard_stats',
    body: 'kpi-tiles',
    fr: "Quel est le chiffre d'affaires du mois ?",
    ar: 'أعطني رقم الأعمال لهذا الشهر',
    en: "What's the turnover for the month?",
  },
  {
    tool: 'dashboard_insights',
    body: 'best-sellers-card',
    fr: 'Quels sont mes produits les plus vendus ?',
    ar: 'ما هي المنتجات الأكثر مبيعا؟',
    en: 'What are my best sellers?',
  },
  {
    // One product's sales: its own line (never the shop's totals), the card's caption naming it.
    tool: 'dashboard_insights',
    body: 'best-sellers-card',
    caption: { fr: 'Semoule', ar: 'سميد', en: 'Semolina' },
    fr: "Combien j'ai vendu de semoule ce mois ?",
    ar: 'شحال بعت من السميد هاد الشهر؟',
    en: 'How many bags of semolina did I sell this month?',
  },
  {
    // One product's margin: its line and, under it, its margin (never the shop's margin).
    tool: 'dashboard_insights',
    body: 'best-sellers-card',
    detail: 'best-sellers-margin',
    caption: { fr: 'Semoule', ar: 'سميد', en: 'Semolina' },
    fr: 'Quelle est ma marge sur la semoule ce mois ?',
    ar: 'شحال الفايدة في السميد هاد الشهر؟',
    en: "What's my margin on semolina this month?",
  },
  {
    tool: 'market_competitors',
    body: 'competitors-card',
    fr: 'Prix des concurrents pour la semoule',
    ar: 'قارن أسعاري مع أسعار المنافسين',
    en: 'Are my prices higher than the competition?',
  },
  {
    tool: 'customers_credit',
    body: 'credit-card',
    fr: "Qui me doit de l'argent ?",
    ar: 'من هم الزبائن المدينون لي؟',
    en: 'Who owes me money?',
  },
];

/**
 * Issue 12: the chat's cards render from results their tool's schema (@tajer/contract) parsed. Asked for real in
 * French, Arabic and English on a 390 px phone, every one of these tools' results gets its card — not the generic
 * one a refused result falls back to — and nothing scrolls sideways.
 */
export default {
  name: 'result-cards-phone',
  async run({ newPage, baseUrl, shot }) {
    const page = await newPage(PHONE_390);
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();
    for (const lang of ['fr', 'ar', 'en']) {
      await chat.switchLanguage(lang);
      for (const asked of ASKED) {
        await chat.newConversation();
        await chat.send(asked[lang]);
        await chat.waitForTool(asked.tool, ['succeeded']);
        await chat.waitForAnswer();
        const card = page.locator(`[data-testid="tool-card"][data-tool="${asked.tool}"]`).last();
        expect(await card.getAttribute('data-card'), `${asked.tool} (${lang}): the result parsed with its schema`).toBe('custom');
        expect(await card.getByTestId(asked.body).count(), `${asked.tool} (${lang}) shows ${asked.body}`).toBe(1);
        if (asked.caption) expect(await card.getByTestId(asked.body).textContent()).toContain(asked.caption[lang]);
        if (asked.detail) expect(await card.getByTestId(asked.detail).count(), `${asked.tool} (${lang}) shows ${asked.detail}`).toBe(1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow <= 0, `no horizontal scrolling (${overflow}px) for ${asked.tool} in ${lang}`).toBeTruthy();
        await card.scrollIntoViewIfNeeded();
        await shot(page, `${lang}-${asked.tool}${asked.detail ? '-margin' : asked.caption ? '-product' : ''}`);
      }
    }
  },
};
