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
  // The assistant's refusals (agent/tool-executor.ts).
  'agent.refusal.ownerRead': "Désolé, votre compte n'a pas accès à cette information : elle est réservée au propriétaire de la boutique.",
  'agent.refusal.ownerWrite':
    'Désolé, votre compte ne peut pas faire cette modification : elle est réservée au propriétaire de la boutique.',
  'agent.refusal.notAllowed': "Désolé, votre compte n'a pas accès à cette fonction.",
  'agent.refusal.readOnlyKey': "Cette clé d'API ne permet que la lecture : je ne peux rien enregistrer avec elle.",
  // Sales: the approval card (sales/sale-preview.service.ts), the recorded sale (sales/sale-view.ts), the day's takings.
  'common.listSeparator': ', ',
  'sales.item': '{quantity} × {product}{hasPrice, select, yes { à {price}} other {}}',
  'sales.item.unresolved': '« {query} » ?',
  'sales.preview.productNotFound': 'Produit introuvable : « {query} ».',
  'sales.preview.whichProduct': '« {query} » : lequel ? {candidates}',
  'sales.preview.stockBelowZero':
    '{product} : le stock enregistré ({before}) passera à {after}. La vente sera enregistrée ; pensez à recompter le rayon.',
  'sales.preview.overCreditLimit': '{name} dépassera sa limite de crédit ({limit}).',
  'sales.preview.whichCustomer': 'Quel client ? {names}',
  'sales.preview.newCustomer': "{name} n'est pas encore dans vos clients : il sera ajouté.",
  'sales.preview.customerNotFound': 'Client « {query} » introuvable : la vente ne lui sera pas rattachée.',
  'sales.preview.creditNeedsCustomer': 'Une vente à crédit a besoin du nom du client.',
  'sales.preview.summary': '{items} = {total} ({payment}){hasCustomer, select, yes { — {customer}} other {}}',
  'sales.view.stockBelowZero':
    '{product} : vendu au-delà du stock enregistré ({before} → {after}). La vente est enregistrée ; comptez le rayon pour corriger le stock.',
  'sales.view.sale': 'Vente du {date} : {items} = {amount} ({payment}){hasCustomer, select, yes { — {customer}} other {}}.',
  'sales.view.refund': 'Retour du {date} : {items} = {amount} rendus ({payment}){hasCustomer, select, yes { — {customer}} other {}}.',
  'sales.view.dailyTotal':
    'Recette déclarée du {date} : {declared}{hasItemized, select, yes {, dont {itemized} de ventes déjà détaillées} other {}} ; {counted} comptés sans détail (hors marge).',
  'sales.daily.belowRecorded':
    "Les ventes déjà enregistrées le {date} font {recorded}, plus que la recette déclarée ({declared}) : rien n'est ajouté.",
  'sales.daily.preview':
    "Recette du {date} : {declared}{hasReplaces, select, yes { (remplace {replaces})} other {}}{hasRecorded, select, yes { — dont {recorded} déjà enregistrés en ventes} other {}} ; {added} ajoutés au chiffre d'affaires, sans marge (coût inconnu).",
  // Inventory: a new product's approval card (inventory/product-draft.service.ts).
  'inventory.draft.nameMissing': 'Il faut le nom du produit.',
  'inventory.draft.priceMissing': 'À quel prix vendez-vous « {name} » ?',
  'inventory.draft.costUnknown': "Prix d'achat inconnu : la marge de ce produit ne sera pas calculée tant qu'il n'est pas renseigné.",
  'inventory.draft.barcodeTaken': 'Le code-barres {barcode} est déjà celui de {owner}.',
  'inventory.draft.skuTaken': 'La référence {sku} existe déjà.',
  'inventory.draft.similar': 'Déjà dans le catalogue sous un nom proche : {names}.',
  'inventory.draft.summary': 'Nouveau produit : {name} ({sku}) à {price}, stock {stock} {unit}, catégorie {category}',
  // Dashboard: the stats paragraph (dashboard/stats-summary.ts), alerts and insights (dashboard/*.builder.ts).
  'dashboard.stats.summary':
    "{period} : chiffre d'affaires {revenue}{hasRevenueChange, select, yes { ({revenueChange})} other {}} sur {salesCount, plural, one {{sales} vente} other {{sales} ventes}}{hasUnmargined, select, yes { (dont {unmargined} sans détail ni coût connu, hors marge)} other {}}, panier moyen {basket}, {marginKnown, select, yes {marge brute {margin} ({rate}{hasUnmargined, select, yes { des ventes au coût connu} other {}})} other {marge brute inconnue (aucun coût d'achat connu)}}, dépenses de fonctionnement {expenses} (hors achats de marchandises : {purchases}), {marginKnown, select, yes {résultat net {net}{hasNetChange, select, yes { ({netChange})} other {}}} other {résultat net inconnu}}. {comparable, select, yes {Variations {vs}.} other {Pas de ventes sur la période précédente pour comparer.}} Stock : {stockKnown, select, none {valeur inconnue ({uncosted, plural, one {{uncosted} produit} other {{uncosted} produits}} sans coût d'achat)} part {{stock} au prix d'achat (sans {uncosted, plural, one {{uncosted} produit} other {{uncosted} produits}} au coût inconnu)} other {{stock} au prix d'achat}}, {low, plural, one {{low} produit} other {{low} produits}} au seuil de réapprovisionnement ou en dessous.",
  'dashboard.firstRun.expenses': 'Dépenses de fonctionnement : {amount}.',
  'dashboard.firstRun.stock': "Stock : {amount} au prix d'achat.",
  'dashboard.alert.negativeStock':
    'Stock à recompter : {product} est à {stock} (des ventes ont dépassé le stock enregistré). Comptez le rayon et corrigez par un inventaire.',
  'dashboard.alert.outOfStock': 'Rupture de stock : {product}{selling, select, yes { (environ {perDay} {unit} vendus par jour)} other {}}',
  'dashboard.alert.stockOutSoon':
    '{product} : rupture prévue dans {days, plural, one {{daysText} jour} other {{daysText} jours}} (stock {stock} {unit}, ~{perDay} par jour)',
  'dashboard.alert.creditOverdue':
    'Crédit impayé : {customer} vous doit {balance}, le plus ancien achat non réglé date de {days, plural, one {{days} jour} other {{days} jours}} ({since})',
  'dashboard.alert.unusualExpense':
    'Dépense inhabituelle : {amount} en « {category} » le {date}, {ratio} fois la dépense habituelle de cette catégorie ({median})',
  'dashboard.alert.campaignBehind':
    'Campagne « {name} » en retard : {conversions, plural, one {{conversions} conversion} other {{conversions} conversions}} pour {expected} {expected, plural, one {attendue} other {attendues}} à ce stade (objectif {target})',
  'dashboard.insight.bestSellers':
    "Meilleures ventes sur {windowDays, plural, one {{windowDays} jour} other {{windowDays} jours}} : {byRevenue} en chiffre d'affaires ({revenue}), {byQuantity} en quantité ({quantity} {unit})",
  'dashboard.insight.decliner':
    '{product} : ventes en baisse de {change} sur {windowDays, plural, one {{windowDays} jour} other {{windowDays} jours}} ({before} → {after})',
  'dashboard.insight.marginOutlier':
    '{product} : marge de {margin}, {below, select, yes {bien en dessous} other {bien au-dessus}} de la médiane {category} ({median})',
  'dashboard.insight.expenseSpike':
    'Dépenses « {category} » ce mois-ci : {amount}, {ratio} fois un mois habituel ({usual} en moyenne sur les 6 derniers mois)',
  'dashboard.insight.dormantStock':
    "Stock qui dort : {count, plural, one {{count} produit n'a rien vendu} other {{count} produits n'ont rien vendu}} en {windowDays, plural, one {{windowDays} jour} other {{windowDays} jours}}{hasValue, select, yes { ({value} au prix d'achat)} other {}} : {products}{others, plural, =0 {} other { (+{others})}}",
  'dashboard.insight.slowSeller':
    '{product} : {quantity, plural, =0 {aucune vente} other {{quantityText} {soldUnit}}} en {windowDays, plural, one {{windowDays} jour} other {{windowDays} jours}} — {stockText} {stockUnit} en stock{hasValue, select, yes { ({value} au prix d’achat)} other {}}',
  // Busy times (dashboard/busy-times.builder.ts): {day} is a weekday, {amount} an average day's takings.
  'dashboard.busy.bestDay': 'Meilleur jour : le {day} — {amount} et {sales} ventes en moyenne',
  'dashboard.busy.quietDay': 'Jour le plus calme : le {day} — {amount} et {sales} ventes en moyenne',
  'dashboard.busy.peakHours': 'Heures de pointe : de {from} h à {to} h — {share} des tickets',
  'dashboard.busy.quietHours': 'Heures creuses (boutique ouverte) : de {from} h à {to} h — {share} des tickets',
  'dashboard.busy.weekdays': 'Moyenne par jour : {days}',
  'dashboard.insight.stockCover':
    'Couverture de stock la plus courte : {product}, {days, plural, one {{daysText} jour} other {{daysText} jours}} au rythme actuel ({stock} {unit} en stock)',
  // Market: the price comparison (market/competitors-summary.ts) and the trends (market/trends-summary.ts).
  'market.competitors.none': 'Aucun prix concurrent enregistré pour ces produits.',
  'market.competitors.single':
    '{product} : notre prix {ourPrice}, moyenne des concurrents {average} (indice {index}) ; le moins cher est {lowest} à {lowestPrice}.',
  'market.competitors.many':
    '{count, plural, one {{count} produit comparé} other {{count} produits comparés}} : moins chers que la concurrence sur {cheaper}, plus chers sur {dearer}, alignés sur {aligned}. Indice de prix moyen {index} (100 = moyenne des concurrents).{hasDearest, select, yes { Plus gros écart : {dearest} (indice {dearestIndex}).} other {}}',
  'market.trends.headline':
    "{period}{hasScope, select, yes {, {scope}} other {}} : chiffre d'affaires {revenue}{hasChange, select, yes { ({change})} other {}} {vs}.",
  'market.trends.extremes': 'Plus forte hausse : {up} ({upChange}) ; plus forte baisse : {down} ({downChange}).',
  'market.trends.seasonality':
    'Sur 12 mois, le mois le plus fort est {peak} (indice {peakIndex}), le plus faible {trough} (indice {troughIndex}).',
  'market.trends.growing': 'En progression : {product} (+{change}).',
  'market.trends.declining': 'En recul : {product} ({change}).',
  // Fixed replies: a rejected proposal, an answer cut off by a restart; an expense's card.
  'agent.rejected': "D'accord, je n'ai rien modifié.",
  'chat.interrupted': "Désolé, cette réponse a été interrompue : le serveur s'est arrêté pendant que je répondais. Renvoyez votre message.",
  'expenses.preview': 'Nouvelle dépense : {details}',
  // The offline model's notices: a cancellation, what it cannot do yet (agent/models/notices.ts).
  'notice.cancel.nothing': "Il n'y a rien à annuler : je n'ai rien modifié.",
  'notice.pending.approve':
    "Rien n'est encore enregistré : la carte attend votre réponse. Touchez « Valider » sur la carte pour l'enregistrer (ou « Refuser » pour l'écarter).",
  'notice.pending.reject':
    "Rien n'a été modifié. Pour écarter la proposition, touchez « Refuser » sur la carte ; pour la corriger, dites par exemple « non, 4 ».",
  'agent.replacedDecide': "Cette carte a été remplacée par votre correction : rien n'a été enregistré. Validez la carte corrigée.",
  'agent.replaced': 'Remplacée par votre correction : rien ne sera enregistré avec cette carte.',
  'notice.cancel.pending':
    "Rien n'a été modifié : la proposition attend toujours votre réponse. Touchez « Refuser » sur la carte pour l'écarter.",
  'notice.cancel.rejected': "Rien n'a été modifié : vous avez refusé cette proposition.",
  'notice.cancel.reverse':
    'Ce changement est déjà enregistré. Pour revenir en arrière, je peux proposer le mouvement inverse (il attendra votre accord, comme toujours) :',
  'notice.cancel.sale':
    "Je ne peux pas annuler une vente par le chat, et je n'ai rien modifié. Sur la page Ventes, dans la liste du jour, le propriétaire touche « Annuler » à côté de la vente : elle est remboursée et la marchandise revient en stock.",
  'notice.cancel.applied':
    "Ce changement est déjà enregistré et je ne peux pas encore l'annuler par le chat. Vous pouvez le corriger depuis la page concernée.",
  'notice.unsupported.to_come':
    "Je n'ai rien enregistré : c'est pour plus tard. Je n'enregistre que ce qui est fait — dites-le-moi le jour venu (« j'ai payé… », « j'ai vendu… ») et je vous proposerai de l'enregistrer.",
  'notice.unsupported.delivery_to_come':
    "Je n'ai rien ajouté au stock : la marchandise n'est pas encore arrivée. Quand elle sera là, dites-moi « j'ai reçu {what} » et je proposerai de l'ajouter au stock.",
  'notice.unsupported.supplier_order':
    "Je ne peux pas passer de commande chez vos fournisseurs : je n'envoie rien à l'extérieur et je n'ai rien ajouté au stock. Quand la marchandise arrivera, dites-moi « j'ai reçu {what} » et je proposerai de l'ajouter au stock.",
  'notice.unsupported.supplier_debt':
    "Je ne tiens pas encore ce que vous devez à vos fournisseurs, et je n'ai rien enregistré : le carnet ne suit que ce que vos clients vous doivent. Quand la marchandise arrive, dites « j'ai reçu … » pour le stock ; quand vous payez le fournisseur, dites-le comme une dépense (« j'ai payé 20 000 DA au grossiste ») : elle compte dans vos achats de marchandises.",
  'notice.unsupported.price_change':
    "Je ne peux pas encore modifier un prix depuis le chat : je n'ai rien changé. Changez-le sur la page Stock : touchez le prix du produit. Je peux aussi vous montrer les prix des concurrents pour vous aider à décider.",
  'notice.unsupported.past_period':
    "Je ne peux pas encore afficher cette période passée (le trimestre dernier, un mois précis…) : je donne la période en cours — aujourd'hui, la semaine, le mois, le trimestre ou l'année — ou hier, la semaine dernière, le mois dernier et l'année dernière, chacun avec la comparaison à la période d'avant.",
  'notice.unsupported.sale':
    "Je ne peux pas encore enregistrer une vente par le chat, et je n'ai rien modifié (pas de stock, pas de dépense).",
  'notice.unsupported.new_product': "Je ne peux pas encore ajouter un produit au catalogue par le chat, et je n'ai rien modifié.",
  'notice.unsupported.customer_return':
    "Un retour client ne s'enregistre pas par le chat, et je n'ai rien modifié (ni le stock ni la caisse). Sur la page Ventes, le propriétaire choisit le jour de la vente (aujourd'hui, hier ou une date), touche « Annuler / retour » à côté d'elle et choisit combien d'articles reviennent : ils sont remboursés et remis en stock.",
  'notice.unsupported.customer_credit':
    "Je ne peux pas encore suivre le crédit de vos clients, et je n'ai rien enregistré (ce n'est pas une dépense).",
  'notice.unsupported.till_withdrawal':
    'Je n’ai rien enregistré : l’argent pris dans la caisse{money} n’est ni une recette ni une dépense. S’il a servi à payer une facture, dites-moi laquelle, par exemple « j’ai payé l’électricité 4500 ».',
  'notice.unsupported.bank_deposit':
    'Je n’ai rien enregistré : l’argent versé à la banque{money} reste l’argent de la boutique, ce n’est pas une dépense. Pour des frais bancaires, dites-le, par exemple « frais bancaires 500 ».',
  'notice.unsupported.bank_withdrawal':
    'Je n’ai rien enregistré : l’argent retiré de la banque{money} reste l’argent de la boutique, ce n’est pas une dépense. S’il a servi à payer une facture, dites-moi laquelle, par exemple « j’ai payé le loyer 30000 ».',
  'notice.unsupported.pack_pieces':
    "Dans votre catalogue, {product} se compte par lot entier : {n}, ce serait {n} lots, pas {n} pièces. Je n'ai rien enregistré. Si ce sont bien des lots, touchez ci-dessous ; sinon, dites-le-moi en lots.",
  'notice.unsupported.sale_total':
    "{money} pour toute la vente : je ne sais pas combien a coûté chaque produit, et je n'ai rien enregistré. Redites la vente avec le prix de chacun (« 4 pain à 25 et 1 lait à 50 »), ou sans prix pour ceux du catalogue.",
  'notice.unsupported.unclear_write': "Je préfère vérifier avant d'enregistrer quoi que ce soit : de quoi s'agit-il ?",
  'notice.unsupported.partial_payment':
    "Une partie payée ({money}) et le reste à crédit : je l'enregistre en deux fois, pour que chaque carte montre le bon solde — je n'ai rien enregistré. D'abord la vente à crédit (« {customer} a pris … à crédit »), et une fois approuvée, son paiement (« {customer} m'a payé {money} »).",
  'notice.unsupported.customer_complaint':
    "Merci de me le dire, c'est bon à savoir. Je ne garde pas les remarques de vos clients, et je n'ai rien modifié. Je peux vous montrer le stock ({what}) pour le vérifier, ou retirer du stock ce qui n'est plus bon si vous me dites combien (« retire 3 pain du stock »).",
  'notice.unsupported.no_tool': "Je ne sais pas encore faire cela, et je n'ai rien modifié. Voici ce que je peux faire :",
  'notice.theCustomer': 'le client',
  'notice.theGoods': 'la marchandise',
  // The market report's fixed wording (headings, labels, chart titles); its sentences with figures are above.
  'report.words.title': "Rapport d'analyse de marché",
  'report.words.titleOn': 'Rapport de marché : {topic}',
  'report.words.business': 'Commerce',
  'report.words.period': 'Période',
  'report.words.generatedOn': 'Établi le',
  'report.words.source': "Sources : ventes enregistrées et relevés de prix concurrents de l'entreprise. Montants en dinars algériens (DA).",
  'report.words.sections.overview': "Vue d'ensemble",
  'report.words.sections.categories': 'Performance par catégorie',
  'report.words.sections.seasonality': 'Tendance mensuelle et saisonnalité',
  'report.words.sections.movers': 'Produits en progression et en recul',
  'report.words.sections.competition': 'Prix face à la concurrence',
  'report.words.sections.recommendations': 'Recommandations',
  'report.words.figures.revenue': "Chiffre d'affaires",
  'report.words.figures.revenueChange': 'Évolution du CA',
  'report.words.figures.sales': 'Nombre de ventes',
  'report.words.figures.basket': 'Panier moyen',
  'report.words.figures.grossMargin': 'Marge brute',
  'report.words.figures.marginRate': 'Taux de marge',
  'report.words.figures.netResult': 'Résultat net',
  'report.words.figures.share': 'Part du CA total',
  'report.words.figures.averageMonth': 'Mois moyen',
  'report.words.figures.peak': 'Mois le plus fort',
  'report.words.figures.trough': 'Mois le plus faible',
  'report.words.figures.priceIndex': 'Indice de prix moyen',
  'report.words.figures.cheaper': 'Produits moins chers',
  'report.words.figures.dearer': 'Produits plus chers',
  'report.words.figures.aligned': 'Produits alignés',
  'report.words.charts.categoryRevenue': "Chiffre d'affaires par catégorie",
  'report.words.charts.monthlyRevenue': "Chiffre d'affaires mensuel (12 derniers mois)",
  'report.words.charts.priceIndex': 'Indice de prix par produit (100 = moyenne des concurrents)',
  'report.words.charts.revenue': "Chiffre d'affaires",
  'report.words.charts.index': 'Indice',
  'report.words.growing': 'En progression',
  'report.words.declining': 'En recul',
  'report.words.none': 'aucun',
  'report.words.noCompetitorPrices': 'Aucun relevé de prix concurrent pour ce périmètre.',
  'report.words.noAction': 'Aucune action urgente : les chiffres sont dans la norme.',
  'report.words.vsPrevious': 'par rapport à la période précédente au même stade',
  // The offline model's own sentences (greetings, help, clarifying questions, approvals): agent/models/replies.ts.
  'replies.pictureKind':
    'Est-ce un ticket de caisse (une dépense) ou un produit (pour le stock) ? Renvoyez la photo avec « reçu » ou « produit ».',
  'replies.greeting':
    'Bonjour ! Je suis Tajer, votre assistant. Demandez-moi votre stock, vos ventes, vos dépenses, les prix des concurrents ou un texte pour vos clients.',
  'replies.thanks': 'Avec plaisir ! Autre chose ?',
  'replies.help':
    'Voici ce que je sais faire :\n- **Stock** : « il me reste combien de semoule ? », « ajoute 20 sacs de farine »\n- **Ventes** : « j’ai vendu 3 sucre et 2 café », « la recette d’aujourd’hui c’est 45 000 DA », « nouveau produit : Chips Mahboul à 30 DA »\n- **Crédit** : « qui me doit de l’argent ? », « Ahmed m’a payé 2 000 DA »\n- **Tableau de bord** : « mes ventes de la semaine », « des alertes ? »\n- **Dépenses** : « mes dépenses du mois », « ajoute 3 500 DA de transport », ou envoyez la photo d’un reçu\n- **Marché** : « prix des concurrents pour l’huile », « tendances du trimestre », « un rapport de marché »\n- **Marketing** : « un post Facebook pour la promo Ramadan », « mes campagnes »\nLes modifications attendent toujours votre confirmation.',
  'replies.gettingStarted':
    'Pour démarrer votre boutique :\n- **Catalogue** : importez votre liste de produits (Excel ou CSV, modèle fourni) depuis **Stock → Importer un catalogue**, ou dites-moi « nouveau produit : Sucre 1kg à 120 DA, stock 50 »\n- **Ventes** : « j’ai vendu 3 sucre et 2 café », ou la recette du jour : « recette 45 000 DA »\n- **Carnet** : « Karim a pris 2 sucre à crédit », « Karim m’a payé 500 »\n- **Dépenses** : « loyer 30 000 DA », ou envoyez la photo d’un reçu\nRien n’est enregistré avant votre confirmation.',
  'replies.outOfScope':
    'Je suis là pour votre commerce : stock, ventes, dépenses, concurrents et marketing. Je ne peux pas répondre à cette question, mais essayez « aide » pour voir ce que je sais faire.',
  'replies.failure': "Désolé, je n'ai pas pu terminer cette réponse. Réessayez dans un instant.",
  'replies.countChoice': "J'ai compté {n} {product}",
  'replies.countSame': 'Le stock de {product} est déjà de {n} : rien à corriger.',
  'replies.countWhich': 'Lequel avez-vous compté ?',
  'replies.uncounted': 'Rien n’est proposé pour {products} : quelle quantité ?',
  'replies.moreSold':
    'Proposé comme une vente à part : la première reste telle quelle. Pour corriger plutôt sa quantité, dites « non, {n} ».',
  'replies.coverOut': '**{name}** est en rupture : il n’en reste rien en stock.',
  'replies.coverNone':
    'Aucune vente de **{name}** depuis le {since} ({days} jours) : je ne peux pas dire combien de jours dureront vos {stock} en stock.',
  'replies.coverFigures': '{stock} en stock, {sold} vendus depuis le {since} ({days} jours), soit {rate} par jour en moyenne',
  'replies.coverUnderDay': '**{name}** : moins d’une journée de stock au rythme des ventes récentes ({figures}).',
  'replies.coverDays': '**{name}** : environ **{n} jours** de stock au rythme des ventes récentes ({figures}).',
  'replies.coverWhich': 'Plusieurs produits correspondent : lequel ?',
  'replies.coverChoice': 'Combien de jours va durer {product} ?',
  'replies.quoted': '« {text} »',
  'replies.unrecorded':
    'Rien n’est proposé pour {parts} : une chose à la fois. Envoyez-le dans un message à part pour l’enregistrer (bouton ci-dessous).',
  'replies.unpaidBill':
    'Rien n’est enregistré : une facture est notée le jour où elle est payée. Dites-moi alors « j’ai payé … » avec sa somme.',
  'replies.approvalAsk': 'Vérifiez la modification proposée : rien n’est enregistré tant que vous ne l’avez pas validée.',
  'replies.approvalAskMany':
    'Vérifiez les {n} modifications proposées : rien n’est enregistré tant que vous ne les avez pas validées, chacune sur sa carte.',
  'replies.toolFailed': "Je n'ai pas pu le faire : {error}",
  'replies.clarify.product': 'De quel produit s’agit-il ?',
  'replies.clarify.quantity': 'Quelle quantité ? (par exemple « +20 » reçus ou « -3 » retirés)',
  'replies.clarifyAmount.sales_daily_total': 'Quel est le montant de la recette du jour, en DA ?',
  'replies.clarifyAmount.expenses_add': 'Quel est le montant de la dépense, en DA ?',
  'replies.clarifyAmount.customers_payment': 'Combien le client a-t-il payé, en DA ?',
  'replies.clarifyAmount.customers_credit_add': 'Quel montant ajouter au compte du client, en DA ?',
  'replies.clarify.amount': 'Quel est le montant, en DA ?',
  'replies.clarify.channel': 'Pour quel canal : Facebook, Instagram, SMS, e-mail ou WhatsApp ?',
  'replies.clarify.topic': 'Sur quel sujet ? (par exemple « promo Ramadan »)',
  'replies.clarify.message': 'Que voulez-vous nous dire ?',
  'replies.clarify.attachmentId': 'Envoyez-moi la photo (bouton trombone ou appareil photo).',
  'replies.clarify.generic': 'Pouvez-vous préciser ?',
  // The offline model's tap-to-send choices (agent/models/notices.ts): each label, and the request it sends.
  'notice.choice.removeStock.label': 'Retirer {n} {product}',
  'notice.choice.removeStock.text': 'Retire {n} {product} du stock',
  'notice.choice.putBack.label': 'Remettre {n} {product}',
  'notice.choice.putBack.text': 'Ajoute {n} {product} au stock',
  'notice.choice.stockOf.label': 'Stock de {product}',
  'notice.choice.stockOf.text': 'Il me reste combien de {product} ?',
  'notice.choice.myStock.label': 'Mon stock',
  'notice.choice.myStock.text': "Montre-moi tout l'inventaire",
  'notice.choice.lowStock.label': 'Produits à recommander',
  'notice.choice.lowStock.text': 'Quels produits sont bientôt en rupture ?',
  'notice.choice.todaySales.label': 'Mes ventes du jour',
  'notice.choice.todaySales.text': "Mes ventes aujourd'hui",
  'notice.choice.monthExpenses.label': 'Mes dépenses du mois',
  'notice.choice.monthExpenses.text': 'Mes dépenses ce mois-ci',
  'notice.choice.help': 'Aide',
  'notice.choice.thisMonthExpenses.label': 'Dépenses de ce mois-ci',
  'notice.choice.yearExpenses.label': "Dépenses de l'année",
  'notice.choice.yearExpenses.text': 'Mes dépenses cette année',
  'notice.choice.today.label': "Aujourd'hui (comparé à hier)",
  'notice.choice.thisMonth.label': 'Ce mois-ci (comparé au mois dernier)',
  'notice.choice.thisMonth.text': 'Comment vont mes ventes ce mois-ci ?',
  'notice.choice.expense.label': 'Une dépense de {money}',
  'notice.choice.expense.text': 'Ajoute une dépense de {raw} DA',
  'notice.choice.expenseYesterday.label': 'Une dépense d’hier de {money}',
  'notice.choice.expenseYesterday.text': "Ajoute une dépense d'hier de {raw} DA",
  'notice.choice.takingsYesterday.label': 'La recette d’hier : {money}',
  'notice.choice.takingsYesterday.text': "La recette d'hier c'est {raw} DA",
  'notice.choice.takings.label': 'La recette du jour : {money}',
  'notice.choice.takings.text': "La recette d'aujourd'hui c'est {raw} DA",
  'notice.choice.counted.label': 'Stock compté : {n} {product}',
  'notice.choice.counted.text': "J'ai compté {n} {product}",
  'notice.choice.received.label': 'Réception : +{n} {product}',
  'notice.choice.received.text': "J'ai reçu {n} {product}",
  'notice.choice.sold.label': 'Vente : −{n} {product}',
  'notice.choice.sold.text': "J'ai vendu {n} {product}",
  'notice.choice.removed.label': 'Retrait du stock : −{n} {product}',
  'notice.choice.competitorPrices.label': 'Prix des concurrents : {product}',
  'notice.choice.competitorPrices.text': 'À combien mes concurrents vendent {product} ?',
  'notice.choice.allCompetitorPrices.label': 'Prix des concurrents',
  'notice.choice.allCompetitorPrices.text': 'Compare mes prix avec ceux des concurrents',
  // Customer segments (marketing/audience): a fact not recorded, age bands, acquisition channels, RFM segments.
  'audience.unknown': 'Non renseigné',
  'audience.ageBand': '{band} ans',
  'audience.channel.tiktok': 'TikTok',
  'audience.channel.store': 'En magasin',
  'audience.channel.walkIn': 'Passage en magasin',
  'audience.channel.wordOfMouth': 'Bouche-à-oreille',
  'audience.channel.flyer': 'Prospectus',
  'audience.segment.champions': 'Champions',
  'audience.segment.loyal': 'Fidèles',
  'audience.segment.new': 'Nouveaux',
  'audience.segment.occasional': 'Occasionnels',
  'audience.segment.at_risk': 'À risque',
  'audience.segment.lost': 'Perdus',
  'audience.segment.prospects': 'Jamais acheté',
  // The customer import's columns (customers/customer-import.service.ts), as the report and the template name them.
  'customers.import.field.name': 'Nom',
  'customers.import.field.phone': 'Téléphone',
  'customers.import.field.email': 'E-mail',
  'customers.import.field.wilaya': 'Wilaya',
  'customers.import.field.ageBand': "Tranche d'âge",
  'customers.import.field.channel': 'Canal',
  'customers.import.field.openingBalance': 'Reste dû (carnet)',
  'customers.import.field.creditLimit': 'Plafond de crédit',
  'customers.import.field.note': 'Note',
  // Account emails (auth/account-emails.ts): a password reset, an invitation.
  'mail.reset.subject': 'Tajer : nouveau mot de passe',
  'mail.reset.text':
    "Bonjour,\n\nPour choisir un nouveau mot de passe Tajer, ouvrez ce lien (valable 30 minutes, une seule fois) :\n{link}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.\n\nTajer",
  'mail.invitation.subject': 'Invitation : rejoignez {business} sur Tajer',
  'mail.invitation.text':
    "Bonjour,\n\n{inviter} vous invite à rejoindre « {business} » sur Tajer, l'assistant de la boutique.\nOuvrez ce lien pour choisir votre nom et votre mot de passe (valable 7 jours, une seule fois) :\n{link}\n\nTajer",
  // The catalogue template (inventory/import/product-template.ts): its sheets and its help lines.
  'inventory.template.help.1': 'Une ligne par produit. Obligatoire pour un nouveau produit : le nom et le prix de vente.',
  'inventory.template.help.2':
    'Un produit existant est reconnu par sa référence, puis par son code-barres : ses cases remplies sont mises à jour, les cases vides ne changent rien.',
  'inventory.template.help.3':
    'Prix : 1250, 1 250,50 ou 1250.5. Le stock est un comptage : un écart avec le stock enregistré devient un mouvement « inventaire ».',
  'inventory.template.help.4':
    "Le prix d'achat peut rester vide : la marge de ce produit sera alors inconnue (jamais comptée comme gratuite).",
  'inventory.template.sheet.products': 'Produits',
  'inventory.template.sheet.help': 'Aide',
  // The chat's answer when the database is away (chat/chat.gateway.ts; database/ only tells that it is).
  'chat.databaseDown':
    "Désolé, je n'arrive pas à joindre la base de données pour le moment : votre message n'a pas été enregistré. Réessayez dans quelques secondes.",
  // Tajer as an MCP server (mcp-server/): its instructions, a failed call, the note on a write tool. {path} is the approval route.
  'mcp.instructions':
    'Outils de Tajer pour ce commerce (stock, ventes, dépenses, marché, marketing). Les montants sont en dinars algériens (DZD). {writesAtOnce, select, yes {Cette clé applique les écritures tout de suite (mcp:write).} other {Les écritures sont proposées et attendent une validation.}}',
  'mcp.toolFailed': "L'outil n'a pas pu s'exécuter. Réessayez dans un moment.",
  'mcp.writeNote':
    'Sur ce canal, la modification est proposée et attend une validation (dans l’application ou {path}), sauf clé créée avec la portée mcp:write.',
  // Marketing texts (marketing/content/): the wilaya after the shop's name, a discount, an email's subject line as stored.
  'content.where': ', {wilaya}',
  'content.discount': '-{discount} %',
  'content.subjectLine': 'Objet : {subject}',
  // The market report's lines (market/report-content.builder.ts, report-pdf.renderer.ts): a labelled figure, a competitor, the seasonality, the phone.
  'report.labelled': '{label} : {value}',
  'report.competitorLine':
    '{who} : indice moyen {index} sur {count, plural, one {{countText} produit} other {{countText} produits}} ; nous sommes moins chers sur {cheaper}, plus chers sur {dearer}.',
  'report.seasonality':
    'Un mois moyen représente {average}. Le mois le plus fort des 12 derniers est {peak} (indice {peakIndex}, soit {peakVsAverage} par rapport à un mois moyen), le plus faible {trough} (indice {troughIndex}).',
  'report.letterhead.phone': 'Tél. {phone}',
};

export type MessageKey = keyof typeof fr;
export type Catalogue = Record<MessageKey, string>;
