import { bullets, colon, comma, formatMoney, formatNumber, formatPercent, moreLine, periodLabel, quote, say, vsPrevious } from '../format';
import { expenseLine } from '../expense-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { ExpensesListResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `ExpensesListResult`. */
export type ExpensesListData = ExpensesListResult;

const CATEGORIES_SHOWN = 5;
const LATEST_SHOWN = 3;

export function summarizeExpensesList(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as ExpensesListData;
  const c = colon(lang);
  const when = periodLabel(d.period, lang);
  const cat = d.category ? d.category.label[lang] || d.category.label.fr : null;
  if (!d.count) {
    return cat
      ? say(lang, {
          fr: `${when}, aucune dépense ${quote(cat, lang)} n'est enregistrée.`,
          ar: `${when}، لا توجد أي مصاريف مسجلة في فئة ${quote(cat, lang)}.`,
          en: `${when}, no ${quote(cat, lang)} expense is recorded.`,
        })
      : say(lang, {
          fr: `${when}, aucune dépense n'est enregistrée.`,
          ar: `${when}، لا توجد أي مصاريف مسجلة.`,
          en: `${when}, no expense is recorded.`,
        });
  }
  const total = formatMoney(d.total, lang, { currency: d.currency });
  const n = formatNumber(d.count, lang);
  const change = d.changePct === null ? '' : `${formatPercent(d.changePct, lang, { signed: true })} ${vsPrevious(d.period, lang)}`;
  const withChange = (count: string) => `(${[count, change].filter(Boolean).join(comma(lang))})`;
  const head = cat
    ? say(lang, {
        fr: `${when}, vos dépenses ${quote(cat, lang)} s'élèvent à **${total}** ${withChange(`${n} dépense${d.count > 1 ? 's' : ''}`)}.`,
        ar: `${when}، بلغت مصاريفك في فئة ${quote(cat, lang)} **${total}** ${withChange(`عدد العمليات: ${n}`)}.`,
        en: `${when}, your ${quote(cat, lang)} expenses come to **${total}** ${withChange(`${n} expense${d.count === 1 ? '' : 's'}`)}.`,
      })
    : say(lang, {
        fr: `${when}, vous avez dépensé **${total}** ${withChange(`${n} dépense${d.count > 1 ? 's' : ''}`)}.`,
        ar: `${when}، أنفقت **${total}** ${withChange(`عدد العمليات: ${n}`)}.`,
        en: `${when}, you spent **${total}** ${withChange(`${n} expense${d.count === 1 ? '' : 's'}`)}.`,
      });
  const parts = [head];
  // The dashboard's « dépenses » leave goods purchases out: say which figure is which, so the two never seem to clash.
  if (!d.category && d.goodsPurchases && d.operating !== undefined) {
    const goods = formatMoney(d.goodsPurchases, lang, { currency: d.currency });
    const operating = formatMoney(d.operating, lang, { currency: d.currency });
    parts.push(
      say(lang, {
        fr: `Dont ${goods} d'achats de marchandises et ${operating} de dépenses de fonctionnement (le chiffre du tableau de bord, hors marchandises).`,
        ar: `منها ${goods} لشراء السلع و${operating} مصاريف التشغيل (رقم لوحة القيادة، دون السلع).`,
        en: `Of which ${goods} of goods purchases and ${operating} of operating expenses (the dashboard's figure, goods excluded).`,
      }),
    );
  }
  if (!d.category && d.byCategory.length > 1) {
    const shown = d.byCategory.slice(0, CATEGORIES_SHOWN);
    parts.push(
      `${say(lang, { fr: 'Par catégorie', ar: 'حسب الفئة', en: 'By category' })}${c.trimEnd()}\n${bullets(
        shown.map(
          (x) =>
            `${x.label[lang] || x.label.fr}${c}${formatMoney(x.amount, lang, { currency: d.currency })} (${formatPercent(x.share, lang)})`,
        ),
      )}`,
    );
    const more = moreLine(d.byCategory.length, shown.length, lang);
    if (more) parts.push(more);
  }
  if (d.latest.length) {
    parts.push(
      `${say(lang, { fr: 'Les plus récentes', ar: 'الأحدث', en: 'Most recent' })}${c.trimEnd()}\n${bullets(d.latest.slice(0, LATEST_SHOWN).map((e) => expenseLine(e, lang)))}`,
    );
  }
  return parts.join('\n');
}
