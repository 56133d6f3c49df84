import { arabicCount, bullets, formatNumber, moreLine, quote, say } from '../format';
import { money } from '../sales-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { CustomersCreditResult } from '@tajer/contract';

export type { CreditRow } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `CustomersCreditResult`. */
export type CustomersCreditData = CustomersCreditResult;

const CUSTOMERS_AR = { one: 'زبون واحد', two: 'زبونان', few: 'زبائن', many: 'زبونا', other: 'زبون' };

const DAYS_AR = { one: 'يوم واحد', two: 'يومين', few: 'أيام', many: 'يوما', other: 'يوم' };

const since = (days: number | null, lang: Lang) =>
  days === null
    ? ''
    : days === 0
      ? say(lang, { fr: " (depuis aujourd'hui)", ar: ' (منذ اليوم)', en: ' (today)' })
      : say(lang, {
          fr: ` (depuis ${formatNumber(days, lang)} j)`,
          ar: ` (منذ ${arabicCount(days, DAYS_AR)})`,
          en: ` (${formatNumber(days, lang)} days)`,
        });

const creditRow = (c: CustomersCreditData['customers'][number], lang: Lang, currency: string) =>
  `${c.name}${lang === 'fr' ? ' : ' : ': '}**${money(c.balance, lang, currency)}**${since(c.daysOutstanding, lang)}${c.overLimit ? ' ⚠️' : ''}`;

/** « Combien me doit Riad ? » with several Riads: what each of them owes, and that the others owe nothing. */
function summarizeNamesakes(d: CustomersCreditData, m: NonNullable<CustomersCreditData['matching']>, lang: Lang): string {
  const name = quote(m.name, lang);
  if (!d.count)
    return say(lang, {
      fr: `Aucun de vos ${formatNumber(m.namesakes, lang)} clients nommés ${name} ne vous doit d'argent.`,
      ar: `لا أحد من زبائنك الذين اسمهم ${name} (${formatNumber(m.namesakes, lang)}) مدين لك بشيء.`,
      en: `None of your ${formatNumber(m.namesakes, lang)} customers named ${name} owes you anything.`,
    });
  const others = m.namesakes - d.count;
  const rest =
    others > 0
      ? say(lang, {
          fr: others > 1 ? `Les ${formatNumber(others, lang)} autres ne vous doivent rien.` : "L'autre ne vous doit rien.",
          ar: others > 1 ? `الآخرون (${formatNumber(others, lang)}) غير مدينين لك بشيء.` : 'الآخر غير مدين لك بشيء.',
          en: others > 1 ? `The other ${formatNumber(others, lang)} owe you nothing.` : 'The other one owes you nothing.',
        })
      : '';
  const head = say(lang, {
    fr: `Vous avez ${formatNumber(m.namesakes, lang)} clients nommés ${name}. ${d.count > 1 ? `${formatNumber(d.count, lang)} vous doivent **${money(d.totalOwed, lang, d.currency)}** au total :` : 'Un seul vous doit quelque chose :'}`,
    ar: `لديك ${arabicCount(m.namesakes, CUSTOMERS_AR)} اسمهم ${name}. ${d.count > 1 ? `${formatNumber(d.count, lang)} منهم مدينون لك بمجموع **${money(d.totalOwed, lang, d.currency)}**:` : 'واحد منهم فقط مدين لك:'}`,
    en: `You have ${formatNumber(m.namesakes, lang)} customers named ${name}. ${d.count > 1 ? `${formatNumber(d.count, lang)} of them owe you **${money(d.totalOwed, lang, d.currency)}** in total:` : 'Only one owes you anything:'}`,
  });
  return [head, bullets(d.customers.map((c) => creditRow(c, lang, d.currency))), rest].filter(Boolean).join('\n');
}

export function summarizeCustomersCredit(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as CustomersCreditData;
  if (d.customer) {
    const row = d.customers.find((c) => c.id === d.customer!.id);
    if (!row || row.balance <= 0) {
      return say(lang, {
        fr: `${d.customer.name} ne vous doit rien${row && row.balance < 0 ? ` (il a une avance de ${money(-row.balance, lang, d.currency)})` : ''}.`,
        ar: `${d.customer.name} غير مدين لك بشيء${row && row.balance < 0 ? ` (لديه تسبيق بقيمة ${money(-row.balance, lang, d.currency)})` : ''}.`,
        en: `${d.customer.name} owes you nothing${row && row.balance < 0 ? ` (an advance of ${money(-row.balance, lang, d.currency)})` : ''}.`,
      });
    }
    return say(lang, {
      fr: `${d.customer.name} vous doit **${money(row.balance, lang, d.currency)}**${oldestUnpaid(row.daysOutstanding, lang)}.`,
      ar: `${d.customer.name} مدين لك بـ **${money(row.balance, lang, d.currency)}**${oldestUnpaid(row.daysOutstanding, lang)}.`,
      en: `${d.customer.name} owes you **${money(row.balance, lang, d.currency)}**${oldestUnpaid(row.daysOutstanding, lang)}.`,
    });
  }
  if (d.matching) return summarizeNamesakes(d, d.matching, lang);
  if (!d.count)
    return say(lang, {
      fr: 'Personne ne vous doit rien : le carnet est à zéro.',
      ar: 'لا أحد مدين لك بشيء: الكرني فارغ.',
      en: 'Nobody owes you anything: the notebook is clear.',
    });
  const head = say(lang, {
    fr: `${formatNumber(d.count, lang)} client${d.count > 1 ? 's vous doivent' : ' vous doit'} **${money(d.totalOwed, lang, d.currency)}** au total, le plus ancien crédit d'abord :`,
    ar: `${arabicCount(d.count, CUSTOMERS_AR)} ${d.count === 1 ? 'مدين' : 'مدينون'} لك بمجموع **${money(d.totalOwed, lang, d.currency)}**، الأقدم أولا:`,
    en: `${formatNumber(d.count, lang)} customer${d.count > 1 ? 's owe' : ' owes'} you **${money(d.totalOwed, lang, d.currency)}** in total, oldest credit first:`,
  });
  const rows = d.customers.map((c) => creditRow(c, lang, d.currency));
  // « Qui me doit le plus ? »: the list runs oldest first (and may be cut), so the largest balance is said on its own.
  const largest = d.largest;
  const most =
    largest &&
    say(lang, {
      fr: `Le plus gros montant : ${largest.name} (**${money(largest.balance, lang, d.currency)}**).`,
      ar: `أكبر مبلغ: ${largest.name} (**${money(largest.balance, lang, d.currency)}**).`,
      en: `Largest balance: ${largest.name} (**${money(largest.balance, lang, d.currency)}**).`,
    });
  return [head, bullets(rows), moreLine(d.count, d.customers.length, lang), most].filter(Boolean).join('\n');
}

/** How old the oldest unpaid purchase is: « d'aujourd'hui » for a debt run up today (« 0 jours » read as a glitch). */
function oldestUnpaid(days: number | null, lang: Lang): string {
  if (days === null) return '';
  const n = formatNumber(days, lang);
  if (days === 0)
    return say(lang, {
      fr: ", le plus ancien impayé date d'aujourd'hui",
      ar: '، أقدم مبلغ غير مدفوع من اليوم',
      en: '; the oldest unpaid purchase is from today',
    });
  return say(lang, {
    fr: `, le plus ancien impayé date de ${n} jour${days > 1 ? 's' : ''}`,
    ar: `، أقدم مبلغ غير مدفوع منذ ${arabicCount(days, DAYS_AR)}`,
    en: `; the oldest unpaid purchase is ${n} day${days > 1 ? 's' : ''} old`,
  });
}
