import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { Link } from '../../lib/router';
import { signup } from './auth.api';
import { AuthCard, FormError } from './AuthCard';
import { accountError } from './form-errors';
import { PasswordField } from './PasswordField';
import { WilayaOptions } from './WilayaOptions';

/** A new business in one screen: shop name, wilaya, email, password (phone optional). The UI language is the account's. */
export function SignupPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [form, setForm] = useState({ businessName: '', wilaya: '', email: '', password: '', phone: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signup({
        ...form,
        businessName: form.businessName.trim(),
        email: form.email.trim(),
        phone: form.phone.trim() || undefined,
        language: lang,
      });
    } catch (err) {
      setError(accountError(err, t));
    } finally {
      setBusy(false);
    }
  };
  const ready = form.businessName.trim().length >= 2 && form.wilaya && form.email && form.password;

  return (
    <AuthCard title={t('account.signupTitle')} testId="signup-page" onSubmit={submit}>
      <p className="muted">{t('account.signupLead')}</p>
      <label className="field">
        <span>{t('account.fields.businessName')}</span>
        <input
          value={form.businessName}
          onChange={set('businessName')}
          autoComplete="organization"
          required
          dir="auto"
          data-testid="signup-business"
        />
      </label>
      <label className="field">
        <span>{t('account.fields.wilaya')}</span>
        <select value={form.wilaya} onChange={set('wilaya')} required data-testid="signup-wilaya">
          <option value="">{t('account.chooseWilaya')}</option>
          <WilayaOptions lang={lang} />
        </select>
      </label>
      <label className="field">
        <span>{t('auth.email')}</span>
        <input type="email" value={form.email} onChange={set('email')} autoComplete="email" required dir="ltr" data-testid="signup-email" />
      </label>
      <PasswordField value={form.password} onChange={(v) => setForm((f) => ({ ...f, password: v }))} testId="signup-password" />
      <label className="field">
        <span>
          {t('account.fields.phone')} <span className="muted">({t('account.optional')})</span>
        </span>
        <input type="tel" value={form.phone} onChange={set('phone')} autoComplete="tel" dir="ltr" data-testid="signup-phone" />
      </label>
      <FormError message={error} testId="signup-error" />
      <button className="btn btn--primary" type="submit" disabled={busy || !ready} data-testid="signup-submit">
        {busy ? t('account.creating') : t('account.createShop')}
      </button>
      <p className="login__alt">
        {t('account.haveAccount')}{' '}
        <Link to="/login" data-testid="to-login">
          {t('auth.signIn')}
        </Link>
      </p>
    </AuthCard>
  );
}
