/**
 * Server-side messages live in the i18next catalogues (locales/{fr,ar,en}.ts), nowhere else (issue 12). This scans
 * the backend's sources for the two ways a message used to be written inline:
 *   - an object literal with French, Arabic and English strings: `{ fr: '…', ar: '…', en: '…' }`;
 *   - a ternary choosing the text by language: `l === 'fr' ? '…' : …`.
 * The files already moved to the catalogues must have none (a `localize(` there only joins catalogue messages). Every other file
 * may keep at most what it has today (vocabularies, OpenAPI examples and seed data are legitimately per-language data,
 * and every message has moved): a new file with inline messages, or one more in an old file, fails here.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';

const SRC = join(__dirname, '..', '..');

/** Moved to the catalogues: no inline message may come back. */
const MIGRATED = [
  'agent/approval.service.ts',
  'agent/tool-executor.ts',
  'chat/turn-recovery.ts',
  'customers/credit.service.ts',
  'dashboard/alerts.builder.ts',
  'dashboard/insights.builder.ts',
  'dashboard/stats-summary.ts',
  'expenses/expenses.service.ts',
  'inventory/product-draft.service.ts',
  'market/competitors-summary.ts',
  'market/trends-summary.ts',
  'sales/daily-totals.service.ts',
  'sales/sale-preview.service.ts',
  'sales/sale-view.ts',
  'agent/models/replies.ts',
  'market/report-text.ts',
  'agent/models/notices.ts',
  'marketing/audience/audience.service.ts',
  'marketing/audience/rfm.ts',
  'marketing/audience/audience.controller.ts',
  'customers/customer-import.service.ts',
  'auth/account-emails.ts',
  'inventory/import/product-template.ts',
  'sales/import/till-import.controller.ts',
  'business/business.controller.ts',
  'database/database-errors.ts',
  'mcp-server/mcp-server.service.ts',
  'mcp-server/mcp-tool-catalog.ts',
  'agent/system-prompt.ts',
  'marketing/content/llm-text-improver.ts',
  'marketing/content/content-composer.ts',
  'marketing/content/content.service.ts',
  'market/report-pdf.renderer.ts',
  'market/report-content.builder.ts',
];

/** The most inline fr/ar/en texts each remaining file may hold (lower these as files move; never raise them). */
const CEILING: Record<string, number> = {
  // Data: product names, OpenAPI examples, import column names, vocabularies awaiting the contract.
  'seed/catalog.ts': 64,
  'dashboard/dashboard.examples.ts': 30,
  'market/market.examples.ts': 16,
  'inventory/import/product-import.fields.ts': 12,
  'sales/import/till-import.fields.ts': 10,
  'dashboard/category-labels.ts': 9,
  'expenses/expenses.examples.ts': 1,
  'inventory/import/product-import.examples.ts': 5,
  'sales/sales.examples.ts': 4,
  'customers/customers.examples.ts': 2,
  'inventory/inventory.examples.ts': 1,
  'agent/local/nlu/training-corpus.ts': 1,
  'market/market-competitors.service.ts': 1,
};

const STRING = String.raw`['"\x60]`;
const FRENCH_KEY = new RegExp(String.raw`\bfr:\s*${STRING}`, 'g');
const ARABIC_KEY = new RegExp(String.raw`\bar:\s*${STRING}`);
const ENGLISH_KEY = new RegExp(String.raw`\ben:\s*${STRING}`);
const BY_LANGUAGE = new RegExp(String.raw`\b(?:l|lang|language)\s*===\s*'(?:fr|ar|en)'\s*\?\s*\(?\s*${STRING}`, 'g');

/** How many inline fr/ar/en texts a source holds. */
export function inlineMessages(source: string): number {
  let objects = 0;
  for (const m of source.matchAll(FRENCH_KEY)) {
    // The Arabic and English strings of the same literal follow within a few lines.
    const window = source.slice(m.index, m.index + 800);
    if (ARABIC_KEY.test(window) && ENGLISH_KEY.test(window)) objects += 1;
  }
  return objects + [...source.matchAll(BY_LANGUAGE)].length;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('no inline fr/ar/en messages outside the catalogues', () => {
  const counts = new Map(
    sources(SRC)
      .map((path) => [relative(SRC, path).split('\\').join('/'), readFileSync(path, 'utf8')] as const)
      .filter(([file]) => !file.startsWith('common/localisation/locales/'))
      .map(([file, text]) => [file, { inline: inlineMessages(text) }] as const),
  );

  it('recognises both inline forms (and not a message read from the catalogue)', () => {
    expect(inlineMessages("const A = { fr: 'Bonjour', ar: 'مرحبا', en: 'Hello' };")).toBe(1);
    expect(inlineMessages("const t = (l) => (l === 'fr' ? `Vente du ${d}` : l === 'ar' ? `بيع ${d}` : `Sale ${d}`);")).toBe(2);
    expect(inlineMessages("messages('sales.view.sale', (l) => ({ date, payment: PAYMENT[l] }))")).toBe(0);
  });

  it.each(MIGRATED)('%s has its messages in the catalogues only', (file) => {
    expect({ file, ...counts.get(file) }).toEqual({ file, inline: 0 });
  });

  it('no other file holds more inline messages than it did (a new message goes to locales/*.ts)', () => {
    const over = [...counts]
      .filter(([file, c]) => !MIGRATED.includes(file) && c.inline > (CEILING[file] ?? 0))
      .map(([file, c]) => ({ file, inline: c.inline, allowed: CEILING[file] ?? 0 }));
    expect(over).toEqual([]);
  });
});
