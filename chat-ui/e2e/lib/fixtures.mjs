/**
 * The suite's fixtures on top of @playwright/test: the backend's URL, a REST client signed in once per account for
 * the whole run (the login endpoint is rate-limited), `newPage(device)` opening an isolated context that fails the
 * test on any uncaught page error, and `shot(page, step)` keeping named screenshots in e2e/screenshots/ (attached to
 * the report too).
 */
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiClient } from './api.mjs';
import { DESKTOP, screenshotter } from './browser.mjs';

const screenshots = join(dirname(fileURLToPath(import.meta.url)), '../screenshots');

export const test = base.extend({
  baseUrl: [
    async ({}, use) => {
      if (!process.env.E2E_BASE_URL) throw new Error('E2E_BASE_URL is not set: run the suite with `npm run test:e2e`');
      await use(process.env.E2E_BASE_URL);
    },
    { scope: 'worker' },
  ],
  api: [async ({ baseUrl }, use) => use(apiClient(baseUrl)), { scope: 'worker' }],
  tmpDir: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'tajer-e2e-files-'));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  shot: async ({}, use, testInfo) => {
    const { shot } = screenshotter(screenshots, testInfo.title);
    await use(async (page, step) => {
      const file = await shot(page, step);
      await testInfo.attach(step, { path: file, contentType: 'image/png' });
      return file;
    });
  },
  newPage: async ({ browser, shot }, use, testInfo) => {
    const contexts = [];
    const errors = [];
    await use(async (device = DESKTOP) => {
      const context = await browser.newContext({ ...device, locale: 'fr-FR' });
      context.setDefaultTimeout(30_000);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (err) => errors.push(err));
      return page;
    });
    const last = contexts.at(-1)?.pages().at(-1);
    if (last && testInfo.status !== testInfo.expectedStatus) await shot(last, 'failure').catch(() => undefined);
    for (const c of contexts) await c.close().catch(() => undefined);
    expect(
      errors.map((e) => e.message),
      'uncaught errors in the page',
    ).toEqual([]);
  },
});

export { expect };
