import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import { forgotPassword } from './auth.api';
import { AuthCard, FormError } from './AuthCard';
import { accountError } from './form-errors';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<null | 'email' | 'owner'>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await forgotPassword(email.trim());
      setSent(res.emailEnabled ? 'email' : 'owner');
    } catch (err) {
      setError(accountError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('account.forgotTitle')} testId="forgot-page" onSubmit={submit}>
      {sent ? (
        <p className="alert alert--info" role="status" data-testid="forgot-sent">
          {sent === 'email' ? t('account.forgotSent') : t('account.askOwner')}
        </p>
      ) : (
        <>
          <p className="muted">{t('account.forgotLead')}</p>
          <label className="field">
            <span>{t('auth.email')}</span>
            <input
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="email"
              required
              dir="ltr"
              data-testid="forgot-email"
            />
          </label>
          <FormError message={error} />
          <button className="btn btn--primary" type="submit" disabled={busy || !email} data-testid="forgot-submit">
            {t('account.sendLink')}
          </button>
        </>
      )}
      <p className="login__alt">
        <Link to="/login">{t('account.backToLogin')}</Link>
      </p>
    </AuthCard>
  );
}
