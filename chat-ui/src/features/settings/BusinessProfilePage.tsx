import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { fetchObjectUrl } from '../../lib/http';
import { accountError } from '../auth/form-errors';
import { WilayaOptions } from '../auth/WilayaOptions';
import { useApi } from '../views/useApi';
import { ViewFrame } from '../views/ViewFrame';
import { removeLogo, updateBusiness, uploadLogo, type BusinessProfile } from './settings.api';

const FIELDS = ['name', 'address', 'phone', 'nif', 'rc', 'articleNumber'] as const;
const VAT = [19, 9, 0];

/** The OWNER's business profile: what reports print and marketing texts sign with. */
export default function BusinessProfilePage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const profile = useApi<BusinessProfile>('/api/business');
  const [form, setForm] = useState<Record<string, string>>({});
  const [vat, setVat] = useState<number[]>([]);
  const [wilaya, setWilaya] = useState('');
  const [logo, setLogo] = useState<string | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const p = profile.data;
  useEffect(() => {
    if (!p) return;
    setForm(Object.fromEntries(FIELDS.map((f) => [f, (p[f] as string | null) ?? ''])));
    setVat(p.vatRates);
    setWilaya(p.wilayaLabel?.code ? String(p.wilayaLabel.code) : '');
  }, [p]);
  useEffect(() => {
    if (!p?.logoUrl) return setLogo(null);
    let url: string | null = null;
    fetchObjectUrl(p.logoUrl).then(
      (u) => setLogo((url = u)),
      () => setLogo(null),
    );
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [p?.logoUrl]);

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setStatus(null);
    try {
      await fn();
      setStatus({ kind: 'ok', text: t('business.saved') });
      profile.reload();
    } catch (err) {
      setStatus({ kind: 'error', text: accountError(err, t) });
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => updateBusiness({ ...form, wilaya: wilaya || undefined, vatRates: vat }));
  };

  return (
    <ViewFrame title={t('business.title')} testId="business-view" loading={profile.loading} error={profile.error} onRetry={profile.reload}>
      {p && (
        <form className="settings-form" onSubmit={submit} noValidate>
          <fieldset disabled={!canEdit || busy}>
            <div className="logo-row">
              {logo ? (
                <img src={logo} alt={t('business.logo')} className="logo-preview" data-testid="logo-preview" />
              ) : (
                <div className="logo-preview logo-preview--empty">{p.name.slice(0, 1)}</div>
              )}
              {canEdit && (
                <div className="logo-actions">
                  <label className="btn btn--small">
                    {t('business.chooseLogo')}
                    <input
                      type="file"
                      accept="image/*"
                      className="sr-only"
                      onChange={(e) => e.target.files?.[0] && void run(() => uploadLogo(e.target.files![0]))}
                      data-testid="logo-input"
                    />
                  </label>
                  {p.logoUrl && (
                    <button type="button" className="btn btn--ghost btn--small" onClick={() => void run(removeLogo)}>
                      {t('business.removeLogo')}
                    </button>
                  )}
                </div>
              )}
            </div>
            {FIELDS.map((f) => (
              <label className="field" key={f}>
                <span>{t(`business.fields.${f}`)}</span>
                <input
                  value={form[f] ?? ''}
                  onChange={(e) => setForm((s) => ({ ...s, [f]: e.target.value }))}
                  dir={f === 'name' || f === 'address' ? 'auto' : 'ltr'}
                  inputMode={f === 'nif' || f === 'articleNumber' ? 'numeric' : f === 'phone' ? 'tel' : undefined}
                  data-testid={`business-${f}`}
                />
              </label>
            ))}
            <label className="field">
              <span>{t('account.fields.wilaya')}</span>
              <select value={wilaya} onChange={(e) => setWilaya(e.target.value)} data-testid="business-wilaya">
                <WilayaOptions lang={lang} />
              </select>
            </label>
            <fieldset className="field">
              <legend>{t('business.vatRates')}</legend>
              <div className="chips">
                {VAT.map((r) => (
                  <label key={r} className="chip">
                    <input
                      type="checkbox"
                      checked={vat.includes(r)}
                      onChange={(e) => setVat((v) => (e.target.checked ? [...v, r] : v.filter((x) => x !== r)))}
                    />
                    {t('business.vat', { rate: r })}
                  </label>
                ))}
              </div>
            </fieldset>
            {status && (
              <p
                className={`alert alert--${status.kind === 'ok' ? 'info' : 'error'}`}
                role={status.kind === 'ok' ? 'status' : 'alert'}
                data-testid="business-status"
              >
                {status.text}
              </p>
            )}
            {canEdit && (
              <button type="submit" className="btn btn--primary" data-testid="business-save">
                {t('business.save')}
              </button>
            )}
          </fieldset>
          {!canEdit && <p className="muted">{t('business.ownerOnly')}</p>}
        </form>
      )}
    </ViewFrame>
  );
}
