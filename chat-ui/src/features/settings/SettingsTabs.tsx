import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import { BUSINESS_PROFILE_PATH, TEAM_PATH } from '../onboarding/onboarding-links';

/** Profile | Team, above both settings pages (the team tab is the OWNER's). */
export function SettingsTabs({ current, isOwner }: { current: 'business' | 'team'; isOwner: boolean }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('settings.title')}>
      <Link to={BUSINESS_PROFILE_PATH} aria-current={current === 'business' ? 'page' : undefined} data-testid="tab-business">
        {t('business.title')}
      </Link>
      {isOwner && (
        <Link to={TEAM_PATH} aria-current={current === 'team' ? 'page' : undefined} data-testid="tab-team">
          {t('team.title')}
        </Link>
      )}
    </nav>
  );
}
