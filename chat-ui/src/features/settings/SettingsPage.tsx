import type { Role } from '../auth/session-store';
import BusinessProfilePage from './BusinessProfilePage';
import { SettingsTabs } from './SettingsTabs';
import TeamPage from './TeamPage';

/** /settings/business and /settings/team (loaded on demand). */
export default function SettingsPage({ section, role }: { section: 'business' | 'team'; role: Role }) {
  const isOwner = role === 'OWNER';
  return (
    <div className="settings">
      <SettingsTabs current={section} isOwner={isOwner} />
      {section === 'team' && isOwner ? <TeamPage /> : <BusinessProfilePage canEdit={isOwner} />}
    </div>
  );
}
