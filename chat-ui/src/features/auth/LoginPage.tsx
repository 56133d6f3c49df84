import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/http';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { Link } from '../../lib/router';
import { login } from './auth.api';

export function LoginPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setError(status === 401 || status === 400 ? t('auth.invalid') : status === 429 ? t('auth.tooMany') : t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login" data-testid="login-page">
      <div className="login__lang">
        <LanguageSwitcher />
      </div>
      <form className="login__card" onSubmit={submit} aria-labelledby="login-title" noValidate>
        <h1 id="login-title" className="login__brand">
          {t('app.name')}
        </h1>
        <p className="muted">{t('auth.tagline')}</p>
        <label className="field">
          <span>{t('auth.email')}</span>
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="login-email"
            dir="ltr"
          />
        </label>
        <label className="field">
          <span>{t('auth.password')}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="login-password"
            dir="ltr"
          />
        </label>
        {error && (
          <p className="alert alert--error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        <button className="btn btn--primary" type="submit" disabled={busy || !email || !password} data-testid="login-submit">
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
        <p className="login__alt">
          <Link to="/forgot-password" data-testid="to-forgot">
            {t('account.forgotLink')}
          </Link>
        </p>
        <p className="login__alt">
          {t('account.newHere')}{' '}
          <Link to="/signup" data-testid="to-signup">
            {t('account.createShop')}
          </Link>
        </p>
      </form>
    </main>
  );
}
