import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A new password: the rule said up front (10 characters, not a common one), and a show/hide toggle for phones. */
export function PasswordField({
  value,
  onChange,
  testId,
  label,
}: {
  value: string;
  onChange: (v: string) => void;
  testId: string;
  label?: string;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const hint = useId();
  return (
    <div className="field">
      <label htmlFor={`${hint}-input`}>{label ?? t('auth.password')}</label>
      <div className="password-field">
        <input
          id={`${hint}-input`}
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="new-password"
          required
          minLength={10}
          aria-describedby={hint}
          dir="ltr"
          data-testid={testId}
        />
        <button type="button" className="btn btn--ghost btn--small" onClick={() => setShown((s) => !s)} aria-pressed={shown}>
          {shown ? t('account.hide') : t('account.show')}
        </button>
      </div>
      <small id={hint} className="muted">
        {t('account.passwordHint')}
      </small>
    </div>
  );
}
