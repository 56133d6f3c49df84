import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../features/auth/session-store';
import { NavLinks } from '../features/views/QuickAccess';
import { Icon } from '../ui/Icon';

/**
 * The menu on a phone: every page the role may open, one per line, in a panel over the page — nothing cut off,
 * nothing to scroll sideways. Closes on a choice, Escape, the close button or a tap outside; focus comes back to
 * the menu button.
 */
export function NavDrawer({ role, onClose }: { role: Role; onClose: () => void }) {
  const { t } = useTranslation();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="drawer" data-testid="nav-drawer">
      <div className="drawer__backdrop" onClick={onClose} aria-hidden="true" />
      <nav id="nav-drawer" className="drawer__panel" aria-label={t('nav.label')} role="dialog" aria-modal="true">
        <header className="drawer__header">
          <strong>{t('nav.menu')}</strong>
          <button ref={closeRef} type="button" className="icon-btn" onClick={onClose} data-testid="menu-close">
            <Icon name="close" />
            <span className="sr-only">{t('nav.close')}</span>
          </button>
        </header>
        <NavLinks role={role} onNavigate={onClose} testIdPrefix="menu" />
      </nav>
    </div>
  );
}
