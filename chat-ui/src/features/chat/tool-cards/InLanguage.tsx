import type { ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { dirOf, isLang, type Lang } from '@tajer/contract';

const clones = new WeakMap<I18n, Map<Lang, I18n>>();

/** A copy of the app's i18next fixed to `lang` (same resources; changing it never touches the page's language). */
function instanceFor(base: I18n, lang: Lang): I18n {
  let byLang = clones.get(base);
  if (!byLang) clones.set(base, (byLang = new Map()));
  let inst = byLang.get(lang);
  if (!inst) byLang.set(lang, (inst = base.cloneInstance({ lng: lang, initAsync: false })));
  return inst;
}

/**
 * Renders its children in `lang` rather than the page's language: a tool card says its labels in the language the
 * answer below it is written in (Darija typed in Latin letters is answered in French, even on an Arabic page — the
 * card must not be Arabic over a French answer). Direction follows.
 */
export function InLanguage({ lang, children }: { lang: string | null | undefined; children: ReactNode }) {
  const { i18n } = useTranslation();
  const page = (i18n.resolvedLanguage ?? i18n.language) as Lang;
  if (!isLang(lang) || lang === page) return <>{children}</>;
  return (
    <I18nextProvider i18n={instanceFor(i18n, lang)}>
      <div lang={lang} dir={dirOf(lang)} className="in-language" data-lang={lang}>
        {children}
      </div>
    </I18nextProvider>
  );
}
