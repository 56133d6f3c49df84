import type { Catalogue } from './fr';

/** The server's messages in Arabic (ICU: Arabic has zero/one/two/few/many/other plural forms). */
export const ar: Catalogue = {
  'ai.prompt.market.product': 'قارن أسعار {product} مع المنافسين',
  'ai.prompt.market.trends': 'حلل اتجاهات السوق{hasCategory, select, yes { لـ {category}} other {}}{hasPeriod, select, yes { {period}} other {}}',
  'ai.prompt.content': 'اكتب منشور {channel} عن {topic}{hasTone, select, yes { بنبرة {tone}} other {}}',
  'ai.prompt.insights': 'أعطني تحليلات وتوصيات لتجارتي',
  'credit.nobody': 'لا أحد مدين لك بشيء.',
  'credit.summary':
    '{count, plural, one {زبون واحد مدين لك} two {زبونان مدينان لك} few {{countText} زبائن مدينون لك} other {{countText} زبون مدينون لك}} بمجموع {total} ({top}). أقدم كريدي: {oldest}، منذ {days, plural, one {يوم واحد} two {يومين} few {{daysText} أيام} other {{daysText} يوما}}.',
};
