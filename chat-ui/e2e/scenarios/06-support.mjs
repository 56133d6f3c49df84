import { expect } from '../lib/fixtures.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';
import { SupportPage } from '../pages/SupportPage.mjs';

/** Support staff find the conversation where a stock change was rejected, with its tool timeline; tag and note it. */
export default {
  name: 'support-console',
  needs: ['reject-stock-change'],
  async run({ newPage, baseUrl, shot, state }) {
    const id = state.rejectConversationId;
    expect(id, 'the reject scenario recorded its conversation').toBeTruthy();
    const page = await newPage();
    // Support staff have no business, so no chat socket: nothing on their page may spend the refresh cookie behind
    // their back (a refresh in flight when the page reloads left it a spent cookie, and the reload signed them out).
    const refreshes = [];
    const sockets = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/auth/refresh')) refreshes.push(r.url());
      if (r.url().includes('/socket.io/')) sockets.push(r.url());
    });
    const login = new LoginPage(page, baseUrl);
    await login.goto('/support');
    await login.login('support@demo.dz');
    const support = new SupportPage(page, baseUrl);
    await page.getByTestId('support-page').waitFor();
    await support.search('Ajoute 10 sacs de semoule');
    await support.row(id).waitFor();
    await shot(page, 'list');

    await support.open(id);
    const timeline = page.locator('[data-testid="timeline-item"][data-tool="inventory_adjust"]');
    await timeline.first().waitFor();
    await shot(page, 'transcript');

    await support.addTag('e2e-rejected');
    await page.locator('.tag', { hasText: 'e2e-rejected' }).waitFor();
    const note = `Checked by e2e at ${new Date().toISOString()}`;
    await support.addNote(note);
    await page.getByText(note).waitFor();
    await shot(page, 'tagged');

    expect(sockets, 'chat socket connections tried').toEqual([]);
    expect(refreshes, 'session refreshes before the reload').toEqual([]);
    // Tags and notes are persisted: they are still there after a reload.
    await page.reload();
    await page.getByTestId('support-transcript').waitFor();
    await page.locator('.tag', { hasText: 'e2e-rejected' }).first().waitFor();
    await page.getByText(note).waitFor();
  },
};
