import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, navigate } from '../../lib/router';
import { checkResetToken, resetPassword } from './auth.api';
import { AuthCard, FormError } from './AuthCard';
import { accountError } from './form-errors';
import { PasswordField } from './PasswordField';

/** The token comes in the link's fragment (#token=…), which browsers never send to a server or write to its logs. */
export const fragmentParam = (name: string) => new URLSearchParams(location.hash.slice(1)).get(name) ?? '';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(() => fragmentParam('token'));
  const [state, setState] = useState<'checking' | 'ready' | 'invalid' | 'done'>('checking');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!token) return setState('invalid');
    checkResetToken(token).then(
      (r) => {
        setEmail(r.email);
        setState('ready');
      },
      () => setState('invalid'),
    );
  }, [token]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await resetPassword(token, password);
      setState('done');
    } catch (err) {
      setError(accountError(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('account.resetTitle')} testId="reset-page" onSubmit={submit}>
      {state === 'checking' && <p role="status">{t('app.loading')}</p>}
      {state === 'invalid' && (
        <p className="alert alert--error" role="alert" data-testid="reset-invalid">
          {t('account.linkInvalid')}
        </p>
      )}
      {state === 'done' && (
        <>
          <p className="alert alert--info" role="status" data-testid="reset-done">
            {t('account.resetDone')}
          </p>
          <button type="button" className="btn btn--primary" onClick={() => navigate('/login')}>
            {t('auth.signIn')}
          </button>
        </>
      )}
      {state === 'ready' && (
        <>
          <p className="muted" dir="ltr">
            {email}
          </p>
          <PasswordField value={password} onChange={setPassword} testId="reset-password" label={t('account.newPassword')} />
          <FormError message={error} />
          <button className="btn btn--primary" type="submit" disabled={busy || !password} data-testid="reset-submit">
            {t('account.savePassword')}
          </button>
        </>
      )}
      <p className="login__alt">
        <Link to="/login">{t('account.backToLogin')}</Link>
      </p>
    </AuthCard>
  );
}
