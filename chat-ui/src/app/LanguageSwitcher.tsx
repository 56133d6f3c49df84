import { useTranslation } from 'react-i18next';
import type { Lang } from '@tajer/contract';
import { LANGS, setLanguage, useLang } from '../i18n';

// Each language is named in itself, so someone who can't read the current UI language can still find theirs.
const NATIVE: Record<Lang, string> = { fr: 'Français', ar: 'العربية', en: 'English' };

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <label className="lang-switch">
      <span className="sr-only">{t('app.language')}</span>
      <select value={lang} onChange={(e) => setLanguage(e.target.value as Lang)} data-testid="language-select">
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
