import { join } from 'node:path';
import { expect } from '../lib/fixtures.mjs';
import { receiptPng } from '../lib/receipt.mjs';
import { ChatPage } from '../pages/ChatPage.mjs';
import { openPage } from '../pages/Nav.mjs';
import { LoginPage } from '../pages/LoginPage.mjs';
import { formatMoney } from '@tajer/contract';

/** Upload a receipt photo, correct the OCR draft, approve, and find the expense. */
export default {
  name: 'receipt-expense',
  async run({ newPage, baseUrl, shot, api, tmpDir }) {
    const file = await receiptPng(join(tmpDir, 'receipt.png'));
    const page = await newPage();
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('owner@demo.dz');
    const chat = new ChatPage(page);
    await chat.ready();

    await chat.attach(file);
    await shot(page, 'preview');
    await chat.send('Enregistre ce ticket dans mes dépenses');
    await chat.waitForConversationUrl();

    // The draft arrives as the proposal of a write (the scan itself, or the expense it leads to).
    const approval = page.getByTestId('approval-card').last();
    await approval.waitFor({ timeout: 180_000 });
    await shot(page, 'draft');
    const summary = await approval.getByTestId('approval-summary').innerText();
    expect(summary.replace(/\s/g, ''), `the draft carries the receipt total (${summary})`).toMatch(/1520/);

    // Edit: fields may already be open (an OCR draft is meant to be checked) or behind the Edit button.
    if (!(await approval.getByTestId('approval-fields').isVisible())) await approval.getByTestId('edit-button').click();
    const merchant = `Superette El Amel ${Date.now().toString(36)}`;
    const merchantField = approval.locator('[data-field="merchant"]');
    const descriptionField = approval.locator('[data-field="description"]');
    const edited = (await merchantField.count()) ? merchantField : descriptionField;
    expect((await edited.count()) > 0, 'the draft lets the user edit the merchant or the description').toBeTruthy();
    await edited.fill(merchant);
    await shot(page, 'edited');
    await approval.getByTestId('approve-button').click();
    await page.waitForFunction(
      () => {
        const cards = [...document.querySelectorAll('[data-testid="approval-card"]')];
        return cards.at(-1)?.dataset.state === 'succeeded';
      },
      undefined,
      { timeout: 60_000 },
    );
    await chat.waitForAnswer();
    await shot(page, 'approved');

    // The expense exists on the server with the corrected text and the receipt's amount.
    const { accessToken } = await api.login('owner@demo.dz');
    let expense;
    await expect
      .poll(
        async () => {
          const list = await api.get('/api/expenses?period=year', accessToken);
          const items = Array.isArray(list) ? list : (list.items ?? list.expenses ?? []);
          expense = items.find((e) => [e.merchant, e.description].includes(merchant));
          return Boolean(expense);
        },
        { message: 'the approved expense is listed by GET /api/expenses', timeout: 15_000 },
      )
      .toBe(true);
    expect(Number(expense.amount)).toBe(1520);

    // …and the user finds it in the expenses view.
    await openPage(page, 'expenses');
    await page.getByTestId('expenses-view').waitFor();
    await page.getByTestId('period-select').selectOption('year');
    await page.getByText(merchant).first().waitFor();
    await shot(page, 'expenses-view');

    // A whole past period: last month's expenses, totalled as the API totals them (the page had only periods to date).
    const lastMonth = await api.get('/api/expenses?period=last_month', accessToken);
    expect(lastMonth.range.period).toBe('last_month');
    await page.getByTestId('period-select').selectOption('last_month');
    await expect(page.getByTestId('expenses-view')).toContainText(formatMoney(lastMonth.totals.grandTotal, 'fr'));
    await shot(page, 'expenses-last-month');
  },
};
