// One formatter (issue 12): the chat's answers, the dashboard tiles, the cards, the pages, the PDF report and the
// marketing posts all write figures with @tajer/contract. This enumerates the places that show figures and fails when
// one formats on its own again (a hand-written digit grouping, Intl or toLocaleString outside the contract).
const test = require('node:test');
const assert = require('node:assert/strict');
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const ROOT = join(__dirname, '..', '..', '..');
const SOURCES = ['backend/src', 'tools/src', 'chat-ui/src'];
const IGNORED = /\/(generated|node_modules|dist)\//;

/** Formatting done by hand: each is a second formatter waiting to disagree with the first. */
const FORBIDDEN = [
  { name: 'Intl.NumberFormat', re: /\bIntl\.NumberFormat\b/ },
  { name: 'Intl.DateTimeFormat', re: /\bIntl\.DateTimeFormat\b/ },
  { name: 'toLocale*String', re: /\.toLocale(?:Date|Time)?String\(/ },
  { name: 'hand-written thousands grouping', re: /\(\\d\{3\}\)\+\(\?!\\d\)/ },
];
/** Uses that are not displaying a figure, each with its reason. */
const ALLOWED = {
  // Hijri calendar arithmetic for the demo's seasonality (Ramadan dates), not a display format.
  'backend/src/seed/calendar.ts': ['Intl.DateTimeFormat'],
};

function* files(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (IGNORED.test(`${path}/`)) continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(entry) && !/\.(spec|test)\.tsx?$/.test(entry)) yield path;
  }
}

test('no code outside the contract formats a figure or a date by itself', () => {
  const offenders = [];
  for (const dir of SOURCES) {
    for (const file of files(join(ROOT, dir))) {
      const rel = relative(ROOT, file);
      const code = readFileSync(file, 'utf8');
      for (const { name, re } of FORBIDDEN) if (re.test(code) && !(ALLOWED[rel] ?? []).includes(name)) offenders.push(`${rel}: ${name}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('the five former money formatters are gone or delegate to the contract', () => {
  assert.equal(existsSync(join(ROOT, 'chat-ui/src/lib/format.ts')), false, "the chat UI's own formatter is removed");
  const read = (p) => readFileSync(join(ROOT, p), 'utf8');
  assert.doesNotMatch(read('backend/src/common/localisation/localized.ts'), /function format/, 'the dashboard formats with the contract');
  assert.doesNotMatch(read('backend/src/expenses/expense-view.ts'), /formatAmount|function format/);
  assert.match(read('backend/src/marketing/content/money-format.ts'), /formatMoney\(amount, language, \{ exact: true, plain: true \}\)/);
  assert.doesNotMatch(read('tools/src/format.ts'), /function format(Money|Number|Percent|Date)/);
  // At run time the tools' answers use the very same functions as the contract (one module instance).
  const contract = require('@tajer/contract');
  const tools = require(join(ROOT, 'tools/dist/format.js'));
  for (const fn of ['formatMoney', 'formatNumber', 'formatPercent', 'formatDate', 'formatQuantity', 'unitName'])
    assert.equal(tools[fn], contract[fn], fn);
});

/** Every place that shows a figure to the owner, and what it must import from the contract to do so. */
const CONSUMERS = {
  // The chat's answers
  'tools/src/format.ts': ['formatMoney', 'formatNumber', 'formatPercent', 'formatDate', 'formatQuantity'],
  'backend/src/dashboard/stats-summary.ts': ['formatMoney', 'formatPercent'],
  'backend/src/dashboard/insights.builder.ts': ['formatMoney', 'unitName'],
  'backend/src/dashboard/alerts.builder.ts': ['formatMoney', 'unitName'],
  // The tiles and the pages
  'chat-ui/src/features/chat/tool-cards/DashboardStatsCard.tsx': ['formatMoney', 'formatPercent', 'EXPENSE_TOTALS'],
  'chat-ui/src/features/views/ExpensesView.tsx': ['formatMoney', 'formatDate', 'EXPENSE_TOTALS'],
  'chat-ui/src/features/views/MarketingView.tsx': ['formatMoney', 'formatPercent'],
  // The cards
  'chat-ui/src/features/chat/tool-cards/InventoryCard.tsx': ['formatMoney', 'formatQuantity'],
  'chat-ui/src/features/chat/tool-cards/ValueText.tsx': ['formatMoney', 'formatNumber'],
  'chat-ui/src/features/chat/tool-cards/CompetitorsCard.tsx': ['formatMoney'],
  'chat-ui/src/features/chat/components/MessageBubble.tsx': ['formatTime'],
  // The PDF report (its text, then drawn plain)
  'backend/src/market/report-content.builder.ts': ['formatMoney', 'formatPercent'],
  'backend/src/market/pdf-writer.ts': ['toPlain'],
  // Marketing posts
  'backend/src/marketing/content/money-format.ts': ['formatMoney'],
};

test('every place that shows a figure imports it from @tajer/contract', () => {
  for (const [file, names] of Object.entries(CONSUMERS)) {
    const code = readFileSync(join(ROOT, file), 'utf8');
    const imports = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@tajer\/contract'/g)].flatMap((m) =>
      m[1].split(',').map((s) => s.replace(/^\s*type\s+/, '').trim()),
    );
    const reexports = [...code.matchAll(/export\s*\{([^}]*)\}\s*from\s*'@tajer\/contract'/g)].flatMap((m) =>
      m[1].split(',').map((s) => s.replace(/^\s*type\s+/, '').trim()),
    );
    for (const name of names) assert.ok(imports.includes(name) || reexports.includes(name), `${file} takes ${name} from @tajer/contract`);
  }
});
