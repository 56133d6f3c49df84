import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountError } from '../auth/form-errors';
import { useApi } from '../views/useApi';
import { ViewFrame } from '../views/ViewFrame';
import { invite, linkOn, resetLink, updateMember, withdrawInvitation, type Member, type PendingInvitation } from './settings.api';

/** Something to hand over: a link the owner copies (WhatsApp, SMS) when the server sends no email. */
function ShareLink({ label, url, emailed }: { label: string; url: string; emailed: boolean }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="share-link" role="status" data-testid="share-link">
      <p>{emailed ? t('team.emailed') : label}</p>
      <input readOnly value={url} dir="ltr" onFocus={(e) => e.target.select()} data-testid="share-url" />
      <button
        type="button"
        className="btn btn--small"
        onClick={() =>
          navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => undefined,
          )
        }
      >
        {copied ? t('team.copied') : t('team.copy')}
      </button>
    </div>
  );
}

export default function TeamPage() {
  const { t } = useTranslation();
  const members = useApi<{ items: Member[] }>('/api/users');
  const pending = useApi<PendingInvitation[]>('/api/users/invitations');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'STAFF' | 'OWNER'>('STAFF');
  const [share, setShare] = useState<{ label: string; url: string; emailed: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      members.reload();
      pending.reload();
    } catch (err) {
      setError(accountError(err, t));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const res = await invite(email.trim(), role);
      setShare({ label: t('team.inviteLink', { email: res.email }), url: linkOn('/invite', 'code', res.code), emailed: res.emailed });
      setEmail('');
    });
  };

  return (
    <ViewFrame title={t('team.title')} testId="team-view" loading={members.loading} error={members.error} onRetry={members.reload}>
      <form className="invite-form" onSubmit={submit} noValidate>
        <h2>{t('team.invite')}</h2>
        <div className="invite-form__row">
          <label className="field">
            <span>{t('auth.email')}</span>
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} dir="ltr" required data-testid="invite-email" />
          </label>
          <label className="field">
            <span>{t('team.role')}</span>
            <select value={role} onChange={(e) => setRole(e.target.value as 'STAFF' | 'OWNER')} data-testid="invite-role">
              <option value="STAFF">{t('account.roles.STAFF')}</option>
              <option value="OWNER">{t('account.roles.OWNER')}</option>
            </select>
          </label>
          <button type="submit" className="btn btn--primary" disabled={busy || !email} data-testid="invite-send">
            {t('team.sendInvite')}
          </button>
        </div>
      </form>
      {share && <ShareLink {...share} />}
      {error && (
        <p className="alert alert--error" role="alert" data-testid="team-error">
          {error}
        </p>
      )}
      <h2>{t('team.members')}</h2>
      <ul className="member-list" data-testid="members">
        {members.data?.items.map((m) => (
          <li key={m.id} className={m.active ? undefined : 'is-disabled'} data-testid="member">
            <div className="member-list__who">
              <strong dir="auto">{m.name}</strong> {m.you && <span className="badge">{t('team.you')}</span>}
              {!m.active && <span className="badge badge--warning">{t('team.disabled')}</span>}
              <span className="muted" dir="ltr">
                {m.email}
              </span>
            </div>
            <div className="member-list__actions">
              <label className="sr-only" htmlFor={`role-${m.id}`}>
                {t('team.role')}
              </label>
              <select
                id={`role-${m.id}`}
                value={m.role}
                disabled={busy || !m.active}
                onChange={(e) => void run(() => updateMember(m.id, { role: e.target.value as Member['role'] }).then(() => undefined))}
              >
                <option value="STAFF">{t('account.roles.STAFF')}</option>
                <option value="OWNER">{t('account.roles.OWNER')}</option>
              </select>
              {!m.you && (
                <>
                  <button
                    type="button"
                    className="btn btn--small"
                    disabled={busy}
                    onClick={() => void run(() => updateMember(m.id, { active: !m.active }).then(() => undefined))}
                    data-testid="member-toggle"
                  >
                    {m.active ? t('team.disable') : t('team.enable')}
                  </button>
                  {m.active && (
                    <button
                      type="button"
                      className="btn btn--ghost btn--small"
                      disabled={busy}
                      onClick={() =>
                        void run(async () => {
                          const r = await resetLink(m.id);
                          setShare({
                            label: t('team.resetLink', { email: m.email }),
                            url: linkOn('/reset-password', 'token', r.token),
                            emailed: r.emailed,
                          });
                        })
                      }
                    >
                      {t('team.resetPassword')}
                    </button>
                  )}
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      {!!pending.data?.length && (
        <>
          <h2>{t('team.pending')}</h2>
          <ul className="member-list" data-testid="pending">
            {pending.data.map((i) => (
              <li key={i.id}>
                <div className="member-list__who">
                  <span dir="ltr">{i.email}</span> <span className="badge">{t(`account.roles.${i.role}`)}</span>
                </div>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  disabled={busy}
                  onClick={() => void run(() => withdrawInvitation(i.id).then(() => undefined))}
                >
                  {t('team.withdraw')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </ViewFrame>
  );
}
