import { expect } from '../lib/fixtures.mjs';
import { DESKTOP } from '../lib/browser.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { openPage } from '../pages/Nav.mjs';
import { SignupPage } from '../pages/SignupPage.mjs';

const PHONE_390 = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const noOverflow = async (page) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`).toBeTruthy();
};

/**
 * A new shop signs up in French (from the login page's link), lands on the chat with the first-run checklist, sees
 * the dashboard say « Pas encore de ventes » instead of zeros, switches to Arabic (RTL); a reload keeps the session
 * (refresh cookie) without any token at rest; the owner invites a colleague; logout ends the session on the server.
 */
function signupScenario(name, device, suffix) {
  return {
    name,
    async run({ newPage, baseUrl, api, shot }) {
      const page = await newPage(device);
      await page.goto(`${baseUrl}/`);
      await page.getByTestId('login-page').waitFor();
      await page.getByTestId('to-signup').click();
      const signup = new SignupPage(page, baseUrl);
      await page.getByTestId('signup-page').waitFor();
      await shot(page, 'signup-form');

      // A common password is refused with the rule named.
      const email = `nour-${suffix}-${Date.now()}@example.dz`;
      await signup.signUp({ business: 'Supérette Nour', wilaya: 31, email, password: 'azertyuiop', phone: '0550 12 34 56' });
      const error = page.getByTestId('signup-error');
      await error.waitFor();
      expect(await error.innerText()).toMatch(/courants/);
      await shot(page, 'weak-password');

      await page.getByTestId('signup-password').fill('sel-et-semoule-2026');
      await page.getByTestId('signup-submit').click();
      const chat = new ChatPage(page);
      await chat.ready();
      const checklist = page.getByTestId('onboarding');
      await checklist.waitFor();
      expect(await page.getByTestId('onboarding-progress').innerText()).toBe('0 / 4');
      expect(await page.getByTestId('first-run-message').innerText()).toMatch(
        /Pas encore de ventes : importez votre catalogue ou dites-moi ce que vous avez vendu/,
      );
      expect(await page.getByTestId('onboarding-firstSale').getAttribute('data-done')).toBe('false');
      await noOverflow(page);
      await shot(page, 'checklist-fr');

      // No token at rest: localStorage keeps the profile only.
      const stored = await page.evaluate(() => localStorage.getItem('tajer.session'));
      expect(stored && !/Token/.test(stored), `no token in localStorage (${stored})`).toBeTruthy();

      // The dashboard speaks instead of showing zeros.
      await openPage(page, 'dashboard');
      const firstRun = page.getByTestId('dashboard-first-run');
      await firstRun.waitFor();
      expect(await firstRun.innerText()).toMatch(/Pas encore de ventes/);
      expect(await page.getByTestId('dashboard-view').getByTestId('chart').count(), 'no chart of zeros').toBe(0);
      await shot(page, 'dashboard-first-run');

      // Arabic: the whole page mirrors, the checklist and the first-run sentence are in Arabic.
      await page.getByTestId('language-select').selectOption('ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      await expect
        .poll(async () => /لا توجد مبيعات بعد/.test(await firstRun.innerText()), {
          message: 'the sentence follows the language',
          timeout: 15_000,
        })
        .toBe(true);
      expect(await page.getByTestId('onboarding').innerText()).toMatch(/للبدء/);
      await noOverflow(page);
      await shot(page, 'dashboard-ar');

      // Fill in the profile: the checklist ticks itself.
      await page.getByTestId('onboarding-profile').getByRole('link').click();
      await page.getByTestId('business-view').waitFor();
      await page.getByTestId('business-address').fill('12 شارع العربي بن مهيدي، وهران');
      await page.getByTestId('business-save').click();
      await page.getByTestId('business-status').waitFor();
      await noOverflow(page);
      await shot(page, 'profile-ar');

      // Invite a colleague: a link to hand over (no SMTP here).
      await page.getByTestId('tab-team').click();
      await page.getByTestId('team-view').waitFor();
      await page.getByTestId('invite-email').fill(`karim-${suffix}-${Date.now()}@example.dz`);
      await page.getByTestId('invite-send').click();
      const url = await page.getByTestId('share-url').inputValue();
      expect(url).toMatch(/\/invite#code=[A-Za-z0-9_-]{40,}$/);
      await noOverflow(page);
      await shot(page, 'team-ar');

      await openPage(page, 'chat');
      await expect
        .poll(async () => (await page.getByTestId('onboarding-progress').getAttribute('data-completed')) === '2', {
          message: 'profile and team are ticked',
          timeout: 15_000,
        })
        .toBe(true);
      expect(await page.getByTestId('onboarding-progress').innerText()).toBe('2 من 4');
      await shot(page, 'checklist-ar-2-of-4');

      // A reload restores the session from the httpOnly cookie.
      await page.reload();
      await chat.ready();
      await page.getByTestId('onboarding').waitFor();

      // Logout revokes the session on the server: the cookie can't be exchanged any more.
      const cookies = await page.context().cookies();
      const refresh = cookies.find((c) => c.name === 'tajer_refresh');
      expect(
        refresh?.httpOnly && refresh.sameSite === 'Strict' && refresh.path === '/api/auth',
        'httpOnly SameSite=Strict cookie on /api/auth',
      ).toBeTruthy();
      await page.getByTestId('logout').click();
      await page.getByTestId('login-page').waitFor();
      const replay = await fetch(`${baseUrl}/api/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: `tajer_refresh=${refresh.value}`, 'X-Refresh-Transport': 'cookie' },
        body: '{}',
      });
      expect(replay.status).toBe(401);

      // The demo sees nothing of this shop.
      const demo = await api.login('owner@demo.dz');
      const team = await api.get('/api/users', demo.accessToken);
      expect(!team.items.some((u) => u.email === email), 'the demo does not see the new shop').toBeTruthy();
    },
  };
}

export const desktop = signupScenario('signup-desktop', DESKTOP, 'd');
export const phone = signupScenario('signup-phone', PHONE_390, 'p');
