import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { CampaignListResponse, formatMoney, formatNumber, formatPercent } from '@tajer/contract';
import { useApi } from './useApi';
import { PostGenerator } from './PostGenerator';
import { askInChat, ViewFrame } from './ViewFrame';

export default function MarketingView() {
  const { t } = useTranslation();
  const lang = useLang();
  const campaigns = useApi('/api/campaigns', undefined, CampaignListResponse);
  const items = campaigns.data?.campaigns ?? [];
  const percent = (v: number | null) => (v === null ? '—' : formatPercent(v, lang));

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
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row" dir="auto">
                    {c.name}
                  </th>
                  <td data-label={t('marketing.status')}>{t(`marketing.statuses.${c.status}`)}</td>
                  <td className="num" data-label={t('marketing.impressions')}>
                    {formatNumber(c.impressions, lang, 0)}
                  </td>
                  <td className="num" data-label={t('marketing.ctr')}>
                    {percent(c.ctr)}
                  </td>
                  <td className="num" data-label={t('marketing.conversions')}>
                    {formatNumber(c.conversions, lang, 0)}
                  </td>
                  <td className="num" data-label={t('marketing.cost')}>
                    {formatMoney(c.cost, lang, { exact: true })}
                  </td>
                  {/* The API gives the ROI in percent beside the ratio (4.211 = 421.1 %). */}
                  <td className="num" data-label={t('marketing.roi')}>
                    {percent(c.roiPercent)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        !campaigns.loading && <p className="muted">{t('marketing.noCampaigns')}</p>
      )}
    </ViewFrame>
  );
}
