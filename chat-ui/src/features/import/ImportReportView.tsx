import { useTranslation } from 'react-i18next';
import type { Lang } from '@tajer/contract';
import { useLang } from '../../i18n';
import { formatMoney, formatNumber } from '@tajer/contract';
import type { ImportReport, ImportRowError } from './import-report';

/** Prices exactly as they will be stored ("1 250,50 DA", never rounded to "1 251 DA" as summaries do). */
const exactMoney = (v: number, lang: Lang) => formatMoney(v, lang, { exact: true });

const nameIn = (n: { fr: string | null; ar: string | null; en: string | null }, lang: Lang) =>
  (lang === 'ar' ? (n.ar ?? n.fr) : lang === 'en' ? (n.en ?? n.fr) : n.fr) ?? n.ar ?? '—';

/** A row error in the user's language when its code is known, the API's (English) message otherwise. */
function useErrorText() {
  const { t, i18n } = useTranslation();
  return (e: ImportRowError) => {
    const key = `import.errors.${e.code}`;
    return e.code && i18n.exists(key) ? t(key, { ...e.params }) : e.message;
  };
}

/** What the server understood of the file: columns, first rows, counts and every error. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const lang = useLang();
  const errorText = useErrorText();
  const money = (v: number | null) => (v === null ? '—' : exactMoney(v, lang));
  // Points from the file's header to what it means, whichever way the page reads.
  const arrow = lang === 'ar' ? '←' : '→';
  const c = report.counts;
  return (
    <div className="import-report" data-testid="import-report">
      <p className="import-counts" data-testid="import-counts">
        {t('import.counts', {
          rows: formatNumber(c.rows, lang),
          created: formatNumber(c.created, lang),
          updated: formatNumber(c.updated, lang),
          unchanged: formatNumber(c.unchanged, lang),
          invalid: formatNumber(c.invalid, lang),
        })}
      </p>

      <h2>{t('import.columnsTitle')}</h2>
      <ul className="import-columns" data-testid="import-columns">
        {report.columns.map((col) => (
          <li key={col.index} className={col.field ? 'chip chip--on' : 'chip chip--off'} data-field={col.field ?? ''}>
            <bdi dir="auto">{col.header || '—'}</bdi> {arrow} {col.field ? t(`import.fields.${col.field}`) : t('import.ignored')}
          </li>
        ))}
      </ul>

      <h2>{t('import.previewTitle', { n: report.preview.length })}</h2>
      {/* On a phone each row becomes a small card (data-table--stack): five columns did not fit 390 px and cut the stock off. */}
      <div className="table-wrap">
        <table className="data-table data-table--stack" data-testid="import-preview">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.row')}
              </th>
              <th scope="col">{t('inventory.product')}</th>
              <th scope="col" className="num">
                {t('inventory.price')}
              </th>
              <th scope="col" className="num">
                {t('import.cost')}
              </th>
              <th scope="col" className="num">
                {t('inventory.stock')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.preview.map((r) => (
              <tr key={r.row} className={r.action === 'invalid' ? 'row--low' : undefined}>
                <td className="num" data-label={t('import.row')}>
                  {r.row}
                </td>
                <th scope="row">
                  <bdi dir="auto">{nameIn(r.names, lang)}</bdi>
                  {r.sku && <span className="muted"> · {r.sku}</span>}{' '}
                  <span className={`badge badge--${r.action}`}>{t(`import.actions.${r.action}`)}</span>
                </th>
                <td className="num" data-label={t('inventory.price')}>
                  {money(r.price)}
                </td>
                <td className="num" data-label={t('import.cost')}>
                  {r.cost === null && r.action !== 'invalid' ? <span className="muted">{t('import.costUnknown')}</span> : money(r.cost)}
                </td>
                <td className="num" data-label={t('inventory.stock')}>
                  {r.stockBefore !== undefined && (
                    <span className="muted">
                      {formatNumber(r.stockBefore, lang)} {arrow}{' '}
                    </span>
                  )}
                  {r.stock === null ? '—' : formatNumber(r.stock, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {report.errorCount > 0 && (
        <section className="import-errors" aria-labelledby="import-errors-title" data-testid="import-errors">
          <h2 id="import-errors-title">{t('import.errorsTitle', { n: report.errorCount })}</h2>
          <ul>
            {report.errors.map((e, i) => (
              <li key={`${e.row}-${i}`}>
                <strong>{t('import.rowLabel', { row: e.row })}</strong>
                {e.column && (
                  <>
                    {' · '}
                    <bdi dir="auto">{e.column}</bdi>
                  </>
                )}
                {lang === 'fr' ? ' : ' : ': '}
                <bdi dir="auto">{errorText(e)}</bdi>
              </li>
            ))}
          </ul>
          {report.errorCount > report.errors.length && (
            <p className="muted">{t('import.moreErrors', { count: report.errorCount - report.errors.length })}</p>
          )}
        </section>
      )}
    </div>
  );
}
