import { bullets, colon, formatMoney, formatNumber, quote, say } from '../format';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import { productName, type MarketCompetitorsResult, type PricePosition, type ProductRef } from '@tajer/contract';

type Position = PricePosition;

/** The tool's `data`: its schema is the contract's `MarketCompetitorsResult`. */
export type MarketCompetitorsData = MarketCompetitorsResult;

const TOP = 3;
/** Up to this many products, each is shown with its own comparison. */
const DETAILED = 4;

const index = (n: number, lang: Lang) => formatNumber(n, lang, 1);

function positionWords(position: string, lang: Lang): string {
  if (position === 'cheaper') return say(lang, { fr: 'vous êtes moins cher', ar: 'أنت أرخص', en: 'you are cheaper' });
  if (position === 'dearer') return say(lang, { fr: 'vous êtes plus cher', ar: 'أنت أغلى', en: 'you are dearer' });
  return say(lang, { fr: 'vous êtes aligné', ar: 'سعرك مماثل', en: 'you are in line' });
}

export function summarizeMarketCompetitors(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as MarketCompetitorsData;
  const money = (n: number) => formatMoney(n, lang, { currency: d.currency });
  const c = colon(lang);
  const name = (p: ProductRef) => productName(p, lang);
  if (!d.products.length) {
    return d.query
      ? say(lang, {
          fr: `Aucun prix concurrent n'est enregistré pour ${quote(d.query, lang)}.`,
          ar: `لا توجد أسعار منافسين مسجلة لـ${quote(d.query, lang)}.`,
          en: `No competitor prices are recorded for ${quote(d.query, lang)}.`,
        })
      : say(lang, {
          fr: "Aucun prix concurrent n'est encore enregistré.",
          ar: 'لا توجد أسعار منافسين مسجلة بعد.',
          en: 'No competitor prices are recorded yet.',
        });
  }
  if (d.products.length === 1) {
    const p = d.products[0];
    const head = say(lang, {
      fr: `**${name(p.product)}** : votre prix **${money(p.ourPrice)}**, moyenne des concurrents ${money(p.competitorAverage)} (indice ${index(p.priceIndex, lang)} : ${positionWords(p.position, lang)}). Prix relevés :`,
      ar: `**${name(p.product)}**: سعرك **${money(p.ourPrice)}**، ومتوسط المنافسين ${money(p.competitorAverage)} (مؤشر ${index(p.priceIndex, lang)}: ${positionWords(p.position, lang)}). الأسعار المسجلة:`,
      en: `**${name(p.product)}**: your price **${money(p.ourPrice)}**, competitors' average ${money(p.competitorAverage)} (index ${index(p.priceIndex, lang)}: ${positionWords(p.position, lang)}). Prices seen:`,
    });
    const lines = p.competitors.map((q) => `${q.name}${q.location ? ` (${q.location})` : ''}${c}${money(q.price)}`);
    return `${head}\n${bullets(lines)}`;
  }
  const row = (p: Position) =>
    `${name(p.product)}${c}${money(p.ourPrice)} ${say(lang, { fr: 'contre', ar: 'مقابل', en: 'vs' })} ${money(p.competitorAverage)} (${say(lang, { fr: 'indice', ar: 'مؤشر', en: 'index' })} ${index(p.priceIndex, lang)})`;
  if (d.query && d.products.length <= DETAILED) {
    const head = say(lang, {
      fr: `Vos prix face aux concurrents pour ${quote(d.query, lang)} (100 = moyenne des concurrents) :`,
      ar: `أسعارك مقارنة بالمنافسين لـ${quote(d.query, lang)} (100 = متوسط المنافسين):`,
      en: `Your prices against competitors for ${quote(d.query, lang)} (100 = competitors' average):`,
    });
    return `${head}\n${bullets(d.products.map(row))}`;
  }
  const s = d.summary;
  const n = (x: number) => formatNumber(x, lang);
  const avg = s.averagePriceIndex === null ? '' : index(s.averagePriceIndex, lang);
  const parts = [
    say(lang, {
      fr: `${n(s.productsCompared)} produits comparés : moins chers que la concurrence sur ${n(s.cheaperCount)}, plus chers sur ${n(s.dearerCount)}, alignés sur ${n(s.alignedCount)}.${avg ? ` Indice de prix moyen ${avg} (100 = moyenne des concurrents).` : ''}`,
      ar: `عدد المنتجات المقارنة: ${n(s.productsCompared)}. أرخص من المنافسين في ${n(s.cheaperCount)}، أغلى في ${n(s.dearerCount)}، ومماثلة في ${n(s.alignedCount)}.${avg ? ` متوسط مؤشر الأسعار ${avg} (100 = متوسط المنافسين).` : ''}`,
      en: `${n(s.productsCompared)} products compared: cheaper than competitors on ${n(s.cheaperCount)}, dearer on ${n(s.dearerCount)}, in line on ${n(s.alignedCount)}.${avg ? ` Average price index ${avg} (100 = competitors' average).` : ''}`,
    }),
  ];
  if (d.dearer.length)
    parts.push(
      `${say(lang, { fr: 'Là où vous êtes le plus cher', ar: 'حيث أنت الأغلى', en: 'Where you are dearest' })}${c.trimEnd()}\n${bullets(d.dearer.slice(0, TOP).map(row))}`,
    );
  if (d.cheaper.length)
    parts.push(
      `${say(lang, { fr: 'Là où vous êtes le moins cher', ar: 'حيث أنت الأرخص', en: 'Where you are cheapest' })}${c.trimEnd()}\n${bullets(d.cheaper.slice(0, TOP).map(row))}`,
    );
  return parts.join('\n');
}
