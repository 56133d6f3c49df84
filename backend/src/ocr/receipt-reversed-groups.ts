import type { AnalyzedLine } from './receipt-analysis';
import { nearlyEqual, round2 } from './receipt-text';

/**
 * Eastern thousands groups come out of a right-to-left row in the wrong order (twenty-second round, issue 14, unseen
 * group E): « المجموع ٥٥ ٩٧٣ دج » read « ٩٧٣ ٥٥ » (55 taken) and « ٢ ٩٠٠٫٠٠ DA » read « ٩٠٠٫٠٠ ٢ » (900 taken). As read,
 * neither is one amount — a thousands group after the first has three digits, and no digit follows the cents — while
 * the swapped order is; the labelled total is mended to it when nothing else checks the amount as read and no item
 * row above prints more than the swapped amount (a total is never below one of its rows). The currency before the
 * amount may be read as one or two Latin digits and joined to it as a thousands group (twenty-sixth round, unseen
 * group I: « ٣ ٠٢٥٫٠٠ دج » read « 20 ٠٢٥٫٠٠ ٣ », 20 025 taken): a till prints one digit set, so that reading is
 * mended the same way.
 */

/** The subset of a total candidate this rule reads and mends. */
interface Candidate {
  value: number;
  line: AnalyzedLine | null;
  keyword: string;
}

/** A three-digit Eastern group, its cents maybe, then a lone one- or two-digit Eastern group: « ٩٧٣ ٥٥ », « ٩٠٠٫٠٠ ٢ ». */
const SWAPPED = /(?<![٠-٩٫٬.,])([٠-٩]{3})(?:[٫,.]([٠-٩]{2}))?\s+([٠-٩]{1,2})(?![٠-٩٫٬.,])/u;

/** One or two Latin digits standing right before the Eastern group (the currency read as digits). */
const LATIN_BEFORE = /(?<![\d٠-٩.,])(\d{1,2})\s+$/u;

const western = (s: string) => Number(s.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)));

/** Mends, in place, the labelled totals read from Eastern groups in the swapped order. */
export function mendSwappedGroups(candidates: Candidate[], lines: readonly AnalyzedLine[]): void {
  for (const c of candidates) {
    if (!c.line || (c.keyword !== 'strong' && c.keyword !== 'weak')) continue;
    const m = SWAPPED.exec(c.line.text);
    if (!m) continue;
    const cents = m[2] ? western(m[2]) / 100 : 0;
    const group = round2(western(m[1]) + cents);
    const lead = western(m[3]);
    const latin = LATIN_BEFORE.exec(c.line.text.slice(0, m.index));
    const joined = latin ? round2(Number(latin[1]) * 1000 + group) : null;
    if (!nearlyEqual(c.value, group) && !nearlyEqual(c.value, lead) && !(joined !== null && nearlyEqual(c.value, joined))) continue;
    const swapped = round2(lead * 1000 + group);
    const row = c.line;
    if (lines.some((l) => l !== row && l.amounts.some((a) => nearlyEqual(a.value, c.value)))) continue;
    const above = lines.filter((l) => l.index < row.index && l.kind === 'other');
    if (above.some((l) => l.amounts.some((a) => a.value > swapped))) continue;
    c.value = swapped;
  }
}
