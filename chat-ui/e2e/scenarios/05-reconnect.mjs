import { expect } from '../lib/fixtures.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';

const texts = (locator) => locator.evaluateAll((els) => els.map((e) => e.querySelector('.msg__body')?.textContent ?? ''));

/**
 * Cut the connection while an answer is on its way, type a message offline, reconnect: the answer resumes from the
 * last seq, the queued message goes out once, and nothing is lost or shown twice.
 */
export default {
  name: 'reconnect-resume',
  async run({ newPage, baseUrl, shot, api }) {
    const page = await newPage();
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();

    await chat.send('Quel est mon chiffre d’affaires ce mois-ci ?');
    const conversationId = await chat.waitForConversationUrl();
    // Cut as soon as the answer exists (it is streaming, or finishing, on the server).
    await chat.assistantMessages().first().waitFor();
    await page.context().setOffline(true);
    await chat.banner.waitFor();
    await shot(page, 'offline');

    await chat.send('Et le mois dernier ?', { waitEcho: false });
    const queued = page.getByTestId('outbox-message');
    await queued.waitFor();
    expect(await queued.getAttribute('data-state')).toBe('queued');
    await shot(page, 'queued');

    await page.context().setOffline(false);
    await chat.banner.waitFor({ state: 'detached', timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="assistant-message"]').length === 2, undefined, {
      timeout: 90_000,
    });
    await chat.waitForAnswer({ index: 0 });
    await chat.waitForAnswer({ index: 1 });
    await page.getByTestId('outbox-message').waitFor({ state: 'detached' });
    await chat.waitForRendered();
    await shot(page, 'resumed');

    const live = { users: await texts(chat.userMessages()), answers: await texts(chat.assistantMessages()) };
    expect(live.users.length, 'each question shown once').toBe(2);
    expect(live.answers.length, 'each answer shown once').toBe(2);

    // The server stored exactly these two turns.
    const { accessToken } = await api.login('owner@demo.dz');
    const stored = await api.get(`/api/conversations/${conversationId}`, accessToken);
    expect(stored.messages.filter((m) => m.role === 'user').length, 'the queued message was stored once').toBe(2);
    expect(stored.messages.map((m) => m.status)).toEqual(['completed', 'completed', 'completed', 'completed']);

    // What streamed live (with the cut in the middle) is exactly what a fresh load shows.
    await page.reload();
    await chat.ready();
    await chat.waitForAnswer({ index: 1 });
    await chat.waitForRendered();
    expect({ users: await texts(chat.userMessages()), answers: await texts(chat.assistantMessages()) }).toEqual(live);
  },
};
