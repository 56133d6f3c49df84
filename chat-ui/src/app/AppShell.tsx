import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '@tajer/contract';
import { logout } from '../features/auth/auth.api';
import type { User } from '../features/auth/session-store';
import { QuickAccess } from '../features/views/QuickAccess';
import { Link } from '../lib/router';
import { Icon } from '../ui/Icon';
import { LanguageSwitcher } from './LanguageSwitcher';
import { NavDrawer } from './NavDrawer';

export function AppShell({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeMenu = useCallback(() => {
    setMenuOpen(false);
    menuButton.current?.focus();
  }, []);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        {/* Phones: the pages are in a drawer behind this button (labelled, so it reads as the menu). */}
        <button
          ref={menuButton}
          type="button"
          className="btn topbar__menu"
          aria-expanded={menuOpen}
          aria-controls="nav-drawer"
          onClick={() => setMenuOpen(true)}
          data-testid="menu-button"
        >
          <Icon name="menu" />
          <span>{t('nav.menu')}</span>
        </button>
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
          <button
            type="button"
            className="icon-btn"
            onClick={() => void logout()}
            title={`${t('auth.signOut')} (${user.email})`}
            data-testid="logout"
          >
            <Icon name="logout" />
            <span className="sr-only">{t('auth.signOut')}</span>
          </button>
        </div>
      </header>
      {menuOpen && <NavDrawer role={user.role} onClose={closeMenu} />}
      <main id="main" className="shell__main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <span>{t('app.footer')}</span>
        {can(user.role, 'feedback.send') && (
          <Link to="/feedback" data-testid="footer-feedback">
            {t('nav.feedback')}
          </Link>
        )}
      </footer>
    </div>
  );
}
