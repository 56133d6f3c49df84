import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { formatDate, formatMoney } from '@tajer/contract';
import { isObj, num, rows, str, text } from '../chat/tool-cards/shape';
import { useApi } from './useApi';
import { askInChat, PeriodSelect, ViewFrame } from './ViewFrame';

export default function ExpensesView() {
  const { t } = useTranslation();
  const lang = useLang();
  const [period, setPeriod] = useState('month');
  const expenses = useApi<unknown>('/api/expenses', { period });
  const items = rows(expenses.data, 'items', 'expenses') ?? [];
  const totals = isObj(expenses.data) ? ([expenses.data.totals].find(isObj) ?? expenses.data) : undefined;
  const total = (totals ? num(totals, 'grandTotal', 'totalAmount', 'sum') : undefined) ?? items.reduce((s, e) => s + (num(e, 'amount', 'total') ?? 0), 0);

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
      <p className="total">
        {t('expenses.total')}: <strong data-testid="expenses-total">{formatMoney(total, lang)}</strong>
      </p>
      {items.length ? (
        <div className="table-wrap">
          <table className="data-table" data-testid="expenses-table">
            <thead>
              <tr>
                <th scope="col">{t('fields.date')}</th>
                <th scope="col">{t('fields.merchant')}</th>
                <th scope="col">{t('fields.category')}</th>
                <th scope="col" className="num">{t('fields.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e, i) => {
                const date = str(e, 'date', 'spentAt', 'createdAt');
                const amount = num(e, 'amount', 'total');
                return (
                  <tr key={str(e, 'id') ?? i} data-testid="expense-row">
                    <td>{date ? formatDate(date, lang) : '—'}</td>
                    <td dir="auto">{str(e, 'merchant', 'vendor', 'description') ?? '—'}</td>
                    <td>{text(e, lang, 'categoryLabel', 'category') ?? '—'}</td>
                    <td className="num">{amount !== undefined ? formatMoney(amount, lang) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        !expenses.loading && <p className="muted">{t('expenses.none')}</p>
      )}
    </ViewFrame>
  );
}
