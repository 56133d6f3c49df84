import type { AmountAt, TotalCandidate } from './receipt-adjustments';
import type { AnalyzedLine } from './receipt-analysis';
import { isDocumentNumberRow } from './receipt-keywords';
import { keywordRegex } from './receipt-text';

/**
 * A receipt for a payment that prints no total (thirtieth round, issue 14, after unseen group M's party hall): a
 * booking's « العربون ٦٠ ٠٠٠ » (the deposit), « التسبيق » (the advance), « Acompte », « Arrhes », « Versement »,
 * under the price of the whole and above what is left (« الباقي », which a till's reading takes for change). The
 * paper's amount is the sum it says it received. One list for French and Arabic papers, since both print it.
 *
 * Only where no row was read as a total (the caller's fallback): a bill or a ticket that prints a total, with an
 * advance under it, keeps that total (`findDeposit`, `paymentOverRemainder`).
 */
const ADVANCE = keywordRegex([
  'ACOMPTE',
  'ARRHES',
  'AVANCE',
  'VERSEMENT',
  'MONTANT VERSE',
  'SOMME VERSEE',
  'عربون',
  'العربون',
  'تسبيق',
  'التسبيق',
  'المدفوع مسبقا',
]);
/**
 * « Somme reçue », « المبلغ المستلم » (the sum received) say the same, unless a change row follows: then the sum is the
 * cash handed over (« Montant reçu 5 000 / Rendu 932 », group E) and the change is counted from it elsewhere.
 */
const RECEIVED = keywordRegex(['SOMME RECUE', 'MONTANT RECU', 'المبلغ المستلم', 'المبلغ المقبوض']);

/** The payment a receipt says it received, when it prints no total: the first such row with money (not a speck). */
export function paymentReceived(lines: readonly AnalyzedLine[], amountAt: AmountAt, decimals: boolean): TotalCandidate | undefined {
  const changeGiven = lines.some((l, i) => l.kind === 'change' && (amountAt(i)?.value ?? 0) > 0 && !/الباقي/u.test(l.upper));
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!ADVANCE.test(line.upper) && (changeGiven || !RECEIVED.test(line.upper))) continue;
    // « REÇU DE VERSEMENT N° 6024 » names the paper, its number no money.
    if (isDocumentNumberRow(line.upper)) continue;
    const found = amountAt(i);
    // « العربون لا يرد » (no deposit is refunded) read as « العربون 2» 3 » under the amount: a speck, not money.
    if (!found || found.value < 10 || (decimals && !found.line.amounts.some((a) => a.decimals > 0 && a.value === found.value))) continue;
    return { value: found.value, score: 0, keyword: 'derived', line: found.line, crossChecked: false };
  }
  return undefined;
}
