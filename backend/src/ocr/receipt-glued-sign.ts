/**
 * A currency sign glued to a total and read as two more digits (twenty-third round, unseen group F): « TOTAL 2 268,00DA »
 * came out « 22660000 » — the decimal comma lost, « DA » read as « 00 », and the 8 as a 6. Read so, the total is ten
 * thousand times what the receipt's rows add up to; the rows' sum, checked by them, is believed over the longer figure
 * when the reading is that sum's digits (cents included, or whole dinars) followed by two more, one digit misread at
 * most.
 */
export function gluedSignReading(read: number, sum: number): boolean {
  if (!Number.isInteger(read) || !(sum > 0) || read < 100 * sum) return false;
  const text = String(read);
  const forms = [sum.toFixed(2).replace('.', ''), Number.isInteger(sum) ? String(sum) : null];
  return forms.some(
    (digits) => digits !== null && text.length === digits.length + 2 && differsByOneAtMost(text.slice(0, digits.length), digits),
  );
}

function differsByOneAtMost(a: string, b: string): boolean {
  let diff = 0;
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) diff += 1;
  return diff <= 1;
}

/**
 * The currency sign glued after a total's cents and read as one more digit (thirtieth round, issue 14, after unseen
 * group M's household-goods shop): « الصافي للدفع 14 550,00دج » came out « 14 550,007 », read as 14 and 550 007 —
 * three figures after a decimal comma, which no till prints on a page whose other amounts end in « ,00 ». The row's
 * amount is then the figure with its two cents, the third figure dropped. Only on a page printing decimal commas and
 * no decimal points (« 2,000.00 » writes its thousands with a comma), and only at the row's end.
 */
const CENTS_AND_DIGIT = /(?<![\d,.])(\d{1,3}(?: \d{3})+|\d+),(\d{2})\d\s*$/u;
const COMMA_CENTS = /\d,\d{2}(?!\d)/u;
const POINT_CENTS = /\d\.\d{2}(?!\d)/u;

export function centsWithGluedDigit(clean: string, pageRows: readonly string[]): number | null {
  const m = CENTS_AND_DIGIT.exec(clean);
  if (!m) return null;
  const others = pageRows.filter((r) => r !== clean);
  if (others.filter((r) => COMMA_CENTS.test(r)).length < 2 || others.some((r) => POINT_CENTS.test(r))) return null;
  return Number(`${m[1].replace(/ /g, '')}.${m[2]}`);
}
