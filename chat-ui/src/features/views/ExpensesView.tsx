import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPENSE_TOTALS, ExpensePageResponse, formatDate, formatMoney, say } from '@tajer/contract';
import { useLang } from '../../i18n';
import { useApi } from './useApi';
import { askInChat, PeriodSelect, ViewFrame } from './ViewFrame';

/**
 * The expense ledger (owner only, like GET /api/expenses and the expenses_list tool). Its total counts every payment,
 * goods bought for resale included; the dashboard's « dépenses » are the operating ones. Both are shown, named.
 */
export default function ExpensesView() {
  const { t } = useTranslation();
  const lang = useLang();
  const [period, setPeriod] = useState('month');
  // Parsed with the contract's schema of GET /api/expenses (the one the API documents and its tests check).
  const expenses = useApi('/api/expenses', { period }, ExpensePageResponse);
  const items = expenses.data?.items ?? [];
  const totals = expenses.data?.totals;
  const figures = totals
    ? ([
        ['all', totals.grandTotal],
        ['goods', totals.goodsPurchases],
        ['operating', totals.operating],
      ] as const)
    : [];

  return (
    <ViewFrame
      title={t('nav.expenses')}
      testId="expenses-view"
      loading={expenses.loading}
      error={expenses.error}
      onRetry={expenses.reload}
      actions={
        <>
          <PeriodSelect value={period} onChange={setPeriod} />
          <button type="button" className="btn" onClick={() => askInChat(t('views.askExpenses'))}>
            {t('views.askInChat')}
          </button>
        </>
      }
    >
      {/* Totals only from a real answer: an error shows the error, never « Total : 0 DA ». */}
      {totals && (
        <ul className="kpis" data-testid="expenses-totals">
          {figures.map(([kind, value]) => (
            <li key={kind} className="kpi" data-kpi={kind} title={say(lang, EXPENSE_TOTALS[kind].hint)}>
              <span className="kpi__label">{say(lang, EXPENSE_TOTALS[kind].label)}</span>
              <strong className="kpi__value" data-testid={kind === 'all' ? 'expenses-total' : `expenses-${kind}`}>
                <bdi>{formatMoney(value, lang)}</bdi>
              </strong>
              <span className="kpi__hint">{say(lang, EXPENSE_TOTALS[kind].hint)}</span>
            </li>
          ))}
        </ul>
      )}
      {items.length ? (
        <div className="table-wrap">
          <table className="data-table data-table--stack" data-testid="expenses-table">
            <thead>
              <tr>
                <th scope="col">{t('fields.date')}</th>
                <th scope="col">{t('fields.merchant')}</th>
                <th scope="col">{t('fields.category')}</th>
                <th scope="col" className="num">
                  {t('fields.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} data-testid="expense-row">
                  <td data-label={t('fields.date')}>{formatDate(e.date, lang)}</td>
                  {/* The merchant heads its row (and its card on a phone). */}
                  <th scope="row" dir="auto">
                    {e.merchant ?? e.description ?? '—'}
                  </th>
                  <td data-label={t('fields.category')}>{e.categoryLabel[lang]}</td>
                  <td className="num" data-label={t('fields.amount')}>
                    <bdi>{formatMoney(e.amount, lang, { exact: true })}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        totals && !expenses.loading && <p className="muted">{t('expenses.none')}</p>
      )}
    </ViewFrame>
  );
}
