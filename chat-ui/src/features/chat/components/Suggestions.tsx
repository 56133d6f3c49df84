import { useTranslation } from 'react-i18next';

const KEYS = ['stock', 'sales', 'expenses', 'post'] as const;

/** Starting points for a new conversation, phrased as a shop owner would ask. */
export function Suggestions({ onPick }: { onPick: (question: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="suggestions" data-testid="suggestions">
      <h2>{t('chat.welcome')}</h2>
      <p className="muted">{t('chat.welcomeHint')}</p>
      <ul>
        {KEYS.map((k) => (
          <li key={k}>
            <button type="button" className="chip" onClick={() => onPick(t(`chat.suggestions.${k}`))}>
              {t(`chat.suggestions.${k}`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
