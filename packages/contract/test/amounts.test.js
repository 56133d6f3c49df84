// One reading of a typed amount for the whole product (contract/src/amounts.ts).
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { parseTypedAmount, formatMoney, formatNumber } = require('../dist');

test('thousands with a space, a no-break space, a dot or a comma; decimals with a comma or a dot', () => {
  const cases = {
    45000: 45000,
    '45 000': 45000,
    '45\u00a0000': 45000,
    '45\u202f000': 45000,
    '45.000': 45000,
    '45,000': 45000,
    '1.234.567': 1234567,
    '1 150,50': 1150.5,
    '1.150,50': 1150.5,
    '1,150.50': 1150.5,
    '12,5': 12.5,
    12.5: 12.5,
    '0,500': 0.5,
    0.75: 0.75,
    '45 000 DA': 45000,
    '45.000 دج': 45000,
    'DA 300': 300,
    '٤٥٬٠٠٠': 45000,
    '١٢٫٥': 12.5,
    '٤٥٠٠٠ دج': 45000,
  };
  for (const [typed, value] of Object.entries(cases)) assert.equal(parseTypedAmount(typed), value, typed);
});

test('what is not one amount is refused, never guessed', () => {
  for (const typed of ['', 'abc', '12-15', '1,2,3', '1.234.50', '1.234,5,6', '-300', '45 000 000 1', '1.2.3', '1 234.567', '45  000x'])
    assert.equal(parseTypedAmount(typed), null, typed);
});

test('every figure the app shows reads back as itself, in each language', () => {
  for (const lang of ['fr', 'ar', 'en'])
    for (const value of [0, 7, 300, 1150.5, 45000, 1234567.5]) {
      assert.equal(parseTypedAmount(formatNumber(value, lang)), value, `${lang} ${formatNumber(value, lang)}`);
      assert.equal(
        parseTypedAmount(formatMoney(value, lang, { exact: true })),
        value,
        `${lang} ${formatMoney(value, lang, { exact: true })}`,
      );
    }
});
