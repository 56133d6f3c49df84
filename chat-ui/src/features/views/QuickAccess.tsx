import { useTranslation } from 'react-i18next';
import type { Role } from '../auth/session-store';
import { navFor } from '../../app/nav';
import { Link, useLocation } from '../../lib/router';
import { Icon } from '../../ui/Icon';

/** The pages `role` may open (see app/nav.ts), as links; `onNavigate` lets the phone drawer close itself. */
export function NavLinks({ role, onNavigate, testIdPrefix = 'nav' }: { role: Role; onNavigate?: () => void; testIdPrefix?: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = (to: string) =>
    to === '/' ? pathname === '/' || pathname.startsWith('/c/') : pathname === to || pathname.startsWith(`${to}/`);
  return (
    <ul>
      {navFor(role).map((i) => (
        <li key={i.to}>
          <Link
            to={i.to}
            aria-current={current(i.to) ? 'page' : undefined}
            data-testid={`${testIdPrefix}-${i.to.slice(1) || 'chat'}`}
            onClick={onNavigate}
          >
            <Icon name={i.icon} /> {t(i.key)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** One click to each area, on screens wide enough to show them all (phones get the menu drawer instead). */
export function QuickAccess({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <nav className="quick" aria-label={t('nav.label')}>
      <NavLinks role={role} />
    </nav>
  );
}
