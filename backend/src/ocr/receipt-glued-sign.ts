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
