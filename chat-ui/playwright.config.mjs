// The browser suite: @playwright/test driving Debian's Chromium (never `playwright install`) against the real backend
// that e2e/global-setup.mjs starts (embedded Postgres, offline model, seeded demo, the built UI on the same origin).
// E2E_BASE_URL=http://… runs against an already running server; E2E_ONLY=name,name runs some scenarios.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './e2e/lib/browser.mjs';

const only = process.env.E2E_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.mjs',
  outputDir: './e2e/.tmp/results',
  globalSetup: './e2e/global-setup.mjs',
  // One backend, one demo shop: scenarios run in order (some read what an earlier one left, see `needs`).
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 240_000,
  reporter: [['list']],
  grep: only ? new RegExp(`(^| )(${only.map(escape).join('|')})$`) : undefined,
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    locale: 'fr-FR',
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
  },
});
