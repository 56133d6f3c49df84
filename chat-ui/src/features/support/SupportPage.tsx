import { navigate, useLocation } from '../../lib/router';
import { filtersQuery, readFilters, type SupportFilters } from './support.api';
import { SupportList } from './SupportList';
import { SupportTranscript } from './SupportTranscript';
import './support.css';

/** The platform's support console (SUPPORT, ADMIN: every business). Owners review their team under /team instead. */
export default function SupportPage({ conversationId }: { conversationId?: string }) {
  const { search } = useLocation();
  const filters = readFilters(search);
  const page = Math.max(1, Number(search.get('page')) || 1);
  const setFilters = (next: SupportFilters, nextPage = 1) => navigate(`/support${filtersQuery(next, nextPage)}`, { replace: true });

  return (
    <div className="support" data-testid="support-page">
      {conversationId ? (
        <SupportTranscript id={conversationId} />
      ) : (
        <SupportList filters={filters} page={page} allTenants onChange={setFilters} />
      )}
    </div>
  );
}
