import type { Catalogue } from './fr';

/** The server's messages in Arabic (ICU: Arabic has zero/one/two/few/many/other plural forms). */
export const ar: Catalogue = {
  'ai.prompt.market.product': 'قارن أسعار {product} مع المنافسين',
  'ai.prompt.market.trends':
    'حلل اتجاهات السوق{hasCategory, select, yes { لـ {category}} other {}}{hasPeriod, select, yes { {period}} other {}}',
  'ai.prompt.content': 'اكتب منشور {channel} عن {topic}{hasTone, select, yes { بنبرة {tone}} other {}}',
  'ai.prompt.insights': 'أعطني تحليلات وتوصيات لتجارتي',
  'credit.nobody': 'لا أحد مدين لك بشيء.',
  'credit.summary':
    '{count, plural, one {زبون واحد مدين لك} two {زبونان مدينان لك} few {{countText} زبائن مدينون لك} other {{countText} زبون مدينون لك}} بمجموع {total} ({top}). أقدم كريدي: {oldest}، منذ {days, plural, one {يوم واحد} two {يومين} few {{daysText} أيام} other {{daysText} يوما}}.',
  'report.recommend.reviewPrice': 'مراجعة سعر {product}: {ourPrice} مقابل {average} في المتوسط عند المنافسين (مؤشر {index}).',
  'report.recommend.marginRoom': 'هامش ممكن على {product}: سعرك أقل بـ{below} من متوسط المنافسين؛ زيادة معتدلة تبقى تنافسية.',
  'report.recommend.reviveCategory': 'تنشيط فئة {category} ({change}): عرض أفضل في الرفوف أو تخفيض موجه.',
  'report.recommend.prepareMonth':
    'الاستعداد لشهر {month}: في السنة الماضية كان هذا الشهر أعلى بـ{above} من شهر متوسط؛ يُنصح بتعزيز المخزون مسبقا.',
  'report.recommend.secureSupply': 'تأمين التموين بـ{product}، فهو في تقدم واضح (+{change}).',
  'report.recommend.negativeResult': 'النتيجة الصافية سلبية ({result}): المصاريف تتجاوز الهامش الإجمالي، يجب مراقبتها.',
  'credit.paid': 'دفع {name} {amount}: الباقي عليه الآن {owed}{hasAdvance, select, yes { (تسبيق {advance})} other {}}.',
  'credit.advanceUnconfirmed': 'على {name} {owed} فقط: دفع {amount} يترك تسبيقا بقيمة {advance}. أكّد أنه تسبيق (advance: true).',
  'credit.paymentPreview': 'دفعة من {name}: {amount} — الباقي {before} ← {after}',
};
