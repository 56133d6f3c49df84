import { findingLine } from '../dashboard-insights/dashboard-insights.summary';
import { bullets, formatNumber, joinList, moreLine, say } from '../format';
import { NO_SALES_YET } from '../first-run';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { DashboardAlertsResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `DashboardAlertsResult`. */
export type DashboardAlertsData = DashboardAlertsResult;

const SHOWN = 6;

export function summarizeDashboardAlerts(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as DashboardAlertsData;
  if (!d.counts.total && d.hasSales === false) {
    return `${say(lang, { fr: 'Aucune alerte pour le moment.', ar: 'لا توجد تنبيهات حاليا.', en: 'No alerts for now.' })} ${say(lang, NO_SALES_YET)}`;
  }
  if (!d.counts.total) {
    return say(lang, {
      fr: 'Aucune alerte : pas de rupture imminente, pas de dépense inhabituelle, campagnes dans les temps. 👍',
      ar: 'لا توجد تنبيهات: لا نفاد وشيك للمخزون، لا مصاريف غير معتادة، والحملات في موعدها. 👍',
      en: 'No alerts: nothing about to run out, no unusual expense, campaigns on track. 👍',
    });
  }
  const n = (x: number) => formatNumber(x, lang);
  const { critical, warning, info, total } = d.counts;
  const kinds = [
    critical &&
      say(lang, { fr: `${n(critical)} critique${critical > 1 ? 's' : ''}`, ar: `${n(critical)} حرجة`, en: `${n(critical)} critical` }),
    warning && say(lang, { fr: `${n(warning)} à surveiller`, ar: `${n(warning)} تستحق المتابعة`, en: `${n(warning)} to watch` }),
    info && say(lang, { fr: `${n(info)} pour information`, ar: `${n(info)} للعلم`, en: `${n(info)} for information` }),
  ].filter((k): k is string => !!k);
  const head = say(lang, {
    fr: `${n(total)} alerte${total > 1 ? 's' : ''} (${joinList(kinds, lang)}). Les plus urgentes :`,
    ar: `عدد التنبيهات ${n(total)} (${joinList(kinds, lang)}). الأكثر استعجالا:`,
    en: `${n(total)} alert${total === 1 ? '' : 's'} (${joinList(kinds, lang)}). Most urgent:`,
  });
  const shown = d.alerts.slice(0, SHOWN);
  return [head, bullets(shown.map((a) => findingLine(a, lang))), moreLine(total, shown.length, lang)].filter(Boolean).join('\n');
}
