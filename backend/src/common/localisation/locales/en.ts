import type { Catalogue } from './fr';

/** The server's messages in English. */
export const en: Catalogue = {
  'ai.prompt.market.product': 'Compare my {product} prices with competitors',
  'ai.prompt.market.trends': 'Analyse market trends{hasCategory, select, yes { for {category}} other {}}{hasPeriod, select, yes { {period}} other {}}',
  'ai.prompt.content': 'Write a {channel} post about {topic}{hasTone, select, yes { with a {tone} tone} other {}}',
  'ai.prompt.insights': 'Give me insights and recommendations for my business',
  'credit.nobody': 'Nobody owes you anything.',
  'credit.summary':
    '{count, plural, one {{countText} customer owes} other {{countText} customers owe}} you {total} in total ({top}). Oldest credit: {oldest}, {days, plural, one {{daysText} day} other {{daysText} days}}.',
};
