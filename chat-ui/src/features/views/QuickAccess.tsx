import { useTranslation } from 'react-i18next';
import type { Role } from '../auth/session-store';
import { Link, useLocation } from '../../lib/router';
import { Icon } from '../../ui/Icon';

const ITEMS = [
  { to: '/', key: 'nav.chat', icon: 'chat' },
  { to: '/dashboard', key: 'nav.dashboard', icon: 'dashboard' },
  { to: '/market', key: 'nav.market', icon: 'market' },
  { to: '/sales', key: 'nav.sales', icon: 'expenses' },
  { to: '/inventory', key: 'nav.inventory', icon: 'inventory' },
  { to: '/expenses', key: 'nav.expenses', icon: 'expenses' },
  { to: '/marketing', key: 'nav.marketing', icon: 'marketing' },
  { to: '/feedback', key: 'nav.feedback', icon: 'feedback' },
] as const;

/** One click to each area; business views are hidden from platform support staff, who have no business of their own. */
export function QuickAccess({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = role === 'SUPPORT' ? [] : ITEMS;
  const canSupport = role === 'SUPPORT' || role === 'OWNER' || role === 'ADMIN';
  const current = (to: string) => (to === '/' ? pathname === '/' || pathname.startsWith('/c/') : pathname === to || pathname.startsWith(`${to}/`));
  return (
    <nav className="quick" aria-label={t('nav.label')}>
      <ul>
        {items.map((i) => (
          <li key={i.to}>
            <Link to={i.to} aria-current={current(i.to) ? 'page' : undefined} data-testid={`nav-${i.to.slice(1) || 'chat'}`}>
              <Icon name={i.icon} /> {t(i.key)}
            </Link>
          </li>
        ))}
        {canSupport && (
          <li>
            <Link to="/support" aria-current={current('/support') ? 'page' : undefined} data-testid="nav-support">
              <Icon name="support" /> {t('nav.support')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
