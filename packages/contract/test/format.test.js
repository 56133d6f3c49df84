// The one formatter, against its compiled output (`npm run build -w @tajer/contract` first): every language, signs,
// centimes, plain text, Arabic bidi isolation, dates and 24-hour times, units.
const test = require('node:test');
const assert = require('node:assert/strict');
const c = require('../dist');

const FSI = '\u2068';
const PDI = '\u2069';
/** What a reader sees: no-break spaces as spaces, isolates removed. */
const seen = (s) => c.toPlain(s);

test('money: one form per language, whole dinars unless exact, ASCII sign', () => {
  assert.equal(c.formatMoney(1520, 'fr'), '1\u202f520\u00a0DA');
  assert.equal(seen(c.formatMoney(1520, 'ar')), '1.520 دج');
  assert.equal(c.formatMoney(1520, 'en'), 'DZD\u00a01,520');
  assert.equal(seen(c.formatMoney(1520.5, 'fr')), '1 521 DA', 'aggregates are whole dinars');
  assert.equal(seen(c.formatMoney(1520.5, 'fr', { exact: true })), '1 520,50 DA');
  assert.equal(seen(c.formatMoney(1520, 'fr', { exact: true })), '1 520 DA', 'no ",00" on a round amount');
  assert.equal(seen(c.formatMoney(242.69, 'ar', { exact: true })), '242,69 دج');
  assert.equal(seen(c.formatMoney(1234567.25, 'en', { exact: true })), 'DZD 1,234,567.25');
  assert.equal(seen(c.formatMoney(-30700, 'fr')), '-30 700 DA');
  assert.equal(seen(c.formatMoney(-30700, 'en')), '-DZD 30,700');
  assert.equal(seen(c.formatSignedMoney(1200, 'fr')), '+1 200 DA');
  assert.equal(seen(c.formatSignedMoney(0, 'fr')), '0 DA');
  assert.equal(seen(c.formatMoney(-0.3, 'fr')), '0 DA', 'no "-0"');
  assert.equal(seen(c.formatMoney(15, 'fr', { currency: 'EUR' })), '15 EUR');
});

test('Arabic figures: Latin digits, « دج », isolated so they neither reverse nor break', () => {
  const amount = c.formatMoney(-30700, 'ar');
  assert.equal(amount, `${FSI}${FSI}-30.700${PDI}\u00a0دج${PDI}`);
  assert.doesNotMatch(amount, /[٠-٩]|د\.ج/);
  assert.doesNotMatch(amount, / /, 'only no-break spaces inside an amount');
  assert.equal(c.formatPercent(4.56, 'ar', { signed: true }), `${FSI}+4,6%${PDI}`);
  assert.equal(c.formatNumber(-1520, 'ar'), `${FSI}-1.520${PDI}`, 'a signed number is isolated');
  assert.equal(c.formatNumber(1520, 'ar'), '1.520', 'an unsigned number needs no isolate');
  assert.doesNotMatch(c.formatMoney(1520, 'fr') + c.formatMoney(1520, 'en'), /[\u2066-\u2069]/, 'French and English are left alone');
});

test('plain text: ASCII spaces, no controls (PDF, SMS, CSV)', () => {
  assert.equal(c.formatMoney(1520, 'fr', { plain: true }), '1 520 DA');
  assert.equal(c.formatMoney(-1520, 'ar', { plain: true }), '-1.520 دج');
  assert.equal(c.formatPercent(-3.2, 'fr', { signed: true, plain: true }), '-3,2 %');
  assert.equal(c.formatMoney(1520, 'fr', { plain: true }), seen(c.formatMoney(1520, 'fr')), 'plain is what is seen');
});

test('numbers and percentages', () => {
  assert.equal(seen(c.formatNumber(1234.56, 'fr')), '1 234,6');
  assert.equal(c.formatNumber(1234.56, 'en', 2), '1,234.56');
  assert.equal(c.formatNumber(1234.5, 'ar'), '1.234,5');
  assert.equal(c.formatNumber(3, 'fr', undefined, { signed: true }), '+3');
  assert.equal(seen(c.formatPercent(12.34, 'fr')), '12 %');
  assert.equal(seen(c.formatPercent(4.56, 'fr', { signed: true })), '+4,6 %');
  assert.equal(c.formatPercent(4.56, 'en', { signed: true }), '+4.6%');
  assert.equal(c.formatPercent(0, 'en', { signed: true }), '0%');
  assert.equal(seen(c.changeNote(-5.2, 'fr')), ' (-5,2 %)');
  assert.equal(c.changeNote(null, 'fr'), '');
});

