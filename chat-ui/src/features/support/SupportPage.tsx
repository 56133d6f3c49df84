import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-store';
import { navigate, useLocation } from '../../lib/router';
import type { SupportFilters } from './support.api';
import { SupportList } from './SupportList';
import { SupportTranscript } from './SupportTranscript';
import './support.css';

const KEYS: (keyof SupportFilters)[] = ['from', 'to', 'tenantId', 'userId', 'tool', 'writeTool', 'lang', 'hasError', 'rating', 'q'];

/** Filters live in the URL, so a transcript's "back" and a shared link both land on the same list. */
function readFilters(search: URLSearchParams): SupportFilters {
  const f: Record<string, unknown> = {};
  for (const k of KEYS) {
    const v = search.get(k);
    if (v === null) continue;
    f[k] = k === 'writeTool' || k === 'hasError' ? v === 'true' : v;
  }
  return f as SupportFilters;
}

export default function SupportPage({ conversationId }: { conversationId?: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const { search } = useLocation();
  const role = session?.user.role;
  if (role !== 'SUPPORT' && role !== 'OWNER' && role !== 'ADMIN') {
    return (
      <p className="alert alert--error" role="alert">
        {t('errors.forbidden')}
      </p>
    );
  }
  const filters = readFilters(search);
  const page = Math.max(1, Number(search.get('page')) || 1);
  const setFilters = (next: SupportFilters, nextPage = 1) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== undefined && v !== '' && v !== false) qs.set(k, String(v));
    if (nextPage > 1) qs.set('page', String(nextPage));
    const s = qs.toString();
    navigate(`/support${s ? `?${s}` : ''}`, { replace: true });
  };

  return (
    <div className="support" data-testid="support-page">
      {conversationId ? (
        <SupportTranscript id={conversationId} />
      ) : (
        <SupportList filters={filters} page={page} allTenants={role !== 'OWNER'} onChange={setFilters} />
      )}
    </div>
  );
}
