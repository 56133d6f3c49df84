import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import {
  can,
  formatDate,
  formatMoney,
  formatNumber,
  formatTime,
  isPaymentMethod,
  parseTypedAmount,
  PAYMENT_METHOD_TITLE,
  PERIOD_LABEL,
} from '@tajer/contract';
import { api } from '../../lib/http';
import { useApi } from '../views/useApi';
import { ViewFrame } from '../views/ViewFrame';
import { useSession } from '../auth/session-store';
import { CancelSale } from './CancelSale';
import { SaleForm } from './SaleForm';
import { pickedDay, salesDayQuery, type SalesDay } from './sales-day';
import type { SalesPage as Page, SaleView } from './sales-types';
import './sales.css';

/**
 * Record a sale, declare the day's takings, and see a day's sales (today by default, or an earlier day to take back
 * what a customer returns): the shop's counter without a till.
 */
export default function SalesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const mayRefund = can(useSession()?.user.role, 'sales.refund');
  const [day, setDay] = useState<SalesDay>('today');
  const today = useApi<Page>('/api/sales', { ...salesDayQuery(day), includeLines: false, pageSize: 50 });
  const [last, setLast] = useState<SaleView | null>(null);
  const [amount, setAmount] = useState('');
  const [declared, setDeclared] = useState<SaleView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);

  const recorded = (sale: SaleView) => {
    setLast(sale);
    // A new sale is today's: show it, whichever day was on screen.
    if (day === 'today') today.reload();
    else setDay('today');
  };
  const declare = async (e: FormEvent) => {
    e.preventDefault();
    // « 45.000 » is forty-five thousand, as the app writes it in Arabic (Number() made it 45): the contract's one reading.
    const value = parseTypedAmount(amount);
    setError(null);
    setInvalid(value === null ? amount.trim() : null);
    if (value === null) return;
    try {
      const res = await api<{ sale: SaleView }>('/api/sales/daily-total', {
        method: 'POST',
        body: { amount: Math.round(value * 100) / 100 },
      });
      setDeclared(res.sale);
      setAmount('');
      today.reload();
    } catch {
      setError('sales.failed');
    }
  };

  const totals = today.data?.totals;
  return (
    <ViewFrame title={t('sales.title')} testId="sales-page" error={today.error} onRetry={today.reload}>
      <section aria-labelledby="sale-new">
        <h2 id="sale-new">{t('sales.newSale')}</h2>
        <SaleForm onRecorded={recorded} />
        {last && (
          <div className="alert alert--ok" role="status" data-testid="sale-recorded">
            <p>{last.summary[lang]}</p>
            {last.warnings.map((w, i) => (
              <p key={i} className="muted">
                {w.message[lang]}
              </p>
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="sale-daily">
        <h2 id="sale-daily">{t('sales.dailyTitle')}</h2>
        <p className="muted">{t('sales.dailyHelp')}</p>
        <form className="inline-form" onSubmit={declare}>
          <input
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            placeholder={formatNumber(45000, lang)}
            aria-label={t('sales.dailyAmount')}
            data-testid="daily-amount"
          />
          <button type="submit" className="btn" disabled={!amount.trim()} data-testid="daily-submit">
            {t('sales.dailySubmit')}
          </button>
        </form>
        {declared && (
          <p className="alert alert--ok" role="status" data-testid="daily-recorded">
            {declared.summary[lang]}
          </p>
        )}
        {error && (
          <p className="alert alert--error" role="alert">
            {t(error)}
          </p>
        )}
        {invalid !== null && (
          <p className="alert alert--error" role="alert" data-testid="daily-invalid">
            {t('sales.invalidAmount', { amount: invalid })}
          </p>
        )}
      </section>

      <section aria-labelledby="sale-today">
        <h2 id="sale-today">
          {day === 'today' ? t('sales.today') : day === 'yesterday' ? PERIOD_LABEL.yesterday[lang] : formatDate(day, lang)}
        </h2>
        <div className="day-pick" role="group" aria-label={t('sales.dayPick')}>
          {(['today', 'yesterday'] as const).map((d) => (
            <button
              key={d}
              type="button"
              className="btn btn--ghost btn--small"
              aria-pressed={day === d}
              onClick={() => setDay(d)}
              data-testid={`sales-day-${d}`}
            >
              {PERIOD_LABEL[d][lang]}
            </button>
          ))}
          <label className="inline-field">
            <span>{t('sales.otherDay')}</span>
            <input
              type="date"
              value={day === 'today' || day === 'yesterday' ? '' : day}
              onChange={(e) => setDay(pickedDay(e.target.value))}
              data-testid="sales-day-date"
            />
          </label>
        </div>
        {totals && (
          <p data-testid="sales-today-total">
            {t('sales.todayTotals', { revenue: formatMoney(totals.revenue, lang), count: totals.salesCount })}
            {totals.revenueWithoutMargin > 0 && (
              <span className="muted"> {t('sales.withoutMargin', { amount: formatMoney(totals.revenueWithoutMargin, lang) })}</span>
            )}
          </p>
        )}
        {today.data && !today.data.items.length && <p className="muted">{t(day === 'today' ? 'sales.none' : 'sales.noneThatDay')}</p>}
        <ul className="sales-list" data-testid="sales-today">
          {today.data?.items.map((s) => (
            <li key={s.id}>
              {/* A day's takings have no time of day (stored at the day's start) and no payment method of their own. */}
              {s.kind !== 'daily_total' && <span className="muted">{formatTime(s.soldAt, lang)}</span>}
              <span className={`badge badge--${s.kind}`}>{t(`sales.kinds.${s.kind}`)}</span>
              <strong className="num">{formatMoney(s.kind === 'daily_total' ? (s.declaredTotal ?? s.total) : s.total, lang)}</strong>
              {s.kind !== 'daily_total' && (
                <span>{isPaymentMethod(s.paymentMethod) ? PAYMENT_METHOD_TITLE[s.paymentMethod][lang] : s.paymentMethod}</span>
              )}
              {s.customer && <bdi dir="auto">{s.customer.name}</bdi>}
              {s.kind === 'sale' && mayRefund && <CancelSale sale={s} onCancelled={today.reload} />}
            </li>
          ))}
        </ul>
      </section>
    </ViewFrame>
  );
}
