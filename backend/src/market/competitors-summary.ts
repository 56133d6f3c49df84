import { formatMoney, formatNumber } from '@tajer/contract';
import { localize, type Localized } from '../common/localisation/localized';
import type { CompetitorComparison } from './market-competitors.service';

/** The price comparison in one paragraph per language. */
export function competitorsSummary(c: CompetitorComparison): Localized {
  const s = c.summary;
  const single = c.products.length === 1 ? c.products[0] : null;
  return localize((l) => {
    if (!s.productsCompared)
      return l === 'fr'
        ? 'Aucun prix concurrent enregistré pour ces produits.'
        : l === 'ar'
          ? 'لا توجد أسعار منافسين مسجلة لهذه المنتجات.'
          : 'No competitor prices recorded for these products.';
    if (single) {
      const lowest = single.competitors[0];
      if (l === 'fr')
        return `${single.product.name.fr} : notre prix ${formatMoney(single.ourPrice, l)}, moyenne des concurrents ${formatMoney(single.competitorAverage, l)} (indice ${formatNumber(single.priceIndex, l, 1)}) ; le moins cher est ${lowest.name} à ${formatMoney(lowest.price, l)}.`;
      if (l === 'ar')
        return `${single.product.name.ar}: سعرنا ${formatMoney(single.ourPrice, l)}، ومتوسط المنافسين ${formatMoney(single.competitorAverage, l)} (مؤشر ${formatNumber(single.priceIndex, l, 1)})؛ الأرخص هو ${lowest.name} بسعر ${formatMoney(lowest.price, l)}.`;
      return `${single.product.name.en}: our price ${formatMoney(single.ourPrice, l)}, competitors' average ${formatMoney(single.competitorAverage, l)} (index ${formatNumber(single.priceIndex, l, 1)}); cheapest is ${lowest.name} at ${formatMoney(lowest.price, l)}.`;
    }
    const index = formatNumber(s.averagePriceIndex ?? 100, l, 1);
    const dearest = c.dearer[0];
    if (l === 'fr')
      return `${s.productsCompared} produits comparés : moins chers que la concurrence sur ${s.cheaperCount}, plus chers sur ${s.dearerCount}, alignés sur ${s.alignedCount}. Indice de prix moyen ${index} (100 = moyenne des concurrents).${dearest ? ` Plus gros écart : ${dearest.product.name.fr} (indice ${formatNumber(dearest.priceIndex, l, 1)}).` : ''}`;
    if (l === 'ar')
      return `تمت مقارنة ${s.productsCompared} منتجا: أرخص من المنافسين في ${s.cheaperCount}، أغلى في ${s.dearerCount}، ومتساوية في ${s.alignedCount}. متوسط مؤشر الأسعار ${index} (100 = متوسط المنافسين).${dearest ? ` أكبر فرق: ${dearest.product.name.ar} (مؤشر ${formatNumber(dearest.priceIndex, l, 1)}).` : ''}`;
    return `${s.productsCompared} products compared: cheaper than competitors on ${s.cheaperCount}, dearer on ${s.dearerCount}, aligned on ${s.alignedCount}. Average price index ${index} (100 = competitors' average).${dearest ? ` Biggest gap: ${dearest.product.name.en} (index ${formatNumber(dearest.priceIndex, l, 1)}).` : ''}`;
  });
}