test('weekdays: ISO numbering (1 = Monday), long and short', () => {
  assert.deepEqual(
    [1, 4, 7].map((d) => c.formatWeekday(d, 'fr')),
    ['lundi', 'jeudi', 'dimanche'],
  );
  assert.equal(c.formatWeekday(5, 'ar'), 'الجمعة');
  assert.equal(c.formatWeekday(4, 'en'), 'Thursday');
  assert.equal(c.formatWeekday(4, 'fr', 'short'), 'jeu.');
  assert.equal(c.formatWeekday(4, 'en', 'short'), 'Thu');
});

test('dates: Algerian month names, calendar days stay put, 24-hour times in every language', () => {
  assert.equal(c.formatDate('2026-01-05', 'fr'), '5 janvier 2026');
  assert.equal(c.formatDate('2026-01-05', 'ar'), '5 جانفي 2026');
  assert.equal(c.formatDate('2026-01-05', 'en'), '5 January 2026');
  assert.equal(c.formatDate('2026-01-05T00:00:00.000Z', 'fr'), '5 janvier 2026', 'a date column is a calendar day');
  assert.equal(c.formatDate('not a date', 'fr'), 'not a date');
  const at = '2026-11-17T20:37:00Z';
  for (const lang of c.LANGS) assert.equal(c.formatTime(at, lang, { timeZone: 'Africa/Algiers' }), '21:37', lang);
  assert.doesNotMatch(c.formatDateTime(at, 'fr', { timeZone: 'UTC' }), /AM|PM/);
  assert.match(c.formatDateTime(at, 'fr', { timeZone: 'UTC' }), /^17 nov\. 2026, 20:37$/);
  assert.match(c.formatDateTime(at, 'ar', { timeZone: 'UTC' }), /^17 نوفمبر 2026، 20:37$/);
  assert.equal(c.formatShortDate('2026-03-14', 'en'), '14 Mar');
});

test('units: the vocabulary in three languages, with plurals, unknown units as stored', () => {
  assert.equal(c.formatQuantity(42, 'sac', 'fr'), '42 sacs');
  assert.equal(c.formatQuantity(1, 'sac', 'en'), '1 bag');
  // English plural for all but one; French singular below two.
  assert.equal(c.formatQuantity(0, 'pièce', 'en'), '0 pieces');
  assert.equal(c.formatQuantity(0, 'pièce', 'fr'), '0 pièce');
  assert.equal(c.formatQuantity(1.5, 'kg', 'en').endsWith('s'), c.formatQuantity(2, 'kg', 'en').endsWith('s'));
  assert.equal(c.formatQuantity(5, 'sac', 'ar'), '5 أكياس');
  assert.equal(c.formatQuantity(42, 'sac', 'ar'), '42 كيس');
  assert.equal(c.formatQuantity(90, 'paquet', 'ar'), '90 عبوة');
  assert.equal(c.unitName('L', 3, 'ar'), 'لترات');
  assert.equal(c.unitLabel('bouteille', 'en'), 'bottle');
  assert.equal(c.unitName('fût', 2, 'ar'), 'fût');
  for (const key of c.UNIT_KEYS) {
    for (const lang of c.LANGS) assert.ok(c.unitName(key, 1, lang) && c.unitName(key, 5, lang), `${key} ${lang}`);
    assert.match(c.unitName(key, 5, 'ar'), /[\u0600-\u06ff]/, `${key} has Arabic words`);
  }
});

test('access: one rule per capability; staff never read the expense ledger', () => {
  assert.equal(c.can('STAFF', 'expenses.read'), false);
  assert.equal(c.can('OWNER', 'expenses.read'), true);
  assert.equal(c.can('STAFF', 'expenses.add'), true);
  assert.equal(c.can('SUPPORT', 'chat'), false);
  assert.equal(c.can(undefined, 'chat'), false);
  assert.deepEqual(c.rolesFor('team.review', 'support.console').sort(), ['ADMIN', 'OWNER', 'SUPPORT']);
  for (const cap of c.CAPABILITIES) for (const role of c.ACCESS[cap]) assert.ok(c.ROLES.includes(role), `${cap}: ${role}`);
});

test('durations: each language its own units, Arabic isolated so the figure stays before its unit', () => {
  assert.equal(seen(c.formatDuration(96, 'fr')), '96 ms');
  assert.equal(seen(c.formatDuration(1500, 'fr')), '1,5 s');
  assert.equal(seen(c.formatDuration(1500, 'en')), '1.5 s');
  assert.equal(c.formatDuration(96, 'ar'), `${FSI}96\u00a0ملي ث${PDI}`);
  assert.equal(seen(c.formatDuration(2000, 'ar')), '2 ث');
});
