import { openPage } from './Nav.mjs';
const DONE = ['completed', 'failed', 'cancelled'];

export class ChatPage {
  constructor(page) {
    this.page = page;
  }

  get input() {
    return this.page.getByTestId('composer-input');
  }

  get banner() {
    return this.page.getByTestId('connection-banner');
  }

  assistantMessages() {
    return this.page.getByTestId('assistant-message');
  }

  userMessages() {
    return this.page.getByTestId('user-message');
  }

  async ready() {
    await this.page.getByTestId('chat').waitFor();
  }

  /** Starts a new conversation as a user would: the « + Nouvelle conversation » button (behind the list's toggle on a phone). */
  async newConversation() {
    await openPage(this.page, 'chat');
    await this.ready();
    const button = this.page.getByTestId('new-conversation');
    if (!(await button.isVisible())) await this.page.getByTestId('sidebar-toggle').click();
    await button.click();
    await this.page.waitForFunction(() => document.querySelectorAll('[data-testid="user-message"]').length === 0);
  }

  /** Types and sends; resolves once the server has echoed the message (it left the outbox). */
  async send(text, { waitEcho = true } = {}) {
    const before = await this.userMessages().count();
    await this.input.fill(text);
    await this.input.press('Enter');
    if (waitEcho) await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="user-message"]').length > n, before);
  }

  /** Waits until the assistant message number `index` (default: the last one) has finished, and returns it. */
  async waitForAnswer({ index, timeout = 90_000 } = {}) {
    await this.page.waitForFunction(
      ({ index, done }) => {
        const all = [...document.querySelectorAll('[data-testid="assistant-message"]')];
        const m = index === undefined ? all.at(-1) : all[index];
        return !!m && done.includes(m.dataset.status);
      },
      { index, done: DONE },
      { timeout },
    );
    return index === undefined ? this.assistantMessages().last() : this.assistantMessages().nth(index);
  }

  /** Approves the pending proposal of tool `name` on its card and waits until it is applied; returns the card and its summary. */
  async approve(name) {
    const card = await this.waitForTool(name, ['awaiting-approval']);
    const summary = await card.getByTestId('approval-summary').innerText();
    await card.getByTestId('approve-button').click();
    await this.page.waitForFunction(
      (n) => [...document.querySelectorAll(`[data-testid="tool-card"][data-tool="${n}"]`)].at(-1)?.dataset.state === 'succeeded',
      name,
    );
    return { card, summary };
  }

  /** Waits for a tool card of `name` in the last answer to reach one of `states`; returns the card. */
  async waitForTool(name, states, timeout = 90_000) {
    await this.page.waitForFunction(
      ({ name, states }) => {
        const last = [...document.querySelectorAll('[data-testid="assistant-message"]')].at(-1);
        const cards = last ? [...last.querySelectorAll(`[data-testid="tool-card"][data-tool="${name}"]`)] : [];
        return cards.some((c) => states.includes(c.dataset.state));
      },
      { name, states },
      { timeout },
    );
    // Not scoped to "the last answer": a decision appends a new answer, and locators are re-evaluated lazily.
    return this.page.locator(`[data-testid="tool-card"][data-tool="${name}"]`).last();
  }

  /** Markdown renders lazily; until its chunk is in, text shows plain. Wait for the final rendering. */
  async waitForRendered() {
    await this.page.waitForFunction(() => document.querySelectorAll('.md__plain').length === 0);
  }

  async attach(file) {
    await this.page.getByTestId('file-input').setInputFiles(file);
    await this.page.waitForFunction(() => {
      const previews = [...document.querySelectorAll('[data-testid="upload-preview"]')];
      return previews.length > 0 && previews.every((p) => p.dataset.status === 'done');
    });
  }

  async switchLanguage(lang) {
    await this.page.getByTestId('language-select').first().selectOption(lang);
  }

  conversationId() {
    const m = /\/c\/([0-9a-f-]{36})/.exec(this.page.url());
    return m?.[1] ?? null;
  }

  async waitForConversationUrl() {
    await this.page.waitForURL(/\/c\/[0-9a-f-]{36}/);
    return this.conversationId();
  }
}
