import { LANGS, type Lang, type Localized } from '@tajer/contract';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { fr, type MessageKey } from './locales/fr';

export type { MessageKey } from './locales/fr';
export type MessageValues = Record<string, string | number>;

/**
 * Server-side messages through i18next, the UI's i18n library, with ICU MessageFormat (plurals by the language's own
 * rules: Arabic's two and few forms, French's « 1 jour / 2 jours »). Its own instance, initialised synchronously: the
 * catalogues are modules of the build, nothing is fetched.
 */
const i18n = i18next.createInstance();
void i18n.use(ICU).init({
  resources: { fr: { translation: fr }, ar: { translation: ar }, en: { translation: en } },
  lng: 'fr',
  fallbackLng: false,
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});

/** One message in one language. */
export function message(lang: Lang, key: MessageKey, values: MessageValues = {}): string {
  return i18n.t(key, { lng: lang, ...values });
}

/** One message in the three languages, with values that may depend on the language (figures formatted for it). */
export function messages(key: MessageKey, values: MessageValues | ((lang: Lang) => MessageValues) = {}): Localized {
  const valuesIn = typeof values === 'function' ? values : () => values;
  return Object.fromEntries(LANGS.map((lang) => [lang, message(lang, key, valuesIn(lang))])) as Localized;
}
