#!/usr/bin/env node
/**
 * Lighthouse on the chat page, signed in: performance, accessibility and best practices (mobile profile, simulated
 * throttling — Lighthouse's defaults). Starts the real backend like the e2e runner unless LIGHTHOUSE_URL points at a
 * running one. Prints the three scores; with --check, exits 1 when one is under 95.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { startBackend } from '../e2e/lib/backend.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/lib/browser.mjs';
import { buildIfMissing } from '../e2e/lib/build.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const log = (msg) => process.stderr.write(`[lighthouse] ${msg}\n`);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const path = process.argv.find((a) => a.startsWith('--path='))?.slice(7) ?? '/';

buildIfMissing({ root, log, backend: !process.env.LIGHTHOUSE_URL });
const backend = process.env.LIGHTHOUSE_URL ? null : await startBackend({ root, log });
const baseUrl = process.env.LIGHTHOUSE_URL ?? backend.url;
const profile = mkdtempSync(join(tmpdir(), 'tajer-lighthouse-'));
let browser;
try {
  const session = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: process.env.LIGHTHOUSE_EMAIL ?? 'owner@demo.dz', password: process.env.LIGHTHOUSE_PASSWORD ?? 'demo' }),
  }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`login failed: ${r.status}`))));

  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`], headless: true });
  const page = await browser.newPage();
  // Sign in the way the app does (its session in localStorage); Lighthouse is told not to wipe storage.
  await page.goto(`${baseUrl}/favicon.svg`);
  await page.evaluate((s) => {
    localStorage.setItem('tajer.session', JSON.stringify(s));
    localStorage.setItem('tajer.lang', 'fr');
  }, session);

  const result = await lighthouse(
    `${baseUrl}${path}`,
    { output: 'html', logLevel: 'error', onlyCategories: CATEGORIES, disableStorageReset: true },
    undefined,
    page,
  );
  const report = join(root, 'chat-ui', 'lighthouse-report.html');
  writeFileSync(report, result.report);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]));
  for (const c of CATEGORIES) {
    const failing = Object.values(result.lhr.audits)
      .filter((a) => result.lhr.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 0.9)
      .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
    if (failing.length) log(`${c}: below 0.9 → ${failing.join(', ')}`);
  }
  const metric = (id) => result.lhr.audits[id]?.displayValue ?? '?';
  log(
    `FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`,
  );
  log(`full report: ${report}`);
  console.log(`performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}`);
  if (process.argv.includes('--check') && Object.values(scores).some((s) => s < 95)) process.exitCode = 1;
} finally {
  await browser?.close();
  await backend?.stop();
  rmSync(profile, { recursive: true, force: true });
}
