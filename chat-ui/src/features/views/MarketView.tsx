import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { z } from 'zod';
import { ProductRefSchema } from '@tajer/contract';
import { CompetitorsCard, priceComparisons } from '../chat/tool-cards/CompetitorsCard';
import { useApi } from './useApi';
import { askInChat, ViewFrame } from './ViewFrame';

/** GET /api/market/competitors: the comparison `market_competitors` is made from, products named by the contract's ref. */
const RestComparison = z.object({
  products: z.array(
    z.object({
      product: ProductRefSchema,
      ourPrice: z.number(),
      competitorAverage: z.number(),
      priceIndex: z.number(),
      position: z.string(),
      competitors: z.array(z.object({ name: z.string(), location: z.string().nullable(), price: z.number() })),
    }),
  ),
});

export default function MarketView() {
  const { t } = useTranslation();
  const lang = useLang();
  const competitors = useApi<unknown>('/api/market/competitors');
  const rest = competitors.data ? RestComparison.safeParse(competitors.data) : null;
  const products = rest?.success ? rest.data.products : null;
  const parsed = products?.length ? priceComparisons(products, lang) : null;
  return (
    <ViewFrame
      title={t('nav.market')}
      testId="market-view"
      loading={competitors.loading}
      error={competitors.error}
      onRetry={competitors.reload}
      actions={
        <>
          <button type="button" className="btn" onClick={() => askInChat(t('views.askTrends'))}>
            {t('views.trends')}
          </button>
          <button type="button" className="btn" onClick={() => askInChat(t('views.askReport'))}>
            {t('views.report')}
          </button>
        </>
      }
    >
      {parsed ? (
        <CompetitorsCard data={parsed} />
      ) : (
        !competitors.loading && !competitors.error && <p className="muted">{t('views.noData')}</p>
      )}
    </ViewFrame>
  );
}
