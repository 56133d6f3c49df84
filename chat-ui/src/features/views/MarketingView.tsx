import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatMoney, formatNumber, formatPercent } from '@tajer/contract';
import { num, rows, str } from './rest-shape';
import { useApi } from './useApi';
import { PostGenerator } from './PostGenerator';
import { askInChat, ViewFrame } from './ViewFrame';

export default function MarketingView() {
  const { t } = useTranslation();
  const lang = useLang();
  const campaigns = useApi<unknown>('/api/campaigns');
  const items = rows(campaigns.data, 'items', 'campaigns') ?? [];
  const percent = (v: number | undefined) => (v === undefined ? '—' : formatPercent(v, lang));

  return (
    <ViewFrame
      title={t('nav.marketing')}
      testId="marketing-view"
      loading={campaigns.loading}
      error={campaigns.error}
      onRetry={campaigns.reload}
    >
      <PostGenerator />
      <p>
        <button type="button" className="btn" onClick={() => askInChat(t('marketing.askAudience'))}>
          {t('marketing.audience')}
        </button>
      </p>
      <h2>{t('marketing.campaigns')}</h2>
      {items.length ? (
        <div className="table-wrap">
          <table className="data-table data-table--stack" data-testid="campaigns-table">
            <thead>
              <tr>
                <th scope="col">{t('marketing.name')}</th>
                <th scope="col">{t('marketing.status')}</th>
                <th scope="col" className="num">
                  {t('marketing.impressions')}
                </th>
                <th scope="col" className="num">
                  {t('marketing.ctr')}
                </th>
                <th scope="col" className="num">
                  {t('marketing.conversions')}
                </th>
                <th scope="col" className="num">
                  {t('marketing.cost')}
                </th>
                <th scope="col" className="num">
                  {t('marketing.roi')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c, i) => {
                const impressions = num(c, 'impressions');
                const clicks = num(c, 'clicks');
                // The API gives CTR and ROI in percent (roi alone is a ratio).
                const ctr = num(c, 'ctr') ?? (impressions && clicks !== undefined ? (clicks / impressions) * 100 : undefined);
                const roi = num(c, 'roiPercent') ?? (num(c, 'roi') !== undefined ? num(c, 'roi')! * 100 : undefined);
                const status = str(c, 'status');
                const cost = num(c, 'cost', 'spend', 'budget');
                return (
                  <tr key={str(c, 'id') ?? i}>
                    <th scope="row" dir="auto">
                      {str(c, 'name', 'title') ?? '—'}
                    </th>
                    <td data-label={t('marketing.status')}>{status ? t(`marketing.statuses.${status}`, { defaultValue: status }) : '—'}</td>
                    <td className="num" data-label={t('marketing.impressions')}>
                      {impressions !== undefined ? formatNumber(impressions, lang, 0) : '—'}
                    </td>
                    <td className="num" data-label={t('marketing.ctr')}>
                      {percent(ctr)}
                    </td>
                    <td className="num" data-label={t('marketing.conversions')}>
                      {num(c, 'conversions') !== undefined ? formatNumber(num(c, 'conversions')!, lang, 0) : '—'}
                    </td>
                    <td className="num" data-label={t('marketing.cost')}>
                      {cost !== undefined ? formatMoney(cost, lang, { exact: true }) : '—'}
                    </td>
                    <td className="num" data-label={t('marketing.roi')}>
                      {percent(roi)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        !campaigns.loading && <p className="muted">{t('marketing.noCampaigns')}</p>
      )}
    </ViewFrame>
  );
}
