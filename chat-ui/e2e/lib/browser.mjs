import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium through playwright-core (never `playwright install`). Playwright starts it with a fresh temporary
 * --user-data-dir of its own and removes it on close; each scenario then gets an isolated context.
 */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** Screenshots named by scenario and step, kept in e2e/screenshots/ (gitignored; CI prints their paths). */
export function screenshotter(dir, scenario) {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const taken = [];
  return {
    taken,
    async shot(page, step) {
      const file = join(dir, `${scenario}-${String(++n).padStart(2, '0')}-${step}.png`);
      await page.screenshot({ path: file });
      taken.push(file);
      return file;
    },
  };
}
