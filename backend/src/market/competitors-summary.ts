import { formatMoney, formatNumber, productName } from '@tajer/contract';
import type { Localized } from '../common/localisation/localized';
import { messages } from '../common/localisation/messages';
import type { CompetitorComparison } from './market-competitors.service';

/** The price comparison in one paragraph per language. */
export function competitorsSummary(c: CompetitorComparison): Localized {
  const s = c.summary;
  if (!s.productsCompared) return messages('market.competitors.none');
  const single = c.products.length === 1 ? c.products[0] : null;
  if (single) {
    const lowest = single.competitors[0];
    return messages('market.competitors.single', (l) => ({
      product: productName(single.product, l),
      ourPrice: formatMoney(single.ourPrice, l),
      average: formatMoney(single.competitorAverage, l),
      index: formatNumber(single.priceIndex, l, 1),
      lowest: lowest.name,
      lowestPrice: formatMoney(lowest.price, l),
    }));
  }
  const dearest = c.dearer[0];
  return messages('market.competitors.many', (l) => ({
    count: s.productsCompared,
    cheaper: s.cheaperCount,
    dearer: s.dearerCount,
    aligned: s.alignedCount,
    index: formatNumber(s.averagePriceIndex ?? 100, l, 1),
    hasDearest: dearest ? 'yes' : 'no',
    dearest: dearest ? productName(dearest.product, l) : '',
    dearestIndex: dearest ? formatNumber(dearest.priceIndex, l, 1) : '',
  }));
}
