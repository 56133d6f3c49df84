/**
 * The server's messages in French (ICU MessageFormat: plurals and selects, read by i18next-icu). One catalogue per
 * language; ar.ts and en.ts must have the same keys (their type says so). Figures arrive formatted by @tajer/contract.
 */
export const fr = {
  'ai.prompt.market.product': 'Compare mes prix de {product} avec les concurrents',
  'ai.prompt.market.trends': 'Analyse les tendances du marché{hasCategory, select, yes { pour {category}} other {}}{hasPeriod, select, yes { {period}} other {}}',
  'ai.prompt.content': 'Écris un post {channel} sur {topic}{hasTone, select, yes { avec un ton {tone}} other {}}',
  'ai.prompt.insights': 'Donne-moi les analyses et recommandations pour mon commerce',
  'credit.nobody': 'Personne ne vous doit rien.',
  'credit.summary':
    '{count, plural, one {{countText} client vous doit} other {{countText} clients vous doivent}} {total} au total ({top}). Le crédit le plus ancien : {oldest}, depuis {days, plural, one {{daysText} jour} other {{daysText} jours}}.',
};

export type MessageKey = keyof typeof fr;
export type Catalogue = Record<MessageKey, string>;
