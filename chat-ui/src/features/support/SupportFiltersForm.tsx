import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportFilters } from './support.api';

interface Props {
  value: SupportFilters;
  allTenants: boolean;
  onApply: (f: SupportFilters) => void;
}

/** Applied on submit, not per keystroke: each change is a (possibly heavy) cross-tenant query. */
export function SupportFiltersForm({ value, allTenants, onApply }: Props) {
  const { t } = useTranslation();
  const [f, setF] = useState<SupportFilters>(value);
  const set = <K extends keyof SupportFilters>(k: K, v: SupportFilters[K]) => setF((prev) => ({ ...prev, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(f);
  };
  const text = (k: 'q' | 'tenantId' | 'userId' | 'tool', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        type={k === 'q' ? 'search' : 'text'}
        value={f[k] ?? ''}
        onChange={(e) => set(k, e.target.value)}
        dir="auto"
        data-testid={`filter-${k}`}
      />
    </label>
  );
  return (
    <form className="support-filters" onSubmit={submit} aria-label={t('support.filters')} data-testid="support-filters">
      {text('q', t('support.search'))}
      <label className="field">
        <span>{t('support.from')}</span>
        <input type="date" value={f.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label className="field">
        <span>{t('support.to')}</span>
        <input type="date" value={f.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      {allTenants && text('tenantId', t('support.tenant'))}
      {text('userId', t('support.user'))}
      {text('tool', t('support.tool'))}
      <label className="field">
        <span>{t('support.language')}</span>
        <select value={f.lang ?? ''} onChange={(e) => set('lang', e.target.value)}>
          <option value="">{t('support.any')}</option>
          <option value="fr">Français</option>
          <option value="ar">العربية</option>
          <option value="en">English</option>
        </select>
      </label>
      <label className="field">
        <span>{t('support.rating')}</span>
        <select value={f.rating ?? ''} onChange={(e) => set('rating', e.target.value as SupportFilters['rating'])}>
          <option value="">{t('support.any')}</option>
          <option value="up">{t('feedback.up')}</option>
          <option value="down">{t('feedback.down')}</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={!!f.writeTool} onChange={(e) => set('writeTool', e.target.checked)} />
        <span>{t('support.writeTool')}</span>
      </label>
      <label className="check">
        <input type="checkbox" checked={!!f.hasError} onChange={(e) => set('hasError', e.target.checked)} />
        <span>{t('support.hasError')}</span>
      </label>
      <div className="support-filters__actions">
        <button type="submit" className="btn btn--primary" data-testid="apply-filters">
          {t('support.apply')}
        </button>
        <button
          type="button"
          className="btn btn--ghost"
          onClick={() => {
            setF({});
            onApply({});
          }}
        >
          {t('support.reset')}
        </button>
      </div>
    </form>
  );
}
