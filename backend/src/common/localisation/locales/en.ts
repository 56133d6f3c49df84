import type { Catalogue } from './fr';

/** The server's messages in English. */
export const en: Catalogue = {
  'ai.prompt.market.product': 'Compare my {product} prices with competitors',
  'ai.prompt.market.trends':
    'Analyse market trends{hasCategory, select, yes { for {category}} other {}}{hasPeriod, select, yes { {period}} other {}}',
  'ai.prompt.content': 'Write a {channel} post about {topic}{hasTone, select, yes { with a {tone} tone} other {}}',
  'ai.prompt.insights': 'Give me insights and recommendations for my business',
  'credit.nobody': 'Nobody owes you anything.',
  'credit.summary':
    '{count, plural, one {{countText} customer owes} other {{countText} customers owe}} you {total} in total ({top}). Oldest credit: {oldest}, {days, plural, one {{daysText} day} other {{daysText} days}}.',
  'report.recommend.reviewPrice': 'Review the price of {product}: {ourPrice} vs {average} on average at competitors (index {index}).',
  'report.recommend.marginRoom':
    "Room for margin on {product}: you are {below} below the competitors' average; a moderate increase would stay competitive.",
  'report.recommend.reviveCategory': 'Revive the {category} category ({change}): better shelf placement or a targeted promotion.',
  'report.recommend.prepareMonth': 'Prepare for {month}: last year it ran {above} above an average month; build up stock ahead.',
  'report.recommend.secureSupply': 'Secure supply of {product}, which is growing fast (+{change}).',
  'report.recommend.negativeResult': 'Net result is negative ({result}): expenses exceed gross margin; keep a close eye on them.',
  'credit.paid': '{name} paid {amount}: now owes {owed}{hasAdvance, select, yes { (advance of {advance})} other {}}.',
  'credit.advanceUnconfirmed':
    '{name} only owes {owed}: a payment of {amount} would leave an advance of {advance}. Send advance: true to record it as an advance.',
  'credit.paymentPreview': 'Payment from {name}: {amount} — owed {before} → {after}',
};
