import { launchBrowser } from './lib/browser.mjs';
import { LoginPage } from './pages/LoginPage.mjs';
import { ChatPage } from './pages/ChatPage.mjs';
const [, , prefix, ...msgs] = process.argv;
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
const page = await ctx.newPage();
const login = new LoginPage(page, 'http://localhost:3999');
await login.goto();
await login.login('owner@demo.dz');
const chat = new ChatPage(page);
await chat.newConversation();
let i = 0;
for (const m of msgs) {
  await chat.send(m);
  await chat.waitForAnswer();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/${prefix}-${i++}.png` });
}
await browser.close();
