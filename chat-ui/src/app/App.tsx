import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@tajer/contract';
import { loadMe, restoreSession } from '../features/auth/auth.api';
import { AcceptInvitePage } from '../features/auth/AcceptInvitePage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignupPage } from '../features/auth/SignupPage';
import { LoginPage } from '../features/auth/LoginPage';
import { sessionStore, storedUser, useSession } from '../features/auth/session-store';
import { ChatPage } from '../features/chat/components/ChatPage';
import { ChatProvider } from '../features/chat/ChatProvider';
import { hasChosenLanguage, setLanguage } from '../i18n';
import { matchPath, navigate, useLocation } from '../lib/router';
import { AppShell } from './AppShell';
import { homeOf, mayOpen } from './nav';

// Everything but the chat is loaded on demand so the first screen stays light.
const SupportPage = lazy(() => import('../features/support/SupportPage'));
const DashboardView = lazy(() => import('../features/views/DashboardView'));
const MarketView = lazy(() => import('../features/views/MarketView'));
const InventoryView = lazy(() => import('../features/views/InventoryView'));
const ExpensesView = lazy(() => import('../features/views/ExpensesView'));
const MarketingView = lazy(() => import('../features/views/MarketingView'));
const FeedbackView = lazy(() => import('../features/views/FeedbackView'));
const ImportView = lazy(() => import('../features/import/ImportView'));
const SalesPage = lazy(() => import('../features/sales/SalesPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const ActivityPage = lazy(() => import('../features/activity/ActivityPage'));

const VIEWS: Record<string, () => ReactNode> = {
  '/dashboard': () => <DashboardView />,
  '/market': () => <MarketView />,
  '/inventory': () => <InventoryView />,
  '/inventory/import': () => <ImportView />,
  '/sales': () => <SalesPage />,
  '/sales/new': () => <SalesPage />,
  '/expenses': () => <ExpensesView />,
  '/marketing': () => <MarketingView />,
  '/feedback': () => <FeedbackView />,
};

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status" data-testid="loading">
      {t('app.loading')}
    </p>
  );
}

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <section className="view" data-testid="not-allowed">
      <p className="alert alert--error" role="alert">
        {t('errors.roleForbidden')}
      </p>
    </section>
  );
}

/** Signed-out pages, by path; any other path shows the sign-in page. */
const PUBLIC_PAGES: Record<string, () => ReactNode> = {
  '/signup': () => <SignupPage />,
  '/forgot-password': () => <ForgotPasswordPage />,
};
/** Pages a link opens whoever is signed in on this device (a colleague's invitation, a reset link). */
const LINK_PAGES: Record<string, () => ReactNode> = {
  '/invite': () => <AcceptInvitePage />,
  '/reset-password': () => <ResetPasswordPage />,
};

// Other tabs: signing out there signs out here; signing in there restores the session here from the cookie.
sessionStore.onOtherTab((user) => {
  if (!user) sessionStore.set(null);
  else if (sessionStore.get()?.user.id !== user.id) void restoreSession();
});

export function App() {
  const session = useSession();
  const { pathname } = useLocation();
  // A profile left by an earlier visit: try the refresh cookie once before showing the sign-in page.
  const [restoring, setRestoring] = useState(() => !session && !!storedUser() && !LINK_PAGES[pathname]);
  useEffect(() => {
    if (!restoring) return;
    void restoreSession().finally(() => setRestoring(false));
  }, [restoring]);

  useEffect(() => {
    if (!session) return;
    // The account's language is the default until the user picks one on this device.
    const locale = session.user.locale?.slice(0, 2);
    if (!hasChosenLanguage() && (locale === 'fr' || locale === 'ar' || locale === 'en')) setLanguage(locale as Lang, false);
    loadMe().catch(() => undefined);
  }, [session?.user.id]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (session && (pathname === '/login' || PUBLIC_PAGES[pathname])) navigate('/', { replace: true });
    // Platform staff have no business of their own: the chat is not theirs, their home is the support console.
    else if (session && (pathname === '/' || pathname.startsWith('/c/')) && !mayOpen(session.user.role, pathname))
      navigate(homeOf(session.user.role), { replace: true });
  }, [session, pathname]);

  if (LINK_PAGES[pathname]) return LINK_PAGES[pathname]();
  if (restoring) return <Loading />;
  if (!session) return PUBLIC_PAGES[pathname]?.() ?? <LoginPage />;

  const support = matchPath('/support', pathname) ?? matchPath('/support/:id', pathname);
  const activity = matchPath('/activity', pathname) ?? matchPath('/activity/:id', pathname);
  const conversation = matchPath('/c/:id', pathname);
  const view = VIEWS[pathname];
  const settings = matchPath('/settings/:section', pathname);
  let page: ReactNode;
  // The same role rule as the menu and the REST API: a page the role may not open says so, and shows nothing else.
  if (!mayOpen(session.user.role, pathname)) page = <NotAllowed />;
  else if (support) page = <SupportPage conversationId={support.id} />;
  else if (activity) page = <ActivityPage conversationId={activity.id} />;
  else if (settings && (settings.section === 'business' || settings.section === 'team'))
    page = <SettingsPage section={settings.section} role={session.user.role} />;
  else if (view) page = view();
  else page = <ChatPage conversationId={conversation?.id} />;

  return (
    <ChatProvider key={session.user.id} userId={session.user.id} live={!!session.user.tenantId}>
      <AppShell user={session.user}>
        <Suspense fallback={<Loading />}>{page}</Suspense>
      </AppShell>
    </ChatProvider>
  );
}
