import { formatDate, say } from '../format';
import { money } from '../sales-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { SalesDailyTotalResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `SalesDailyTotalResult`. */
export type SalesDailyTotalData = SalesDailyTotalResult;

export function summarizeSalesDailyTotal(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as SalesDailyTotalData;
  const day = formatDate(d.date, lang);
  const declared = money(d.declared, lang, d.currency);
  const added = money(d.addedWithoutDetail, lang, d.currency);
  const head = say(lang, {
    fr: `C'est enregistré : recette du ${day}, **${declared}**${d.replaced ? ' (elle remplace la précédente)' : ''}.`,
    ar: `تم التسجيل: مداخيل يوم ${day}، **${declared}**${d.replaced ? ' (تعوض السابقة)' : ''}.`,
    en: `Recorded: takings for ${day}, **${declared}**${d.replaced ? ' (replacing the earlier figure)' : ''}.`,
  });
  const detail = d.alreadyRecorded
    ? say(lang, {
        fr: `${money(d.alreadyRecorded, lang, d.currency)} étaient déjà enregistrés en ventes détaillées ; ${added} s'ajoutent au chiffre d'affaires, sans marge (coût inconnu).`,
        ar: `${money(d.alreadyRecorded, lang, d.currency)} كانت مسجلة كمبيعات مفصلة؛ تضاف ${added} إلى رقم الأعمال بدون هامش (التكلفة غير معروفة).`,
        en: `${money(d.alreadyRecorded, lang, d.currency)} was already recorded as itemised sales; ${added} is added to revenue, with no margin (cost unknown).`,
      })
    : say(lang, {
        fr: `Elle compte dans le chiffre d'affaires, sans marge (le coût des produits vendus n'est pas connu).`,
        ar: 'تُحتسب في رقم الأعمال بدون هامش (تكلفة المنتجات المباعة غير معروفة).',
        en: 'It counts in revenue, with no margin (the cost of what was sold is unknown).',
      });
  return `${head} ${detail}`;
}
