import { bullets, formatNumber, moreLine, say, SEVERITY_MARK } from '../format';
import { NO_SALES_YET } from '../first-run';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';

export interface FindingView {
  id?: string;
  type: string;
  severity: string;
  title: { fr: string; ar: string; en: string };
}

export interface DashboardInsightsData {
  windowDays: number;
  count: number;
  /** Most important first (warnings before information). */
  insights: FindingView[];
  /** False while the business has never recorded a sale. */
  hasSales?: boolean;
}

const SHOWN = 6;

export const findingLine = (f: FindingView, lang: Lang) => `${SEVERITY_MARK[f.severity] ?? '•'} ${f.title[lang] || f.title.fr}`;

export function summarizeDashboardInsights(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as DashboardInsightsData;
  const days = formatNumber(d.windowDays, lang);
  if (!d.insights.length && d.hasSales === false) return say(lang, NO_SALES_YET);
  if (!d.insights.length) {
    return say(lang, {
      fr: `Rien de particulier à signaler sur les ${days} derniers jours : pas de produit en forte baisse, de marge anormale ni de dépense inhabituelle.`,
      ar: `لا شيء يستحق الذكر خلال آخر ${days} يوما: لا تراجع كبير في المنتجات ولا هامش غير عادي ولا مصاريف غير معتادة.`,
      en: `Nothing notable over the last ${days} days: no product in sharp decline, no unusual margin or expense.`,
    });
  }
  const shown = d.insights.slice(0, SHOWN);
  const head = say(lang, {
    fr: `Voici ce que je remarque sur les ${days} derniers jours :`,
    ar: `هذا ما لاحظته خلال آخر ${days} يوما:`,
    en: `Here is what stands out over the last ${days} days:`,
  });
  return [head, bullets(shown.map((f) => findingLine(f, lang))), moreLine(d.insights.length, shown.length, lang)].filter(Boolean).join('\n');
}
