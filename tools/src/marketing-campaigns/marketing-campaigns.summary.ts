import { bullets, colon, comma, formatMoney, formatNumber, formatPercent, joinList, moreLine, quote, say, type Localized } from '../format';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { CampaignView, MarketingCampaignsResult } from '@tajer/contract';

export type { CampaignView } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `MarketingCampaignsResult`. */
export type CampaignsData = MarketingCampaignsResult;

const SHOWN = 5;

const STATUS: Record<string, Localized> = {
  draft: { fr: 'brouillon', ar: 'مسودة', en: 'draft' },
  active: { fr: 'active', ar: 'نشطة', en: 'active' },
  paused: { fr: 'en pause', ar: 'متوقفة مؤقتا', en: 'paused' },
  completed: { fr: 'terminée', ar: 'منتهية', en: 'completed' },
};

export function summarizeCampaigns(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as CampaignsData;
  const n = (x: number) => formatNumber(x, lang);
  const money = (x: number) => formatMoney(x, lang, { currency: d.currency });
  const c = colon(lang);
  const statusWord = (s: string) => (STATUS[s] ? say(lang, STATUS[s]) : s);
  if (!d.campaigns.length) {
    return d.status
      ? say(lang, {
          fr: `Aucune campagne ${statusWord(d.status)}.`,
          ar: `لا توجد حملات ${statusWord(d.status)}.`,
          en: `No ${statusWord(d.status)} campaigns.`,
        })
      : say(lang, {
          fr: "Vous n'avez encore aucune campagne marketing.",
          ar: 'ليست لديك أي حملة تسويقية بعد.',
          en: "You don't have any marketing campaigns yet.",
        });
  }
  const t = d.totals;
  const roi =
    t.roiPercent === null
      ? ''
      : say(lang, {
          fr: `, retour sur investissement ${formatPercent(t.roiPercent, lang, { signed: true })}`,
          ar: `، العائد على الاستثمار ${formatPercent(t.roiPercent, lang, { signed: true })}`,
          en: `, return on investment ${formatPercent(t.roiPercent, lang, { signed: true })}`,
        });
  const head = say(lang, {
    fr: `${n(t.campaigns)} campagne${t.campaigns > 1 ? 's' : ''} (${n(t.active)} active${t.active > 1 ? 's' : ''}) : ${money(t.cost)} dépensés, ${money(t.revenue)} de ventes attribuées, ${n(t.conversions)} conversions${roi}.`,
    ar: `عدد الحملات: ${n(t.campaigns)} (منها ${n(t.active)} نشطة): أُنفق ${money(t.cost)}، والمبيعات المنسوبة ${money(t.revenue)}، وعدد التحويلات ${n(t.conversions)}${roi}.`,
    en: `${n(t.campaigns)} campaign${t.campaigns === 1 ? '' : 's'} (${n(t.active)} active): ${money(t.cost)} spent, ${money(t.revenue)} in attributed sales, ${n(t.conversions)} conversions${roi}.`,
  });
  const sep = comma(lang);
  const line = (x: CampaignView) => {
    const figures = [
      lang === 'ar' ? `المشاهدات ${n(x.impressions)}` : `${n(x.impressions)} ${say(lang, { fr: 'vues', ar: '', en: 'views' })}`,
      ...(x.ctr === null ? [] : [`CTR ${formatPercent(x.ctr, lang)}`]),
      lang === 'ar' ? `التحويلات ${n(x.conversions)}` : `${n(x.conversions)} conversions`,
      `${say(lang, { fr: 'coût', ar: 'التكلفة', en: 'cost' })} ${money(x.cost)}`,
      ...(x.roiPercent === null ? [] : [`ROI ${formatPercent(x.roiPercent, lang, { signed: true })}`]),
    ];
    return `**${x.name}** (${x.channel}${sep}${statusWord(x.status)})${c}${figures.join(sep)}`;
  };
  const shown = d.campaigns.slice(0, SHOWN);
  const parts = [head, bullets(shown.map(line))];
  const more = moreLine(d.campaigns.length, shown.length, lang);
  if (more) parts.push(more);
  if (t.behindTarget.length) {
    const names = joinList(
      t.behindTarget.map((x) => quote(x, lang)),
      lang,
    );
    parts.push(
      say(lang, {
        fr: `⚠️ En retard sur leur objectif : ${names}.`,
        ar: `⚠️ متأخرة عن هدفها: ${names}.`,
        en: `⚠️ Behind target: ${names}.`,
      }),
    );
  }
  return parts.join('\n');
}
