import { expect } from '../lib/fixtures.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';

/** Switching to Arabic mirrors the whole document; an Arabic message reads right-to-left. */
export default {
  name: 'arabic-rtl',
  async run({ newPage, baseUrl, shot }) {
    const page = await newPage();
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();

    await chat.switchLanguage('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    expect(await chat.input.getAttribute('placeholder')).toBe('اسأل عن أي شيء يخص متجرك…');
    await shot(page, 'rtl');

    await chat.send('شحال بقالي من السميد؟');
    const answer = await chat.waitForAnswer();
    const question = chat.userMessages().last().locator('.msg__body');
    expect(await question.getAttribute('dir')).toBe('rtl');
    // The user's bubble sits at the inline end, which in RTL is the left.
    const box = await chat.userMessages().last().boundingBox();
    const width = page.viewportSize().width;
    expect(box && box.x < width / 2, 'the user bubble is on the left in RTL').toBeTruthy();
    expect(await answer.getAttribute('data-status')).toBe('completed');
    await shot(page, 'arabic-answer');

    // The choice survives a reload.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  },
};
