import { expect } from '../lib/fixtures.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';

/** A 390 px phone (the width of most Android phones sold in Algeria). */
export const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The pages each role must and must not find in the menu (the one rule of @tajer/contract's ACCESS). */
const PAGES = {
  OWNER: {
    shown: ['chat', 'dashboard', 'market', 'sales', 'inventory', 'expenses', 'marketing', 'activity', 'feedback'],
    hidden: ['support'],
  },
  STAFF: {
    shown: ['chat', 'dashboard', 'market', 'sales', 'inventory', 'marketing', 'feedback'],
    hidden: ['expenses', 'activity', 'support'],
  },
};

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens the menu and returns the pages it lists, as their test ids' suffixes. */
async function menuPages(page) {
  await page.getByTestId('menu-button').click();
  const drawer = page.getByTestId('nav-drawer');
  await drawer.waitFor();
  const ids = await drawer
    .locator('a[data-testid^="menu-"]')
    .evaluateAll((links) => links.map((a) => a.dataset.testid.slice('menu-'.length)));
  return ids;
}

/**
 * Where the glyphs land, measured: in an Arabic tile « -34.901 دج » reads right to left as the number (its minus on
 * the left of its digits, as written) then the symbol — never « 34.901- » or the symbol first.
 */
async function bidiOf(locator) {
  return locator.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const text = node.textContent;
    const left = (i) => {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getBoundingClientRect().left;
    };
    const digit = text.search(/\d/);
    const minus = text.indexOf('-');
    const symbol = text.indexOf('د');
    return { text, minusLeftOfDigits: minus < 0 || left(minus) < left(digit), symbolAfterNumber: symbol < 0 || left(symbol) < left(digit) };
  });
}

async function checkArabicPage(page, id) {
  if (id === 'dashboard') {
    for (const kpi of ['netResult', 'revenue', 'expenses']) {
      const b = await bidiOf(page.locator(`[data-kpi="${kpi}"] .kpi__value`));
      expect(b.minusLeftOfDigits && b.symbolAfterNumber, `${kpi} reads as written: ${JSON.stringify(b)}`).toBeTruthy();
    }
  }
  if (id === 'inventory') {
    const stock = await page.locator('[data-testid="stock-table"] tbody td:nth-child(2)').allInnerTexts();
    expect(stock.length > 0).toBeTruthy();
    for (const cell of stock) expect(cell, `units are Arabic words: ${cell}`).not.toMatch(/[a-zàâéèêîôûç]{2,}/i);
  }
}

/**
 * Every page reachable from the menu at 390 px, for an owner and for staff: the top bar never scrolls sideways, the
 * menu lists each page the role may open (and only those), each opens without an error, and staff see neither the
 * owner's pages nor a « Total : 0 DA ». In French and in Arabic (screenshots of every page).
 */
function phoneMenuScenario(name, email, role, lang) {
  return {
    name,
    async run({ newPage, baseUrl, shot }) {
      const page = await newPage(PHONE_390);
      const login = new LoginPage(page, baseUrl);
      await login.goto();
      await login.login(email);
      await page.getByTestId('menu-button').waitFor();
      if (lang !== 'fr') {
        await page.getByTestId('language-select').first().selectOption(lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      }
      expect(await page.locator('.quick').isVisible(), 'the wide top menu gives way to the menu button').toBe(false);
      expect((await overflow(page)) <= 0, 'nothing scrolls sideways').toBeTruthy();

      const listed = await menuPages(page);
      expect([...listed].sort(), `${role} menu`).toEqual([...PAGES[role].shown].sort());
      for (const hidden of PAGES[role].hidden) expect(!listed.includes(hidden), `${role} must not see ${hidden}`).toBeTruthy();
      await shot(page, 'menu');
      await page.getByTestId('menu-close').click();
      await page.getByTestId('nav-drawer').waitFor({ state: 'detached' });

      for (const id of listed) {
        await menuPages(page);
        await page.getByTestId(`menu-${id}`).click();
        await page.getByTestId('nav-drawer').waitFor({ state: 'detached' });
        const main = page.locator('#main');
        // The page's own content, not a refusal or an error.
        await main.locator('h1, [data-testid="chat"]').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('[data-testid="loading"]'), null, { timeout: 30_000 });
        expect(await page.getByTestId('not-allowed').count(), `${id} opens for ${role}`).toBe(0);
        expect(await main.locator('.alert--error').count(), `${id} shows no error for ${role}`).toBe(0);
        expect((await overflow(page)) <= 0, `${id}: nothing scrolls sideways`).toBeTruthy();
        expect(await page.locator(`[data-testid="menu-button"]`).isVisible()).toBe(true);
        if (lang === 'ar') await checkArabicPage(page, id);
        await shot(page, id);
      }

      if (role === 'STAFF') {
        // Typed by hand, an owner-only page says so — and shows no figure such as « Total : 0 DA ».
        for (const path of ['/expenses', '/activity']) {
          await page.goto(`${baseUrl}${path}`);
          await page.getByTestId('not-allowed').waitFor();
          const text = await page.locator('#main').innerText();
          expect(text, `${path} shows nothing but the refusal: ${text}`).not.toMatch(/Total|DA|دج|\d/);
        }
        await shot(page, 'owner-page-refused');
      } else {
        await page.goto(`${baseUrl}/expenses`);
        const total = page.getByTestId('expenses-total');
        await total.waitFor();
        expect(await total.innerText(), 'the owner sees the real total').not.toMatch(/^0\s/);
        // Both « dépenses » are there, each named.
        await page.getByTestId('expenses-operating').waitFor();
        await page.getByTestId('expenses-goods').waitFor();
        await shot(page, 'expenses-totals');
      }
    },
  };
}

export const ownerFr = phoneMenuScenario('phone-menu-owner', 'owner@demo.dz', 'OWNER', 'fr');
export const staffFr = phoneMenuScenario('phone-menu-staff', 'staff@demo.dz', 'STAFF', 'fr');
export const ownerAr = phoneMenuScenario('phone-menu-owner-ar', 'owner@demo.dz', 'OWNER', 'ar');
