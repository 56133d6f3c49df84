import { can, type Capability, type Role } from '@tajer/contract';
import type { IconName } from '../ui/Icon';

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  key: string;
  icon: IconName;
  /** Who sees it: the capability of @tajer/contract's ACCESS that its REST API requires. */
  access: Capability;
}

/**
 * Every page of the app, in menu order: the one list the top menu, the phone drawer and the route guard read. Pages
 * follow the same role rules as the REST API and the assistant's tools, so a page a role may not open is neither in
 * its menu nor reachable by URL. Add a page here (one line) and to App's routes.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', key: 'nav.chat', icon: 'chat', access: 'chat' },
  { to: '/dashboard', key: 'nav.dashboard', icon: 'dashboard', access: 'dashboard' },
  { to: '/market', key: 'nav.market', icon: 'market', access: 'market' },
  { to: '/sales', key: 'nav.sales', icon: 'expenses', access: 'sales.record' },
  { to: '/inventory', key: 'nav.inventory', icon: 'inventory', access: 'inventory.read' },
  { to: '/expenses', key: 'nav.expenses', icon: 'expenses', access: 'expenses.read' },
  { to: '/marketing', key: 'nav.marketing', icon: 'marketing', access: 'marketing' },
  { to: '/activity', key: 'nav.activity', icon: 'team', access: 'team.review' },
  { to: '/support', key: 'nav.support', icon: 'support', access: 'support.console' },
  { to: '/feedback', key: 'nav.feedback', icon: 'feedback', access: 'feedback.send' },
];

/** The pages `role` may open, in menu order. */
export const navFor = (role: Role | string | null | undefined): NavItem[] => NAV_ITEMS.filter((i) => can(role, i.access));

/** The menu item a path belongs to ("/support/123" → Support; "/c/…" → the chat). */
export function navItemOf(pathname: string): NavItem | undefined {
  if (pathname === '/' || pathname.startsWith('/c/')) return NAV_ITEMS[0];
  return NAV_ITEMS.find((i) => i.to !== '/' && (pathname === i.to || pathname.startsWith(`${i.to}/`)));
}

/** Whether `role` may open `pathname` (unknown paths fall back to the chat's rule). */
export const mayOpen = (role: Role | string | null | undefined, pathname: string): boolean =>
  can(role, (navItemOf(pathname) ?? NAV_ITEMS[0]).access);

/** Where a role lands: the chat for the business's people, the support console for platform staff. */
export const homeOf = (role: Role | string | null | undefined): string => navFor(role)[0]?.to ?? '/';
