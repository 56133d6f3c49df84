/**
 * The three languages Tajer answers and shows its pages in. Darija is answered in `ar` (Arabic script) or `fr` (Latin
 * script); the UI is `fr`, `ar` (right to left) or `en`.
 */
export const LANGS = ['fr', 'ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** One text per language: results carry all three so the chat, a page or a PDF picks the reader's. */
export type Localized = Record<Lang, string>;

export const isLang = (value: unknown): value is Lang => typeof value === 'string' && (LANGS as readonly string[]).includes(value);

/** The text for `lang` (French when a translation is missing). */
export const say = (lang: Lang, texts: Localized): string => texts[lang] ?? texts.fr;

/** Builds a Localized from one template written per language. */
export const localize = (template: (lang: Lang) => string): Localized => ({ fr: template('fr'), ar: template('ar'), en: template('en') });

/** Writing direction of a language. */
export const dirOf = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');
