import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Lang } from '@tajer/contract';
import ar from './locales/ar.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const LANGS: Lang[] = ['fr', 'ar', 'en'];
const KEY = 'tajer.lang';

function initialLang(): Lang {
  const stored = localStorage.getItem(KEY);
  if (stored && (LANGS as string[]).includes(stored)) return stored as Lang;
  const nav = (navigator.language ?? 'fr').slice(0, 2);
  return (LANGS as string[]).includes(nav) ? (nav as Lang) : 'fr';
}

/** The document follows the UI language: `lang` for screen readers and fonts, `dir` so the whole layout mirrors. */
function applyToDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

// The three resource files are small and bundled: a language switch must work offline, with no fetch.
void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, ar: { translation: ar }, en: { translation: en } },
  lng: initialLang(),
  fallbackLng: 'fr',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
applyToDocument(i18n.language as Lang);
i18n.on('languageChanged', (lng) => applyToDocument(lng as Lang));

export function setLanguage(lang: Lang, remember = true): void {
  if (remember) localStorage.setItem(KEY, lang);
  void i18n.changeLanguage(lang);
}

/** Whether the user picked a language here (then the account's locale must not override it). */
export const hasChosenLanguage = () => localStorage.getItem(KEY) !== null;

export function useLang(): Lang {
  const { i18n: inst } = useTranslation();
  return (inst.resolvedLanguage ?? inst.language) as Lang;
}

export default i18n;
