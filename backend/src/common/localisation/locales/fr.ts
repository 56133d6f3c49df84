/**
 * The server's messages in French (ICU MessageFormat: plurals and selects, read by i18next-icu). One catalogue per
 * language; ar.ts and en.ts must have the same keys (their type says so). Figures arrive formatted by @tajer/contract.
 */
export const fr = {
  'ai.prompt.market.product': 'Compare mes prix de {product} avec les concurrents',
  'ai.prompt.market.trends':
    'Analyse les tendances du marché{hasCategory, select, yes { pour {category}} other {}}{hasPeriod, select, yes { {period}} other {}}',
  'ai.prompt.content': 'Écris un post {channel} sur {topic}{hasTone, select, yes { avec un ton {tone}} other {}}',
  'ai.prompt.insights': 'Donne-moi les analyses et recommandations pour mon commerce',
  'credit.nobody': 'Personne ne vous doit rien.',
  'credit.summary':
    '{count, plural, one {{countText} client vous doit} other {{countText} clients vous doivent}} {total} au total ({top}). Le crédit le plus ancien : {oldest}, depuis {days, plural, one {{daysText} jour} other {{daysText} jours}}.',
  'report.recommend.reviewPrice':
    'Revoir le prix de {product} : {ourPrice} contre {average} en moyenne chez les concurrents (indice {index}).',
  'report.recommend.marginRoom':
    'Marge possible sur {product} : vous êtes {below} moins cher que la moyenne des concurrents ; une hausse modérée resterait compétitive.',
  'report.recommend.reviveCategory': 'Relancer la catégorie {category} ({change}) : mise en avant en rayon ou promotion ciblée.',
  'report.recommend.prepareMonth':
    "Anticiper {month} : l'an dernier, ce mois était {above} au-dessus d'un mois moyen ; renforcer les stocks à l'avance.",
  'report.recommend.secureSupply': "Sécuriser l'approvisionnement de {product}, en forte progression (+{change}).",
  'report.recommend.negativeResult': 'Résultat net négatif ({result}) : les dépenses dépassent la marge brute, à surveiller de près.',
  'credit.paid': '{name} a payé {amount} : il doit maintenant {owed}{hasAdvance, select, yes { (avance de {advance})} other {}}.',
  'credit.advanceUnconfirmed':
    "{name} ne doit que {owed} : un paiement de {amount} laisserait une avance de {advance}. Confirmez qu'il s'agit d'une avance (advance: true).",
  'credit.paymentPreview': 'Paiement de {name} : {amount} — reste dû {before} → {after}',
};

export type MessageKey = keyof typeof fr;
export type Catalogue = Record<MessageKey, string>;
