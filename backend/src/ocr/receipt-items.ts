import type { AmountToken } from './receipt-amounts';
import { usesDecimals, type AnalyzedLine } from './receipt-analysis';
import type { ReceiptLineItem } from './receipt-draft.types';
import { letterCount, nearlyEqual, round2 } from './receipt-text';

/** A unit right after a number: litres, kilograms, grams, cubic metres, or a price per unit (DA/L, DA/kg). */
const UNIT_AFTER = /^\s*(?:(?:DA|DZD)?\s*\/\s*)?(?:L|LITRES?|KG|G|GR|M3|M³)\b/i;

const DATE_OR_TIME = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}/;

/**
 * Item lines: between the header and the first total/subtotal line, a line ending with an amount. The description is
 * the text before the numbers, or the previous line when the amounts sit on their own row (common on POS receipts that
 * print the name, then "code qty price amount").
 */
export interface ParsedItem extends ReceiptLineItem {
  /** "Farine 1kg 5 450 DA": read as 5 450 DA, the other reading (5 × 450) when it exists. */
  alternative?: ReceiptLineItem;
}

export function findLineItems(lines: readonly AnalyzedLine[]): ParsedItem[] {
  const decimals = usesDecimals(lines);
  const end = lines.findIndex((l) => ['total-strong', 'total', 'subtotal', 'tendered', 'change'].includes(l.kind));
  const body = lines.slice(0, end >= 0 ? end : lines.length);
  const items: ParsedItem[] = [];
  let pendingDescription: string | null = null;
  for (const line of body) {
    if (line.kind !== 'other' && line.kind !== 'discount') {
      pendingDescription = null;
      continue;
    }
    const money = line.amounts.filter((a) => (decimals ? a.decimals === 2 : a.value >= 10 || a.decimals > 0));
    if (!money.length || DATE_OR_TIME.test(line.clean) || line.percents.length > 1) {
      pendingDescription = letterCount(line.text) >= 3 && !DATE_OR_TIME.test(line.clean) ? line.text : null;
      continue;
    }
    const amountTok = money[money.length - 1];
    // « Volume 32.88 L », « Prix unitaire 45.62 DA/L », « 1,250 kg »: a quantity or a unit price, not a line's amount
    // (on a fuel ticket they made two « items » that never add up to the total, and its total looked doubtful).
    if (UNIT_AFTER.test(line.clean.slice(amountTok.end))) {
      pendingDescription = null;
      continue;
    }
    const columns = numericColumns(line, amountTok);
    let description = line.clean
      .slice(0, columns[0].start)
      .replace(/[\s:.=*#xX×@-]+$/, '')
      .trim();
    if (letterCount(description) < 2) description = pendingDescription ?? '';
    pendingDescription = null;
    if (letterCount(description) < 2) continue;
    const item: ParsedItem = { description, amount: round2(amountTok.value) };
    if (
      columns.length === 2 &&
      isCount(columns[0].value) &&
      columns[1].value > columns[0].value &&
      !/[xX×*@]/.test(line.clean.slice(columns[0].end, columns[1].start)) &&
      !/[xX×*@]\s*$/.test(line.clean.slice(0, columns[0].start))
    ) {
      // Two columns, a small count then a price, and no line amount: quantity × unit price (issue 10).
      const [q, u] = [columns[0].value, columns[1].value];
      Object.assign(item, { quantity: q, unitPrice: u, amount: round2(q * u) });
    } else {
      Object.assign(item, quantityAndUnit(line, columns));
    }
    const weighed = weighedAmount(line, money);
    if (weighed && !nearlyEqual(weighed.amount, item.amount)) Object.assign(item, weighed);
    const split = columns.length === 1 && amountTok.spaceGrouped ? splitGroup(line.clean.slice(amountTok.start, amountTok.end)) : null;
    if (split) item.alternative = { description, quantity: split.q, unitPrice: split.u, amount: round2(split.q * split.u) };
    items.push(item);
  }
  return items;
}

/**
 * A weighed row read right to left (twenty-eighth round, unseen group K's roasteries): « ٠٫٥ كغ × ٦٥٠٫٠٠ ٣٢٥٫٠٠ » came
 * out « ٣٢٥٫٠٠ ٦٥٠٫٠٠ X 8 ٠٫٥ », its amount first, and the price per kilogram was taken for the row's amount. A row
 * that prints a weight (a fraction under 10) and two amounts, one of them the weight times the other, pays the
 * product, wherever it was read; null when no single pair says so.
 */
function weighedAmount(line: AnalyzedLine, money: readonly AmountToken[]): { quantity: number; unitPrice: number; amount: number } | null {
  const weights = line.amounts.filter((a) => a.value > 0 && a.value < 10 && !Number.isInteger(a.value));
  const found: { quantity: number; unitPrice: number; amount: number }[] = [];
  for (const w of weights)
    for (const u of money)
      for (const a of money)
        if (u !== a && u !== w && a !== w && u.value > a.value && nearlyEqual(w.value * u.value, a.value, 0.02))
          found.push({ quantity: w.value, unitPrice: u.value, amount: round2(a.value) });
  return found.length === 1 ? found[0] : null;
}

/** A quantity as tills print it: a whole count up to 99, or a weight such as 0,750. */
function isCount(v: number): boolean {
  return v > 0 && ((Number.isInteger(v) && v <= 99) || (v < 10 && Math.round(v * 1000) === v * 1000));
}

/** "5 450" read as one number could be 5 × 450: a 1–2 digit count, a space, a 3-digit price (no cents). */
function splitGroup(raw: string): { q: number; u: number } | null {
  const m = raw.match(/^(\d{1,2}) (\d{3})$/);
  if (!m || Number(m[1]) === 0) return null;
  return { q: Number(m[1]), u: Number(m[2]) };
}

/**
 * Chooses, for the lines that can be read two ways, the reading under which the lines add up to the total (the
 * total itself comes from its label, never from this sum). Without such agreement the printed reading stays.
 */
export function resolveItemReadings(items: ParsedItem[], total: number | null): ReceiptLineItem[] {
  const plain = items.map(({ alternative: _a, ...item }) => item);
  const ambiguous = items.map((it, i) => (it.alternative ? i : -1)).filter((i) => i >= 0);
  if (total === null || !ambiguous.length || ambiguous.length > 8) return plain;
  const sum = (list: ReceiptLineItem[]) => list.reduce((s, it) => s + it.amount, 0);
  if (nearlyEqual(sum(plain), total, 0.05)) return plain;
  for (let mask = 1; mask < 1 << ambiguous.length; mask += 1) {
    const trial = plain.map((it, i) => {
      const k = ambiguous.indexOf(i);
      return k >= 0 && mask & (1 << k) ? items[i].alternative! : it;
    });
    if (nearlyEqual(sum(trial), total, 0.05)) return trial;
  }
  return plain;
}

/**
 * The amount and the number columns right before it ("2 x 75,00 150,00"), stopping at text or at a number glued to a
 * unit ("1L", "5kg"), which belongs to the description.
 */
function numericColumns(line: AnalyzedLine, amount: AmountToken): AmountToken[] {
  const idx = line.amounts.indexOf(amount);
  const cols = [amount];
  for (let i = idx - 1; i >= 0; i -= 1) {
    const tok = line.amounts[i];
    const gap = line.clean.slice(tok.end, cols[0].start);
    if (!/^[\s:=xX×*@]*$/.test(gap) || /^\p{L}/u.test(line.clean.slice(tok.end))) break;
    cols.unshift(tok);
  }
  return cols;
}

/** Quantity and unit price from "2 x 150,00", or from the numbers before the amount when qty × unit = amount. */
function quantityAndUnit(line: AnalyzedLine, columns: AmountToken[]): { quantity?: number; unitPrice?: number } {
  const amount = columns[columns.length - 1];
  const before = columns.slice(0, -1);
  // Numbers before the amount, with "2 150,00" (joined as 2150) also tried as quantity 2 and unit price 150.
  const nums: number[] = [];
  for (const a of before) {
    const raw = line.clean.slice(a.start, a.end);
    const split = a.spaceGrouped ? raw.match(/^(\d{1,3}) (\d[\d.,]*)$/) : null;
    if (split) {
      const unit = Number(split[2].replace(/\./g, '').replace(',', '.'));
      if (nearlyEqual(Number(split[1]) * unit, amount.value, 0.02)) return { quantity: Number(split[1]), unitPrice: unit };
    }
    nums.push(a.value);
  }
  const times = line.clean.slice(columns[0].start, amount.start).match(/(\d{1,3}(?:[.,]\d{1,3})?)\s*[xX×*@]\s*(\d[\d.,]*)\s*\S*\s*$/);
  if (times) {
    const q = Number(times[1].replace(',', '.'));
    const u = Number(times[2].replace(/\.(?=\d{3})/g, '').replace(',', '.'));
    if (q > 0 && Number.isFinite(u)) return { quantity: q, unitPrice: u };
  }
  for (let i = nums.length - 2; i >= 0; i -= 1) {
    const [q, u] = [nums[i], nums[i + 1]];
    if (q > 0 && q <= 1000 && nearlyEqual(q * u, amount.value, 0.02)) return { quantity: q, unitPrice: u };
  }
  if (nums.length) {
    const u = nums[nums.length - 1];
    if (u > 0 && Number.isInteger(round2(amount.value / u)) && amount.value / u <= 100 && u !== amount.value) {
      return { quantity: round2(amount.value / u), unitPrice: u };
    }
    if (nearlyEqual(u, amount.value)) return { quantity: 1, unitPrice: u };
  }
  return {};
}
