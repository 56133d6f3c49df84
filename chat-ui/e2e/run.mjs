#!/usr/bin/env node
/**
 * End-to-end runner: builds what's missing, starts the real backend (embedded Postgres, offline model, seeded demo)
 * serving the built UI, drives Debian's Chromium through the scenarios, and stops everything. The last line is
 * "N passed, N failed". E2E_BASE_URL=http://… runs against an already running server instead; E2E_ONLY=name,name
 * runs some scenarios.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiClient } from './lib/api.mjs';
import { startBackend } from './lib/backend.mjs';
import { buildIfMissing } from './lib/build.mjs';
import { CHROMIUM, DESKTOP, launchBrowser, screenshotter } from './lib/browser.mjs';
import * as stock from './scenarios/01-chat-stock.mjs';
import receipt from './scenarios/02-receipt.mjs';
import reject from './scenarios/03-reject-stock.mjs';
import arabic from './scenarios/04-arabic.mjs';
import reconnect from './scenarios/05-reconnect.mjs';
import support from './scenarios/06-support.mjs';
import * as signup from './scenarios/07-signup.mjs';
import * as phoneMenu from './scenarios/08-phone-menu.mjs';
import editStock from './scenarios/09-edit-stock.mjs';
import importAndSell from './scenarios/10-import-sale.mjs';
import * as sale from './scenarios/11-sale-by-chat.mjs';
import resultCards from './scenarios/12-result-cards.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const uiDir = resolve(here, '..');
const root = resolve(uiDir, '..');
const screenshots = join(here, 'screenshots');
const log = (msg) => process.stdout.write(`[e2e] ${msg}\n`);

const SCENARIOS = [
  stock.desktop,
  stock.phone,
  reject,
  receipt,
  arabic,
  reconnect,
  support,
  signup.desktop,
  signup.phone,
  phoneMenu.ownerFr,
  phoneMenu.staffFr,
  phoneMenu.ownerAr,
  editStock,
  importAndSell,
  sale.saleThenStock,
  sale.saleLanguages,
  sale.choices,
  resultCards,
];

async function main() {
  if (!existsSync(CHROMIUM)) {
    log(`${CHROMIUM} not found: install it with "apt-get install -y chromium" (or set CHROME_PATH)`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(1);
  }
  buildIfMissing({ root, log, backend: !process.env.E2E_BASE_URL });
  const only = process.env.E2E_ONLY?.split(',').map((s) => s.trim());
  const selected = only ? SCENARIOS.filter((s) => only.includes(s.name)) : SCENARIOS;

  rmSync(screenshots, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });
  const tmpDir = mkdtempSync(join(tmpdir(), 'tajer-e2e-files-'));

  const backend = process.env.E2E_BASE_URL ? null : await startBackend({ root, log });
  const baseUrl = process.env.E2E_BASE_URL ?? backend.url;
  const browser = await launchBrowser();
  const api = apiClient(baseUrl);
  const state = {};
  const results = [];

  try {
    for (const scenario of selected) {
      const missing = (scenario.needs ?? []).filter((n) => !results.some((r) => r.name === n && r.ok));
      if (missing.length) {
        results.push({ name: scenario.name, ok: false, error: new Error(`skipped: needs ${missing.join(', ')}`) });
        log(`✗ ${scenario.name} — needs ${missing.join(', ')}`);
        continue;
      }
      const { shot, taken } = screenshotter(screenshots, scenario.name);
      const contexts = [];
      const errors = [];
      const newPage = async (device = DESKTOP) => {
        const context = await browser.newContext({ ...device, locale: 'fr-FR' });
        context.setDefaultTimeout(30_000);
        contexts.push(context);
        const page = await context.newPage();
        page.on('pageerror', (err) => errors.push(err));
        return page;
      };
      const started = Date.now();
      try {
        await scenario.run({ newPage, baseUrl, api, shot, state, tmpDir });
        if (errors.length) throw new Error(`uncaught errors in the page: ${errors.map((e) => e.message).join('; ')}`);
        results.push({ name: scenario.name, ok: true });
        log(`✓ ${scenario.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (error) {
        const page = contexts.at(-1)?.pages().at(-1);
        if (page) await shot(page, 'failure').catch(() => undefined);
        results.push({ name: scenario.name, ok: false, error });
        log(`✗ ${scenario.name}: ${error.stack ?? error}`);
      } finally {
        for (const c of contexts) await c.close().catch(() => undefined);
        for (const f of taken) log(`  screenshot ${f}`);
      }
    }
  } finally {
    await browser.close();
    if (backend) {
      if (results.some((r) => !r.ok)) log(`--- backend output (tail) ---\n${backend.output().slice(-3000)}`);
      await backend.stop();
    }
    rmSync(tmpDir, { recursive: true, force: true });
  }

  const passed = results.filter((r) => r.ok).length;
  process.stdout.write(`${passed} passed, ${results.length - passed} failed\n`);
  process.exit(passed === results.length && results.length > 0 ? 0 : 1);
}

main().catch((err) => {
  log(err.stack ?? String(err));
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
});
