import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';

/** The frame of the signed-out pages (sign in, sign up, reset, invitation): language switcher and one card. */
export function AuthCard({
  title,
  testId,
  onSubmit,
  children,
}: {
  title: string;
  testId: string;
  onSubmit?: (e: FormEvent) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <main className="login" data-testid={testId}>
      <div className="login__lang">
        <LanguageSwitcher />
      </div>
      <form className="login__card" onSubmit={onSubmit ?? ((e) => e.preventDefault())} aria-labelledby={`${testId}-title`} noValidate>
        <p className="login__brand" aria-hidden="true">
          {t('app.name')}
        </p>
        <h1 id={`${testId}-title`} className="login__title">
          {title}
        </h1>
        {children}
      </form>
    </main>
  );
}

export function FormError({ message, testId = 'form-error' }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p className="alert alert--error" role="alert" data-testid={testId}>
      {message}
    </p>
  );
}
