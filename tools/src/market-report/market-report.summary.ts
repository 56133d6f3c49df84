import { bullets, changeNote, colon, formatMoney, say } from '../format';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { MarketReportResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `MarketReportResult`. */
export type MarketReportData = MarketReportResult;

const SHOWN = 3;

export function summarizeMarketReport(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const r = result.data as MarketReportData;
  const c = colon(lang);
  const money = (n: number) => formatMoney(n, lang, { currency: r.currency });
  const f = r.figures;
  const head = say(lang, {
    fr: `Votre rapport **${r.title}** est prêt (${r.periodLabel}). En bref :`,
    ar: `تقريرك **${r.title}** جاهز (${r.periodLabel}). باختصار:`,
    en: `Your report **${r.title}** is ready (${r.periodLabel}). In short:`,
  });
  const lines: string[] = [];
  if (f.revenue !== null)
    lines.push(
      `${say(lang, { fr: "Chiffre d'affaires", ar: 'رقم الأعمال', en: 'Revenue' })}${c}**${money(f.revenue)}**${changeNote(f.revenueChangePct, lang)}`,
    );
  if (f.grossMargin !== null)
    lines.push(`${say(lang, { fr: 'Marge brute', ar: 'الهامش الإجمالي', en: 'Gross margin' })}${c}${money(f.grossMargin)}`);
  if (f.netResult !== null)
    lines.push(`${say(lang, { fr: 'Résultat net', ar: 'النتيجة الصافية', en: 'Net result' })}${c}${money(f.netResult)}`);
  const parts = [head, bullets(lines)];
  const recs = r.recommendations.slice(0, SHOWN);
  if (recs.length)
    parts.push(`${say(lang, { fr: 'Recommandations', ar: 'التوصيات', en: 'Recommendations' })}${c.trimEnd()}\n${bullets(recs)}`);
  parts.push(`📄 [${say(lang, { fr: 'Télécharger le PDF', ar: 'تحميل ملف PDF', en: 'Download the PDF' })}](${r.pdfUrl})`);
  return parts.filter(Boolean).join('\n');
}
