import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n';
import { Link } from '../../lib/router';
import { useApi } from '../views/useApi';
import { ONBOARDING_LINKS } from './onboarding-links';

export interface Onboarding {
  steps: { id: string; done: boolean }[];
  completed: number;
  total: number;
  complete: boolean;
  hasSales: boolean;
  firstRun: boolean;
  message: { fr: string; ar: string; en: string } | null;
}

const HIDDEN_KEY = 'tajer.onboarding.hidden';
const hiddenFor = (tenantId?: string | null) => !!tenantId && localStorage.getItem(HIDDEN_KEY) === tenantId;

/**
 * The short first-run list (profile, catalogue, first sale, a colleague), ticked from the business's real data by
 * GET /api/onboarding. `onlyFirstRun` shows it only until the first sale (the chat's home stays uncluttered after).
 */
export function OnboardingChecklist({
  tenantId,
  onlyFirstRun = false,
  showMessage = true,
}: {
  tenantId?: string | null;
  onlyFirstRun?: boolean;
  showMessage?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, reload } = useApi<Onboarding>('/api/onboarding');
  if (!data || data.complete || hiddenFor(tenantId) || (onlyFirstRun && !data.firstRun)) return null;
  const hide = () => {
    if (tenantId) localStorage.setItem(HIDDEN_KEY, tenantId);
    reload();
  };
  return (
    <section className="onboarding" aria-labelledby="onboarding-title" data-testid="onboarding">
      <header className="onboarding__head">
        <h2 id="onboarding-title">{t('onboarding.title')}</h2>
        <span className="badge" data-testid="onboarding-progress" data-completed={data.completed} data-total={data.total}>
          {t('onboarding.progress', { done: data.completed, total: data.total })}
        </span>
      </header>
      {showMessage && data.message && (
        <p className="onboarding__message" dir="auto" data-testid="first-run-message">
          {data.message[lang] ?? data.message.fr}
        </p>
      )}
      <ol className="onboarding__steps">
        {data.steps.map((s) => (
          <li key={s.id} className={s.done ? 'is-done' : undefined} data-testid={`onboarding-${s.id}`} data-done={s.done}>
            <span className="onboarding__tick" aria-hidden="true">
              {s.done ? '✓' : ''}
            </span>
            {s.done ? (
              <span>{t(`onboarding.steps.${s.id}`)}</span>
            ) : (
              <Link to={ONBOARDING_LINKS[s.id] ?? '/'}>{t(`onboarding.steps.${s.id}`)}</Link>
            )}
            <span className="sr-only">{s.done ? t('onboarding.done') : t('onboarding.todo')}</span>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--ghost btn--small" onClick={hide}>
        {t('onboarding.hide')}
      </button>
    </section>
  );
}
