/**
 * Builds what's missing and starts the real backend once for the whole suite; its URL reaches the tests through
 * E2E_BASE_URL (Playwright's workers inherit the environment set here). Returns the teardown.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackend } from './lib/backend.mjs';
import { buildIfMissing } from './lib/build.mjs';
import { CHROMIUM } from './lib/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const log = (msg) => process.stdout.write(`[e2e] ${msg}\n`);

export default async function globalSetup() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install it with "apt-get install -y chromium" (or set CHROME_PATH)`);
  buildIfMissing({ root, log, backend: !process.env.E2E_BASE_URL });
  if (process.env.E2E_BASE_URL) return undefined;
  const backend = await startBackend({ root, log });
  process.env.E2E_BASE_URL = backend.url;
  return async () => {
    // The server's last words, for a failed run (Playwright's report says which test failed; this says why server-side).
    const dir = join(here, '.tmp');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'backend.log'), backend.output());
    log(`backend output: ${join(dir, 'backend.log')}`);
    await backend.stop();
  };
}
