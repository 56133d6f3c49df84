import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { logout } from '../features/auth/auth.api';
import type { User } from '../features/auth/session-store';
import { QuickAccess } from '../features/views/QuickAccess';
import { Link } from '../lib/router';
import { Icon } from '../ui/Icon';
import { LanguageSwitcher } from './LanguageSwitcher';

export function AppShell({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="topbar__brand" data-testid="home-link">
          {t('app.name')}
        </Link>
        <QuickAccess role={user.role} />
        <div className="topbar__end">
          <LanguageSwitcher />
          {user.tenantId && (
            <Link to="/settings/business" className="icon-btn" title={t('settings.title')} data-testid="nav-settings">
              <Icon name="settings" />
              <span className="sr-only">{t('settings.title')}</span>
            </Link>
          )}
          <button type="button" className="icon-btn" onClick={() => void logout()} title={`${t('auth.signOut')} (${user.email})`} data-testid="logout">
            <Icon name="logout" />
            <span className="sr-only">{t('auth.signOut')}</span>
          </button>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <span>{t('app.footer')}</span>
        <Link to="/feedback" data-testid="footer-feedback">
          {t('nav.feedback')}
        </Link>
      </footer>
    </div>
  );
}
