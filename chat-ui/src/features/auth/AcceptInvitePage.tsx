import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setLanguage, hasChosenLanguage } from '../../i18n';
import { navigate } from '../../lib/router';
import { acceptInvitation, lookupInvitation, type InvitationInfo } from './auth.api';
import { AuthCard, FormError } from './AuthCard';
import { accountError } from './form-errors';
import { PasswordField } from './PasswordField';
import { fragmentParam } from './ResetPasswordPage';

/** A colleague's first visit: who invited them where, then their name and password. */
export function AcceptInvitePage() {
  const { t } = useTranslation();
  const [code] = useState(() => fragmentParam('code'));
  const [info, setInfo] = useState<InvitationInfo | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!code) return setInvalid(t('account.linkInvalid'));
    lookupInvitation(code).then(
      (i) => {
        setInfo(i);
        if (!hasChosenLanguage()) setLanguage(i.language, false);
      },
      (err) => setInvalid(accountError(err, t)),
    );
  }, [code]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await acceptInvitation(code, name.trim(), password);
      navigate('/', { replace: true });
    } catch (err) {
      setError(accountError(err, t));
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('account.inviteTitle')} testId="invite-page" onSubmit={submit}>
      {!info && !invalid && <p role="status">{t('app.loading')}</p>}
      {invalid && (
        <p className="alert alert--error" role="alert" data-testid="invite-invalid">
          {invalid}
        </p>
      )}
      {info && (
        <>
          <p data-testid="invite-info">{t('account.inviteLead', { business: info.business, role: t(`account.roles.${info.role}`) })}</p>
          <p className="muted" dir="ltr">
            {info.email}
          </p>
          <label className="field">
            <span>{t('account.fields.name')}</span>
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoComplete="name"
              required
              dir="auto"
              data-testid="invite-name"
            />
          </label>
          <PasswordField value={password} onChange={setPassword} testId="invite-password" />
          <FormError message={error} />
          <button className="btn btn--primary" type="submit" disabled={busy || !name.trim() || !password} data-testid="invite-submit">
            {t('account.joinShop')}
          </button>
        </>
      )}
    </AuthCard>
  );
}
