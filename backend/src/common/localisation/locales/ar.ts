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
  'agent.refusal.ownerRead': 'عذرا، حسابك لا يسمح بالاطلاع على هذه المعلومات: هي مخصصة لصاحب المحل.',
  'agent.refusal.ownerWrite': 'عذرا، حسابك لا يسمح بهذا التعديل: هو مخصص لصاحب المحل.',
  'agent.refusal.notAllowed': 'عذرا، حسابك لا يسمح باستعمال هذه الخاصية.',
  'agent.refusal.readOnlyKey': 'مفتاح الواجهة هذا للقراءة فقط: لا يمكنني تسجيل أي شيء به.',
  'common.listSeparator': '، ',
  'sales.item': '{quantity} × {product}{hasPrice, select, yes { بـ {price}} other {}}',
  'sales.item.unresolved': '« {query} » ?',
  'sales.preview.productNotFound': 'منتج غير موجود: «{query}».',
  'sales.preview.whichProduct': '«{query}»: أيّها؟ {candidates}',
  'sales.preview.stockBelowZero': '{product}: المخزون المسجل ({before}) سيصبح {after}. سيُسجَّل البيع؛ أعد عدّ الرف.',
  'sales.preview.overCreditLimit': '{name} سيتجاوز سقف الكريدي ({limit}).',
  'sales.preview.whichCustomer': 'أي زبون؟ {names}',
  'sales.preview.newCustomer': '{name} ليس بعد في قائمة زبائنك: ستتم إضافته.',
  'sales.preview.customerNotFound': 'الزبون «{query}» غير موجود: لن يُربط به البيع.',
  'sales.preview.creditNeedsCustomer': 'البيع بالكريدي يحتاج اسم الزبون.',
  'sales.preview.summary': '{items} = {total} ({payment}){hasCustomer, select, yes { — {customer}} other {}}',
  'sales.view.stockBelowZero': '{product}: بيع أكثر من المخزون المسجل ({before} ← {after}). سُجّل البيع؛ عُدّ الرف لتصحيح المخزون.',
  'sales.view.sale': 'بيع بتاريخ {date}: {items} = {amount} ({payment}){hasCustomer, select, yes { — {customer}} other {}}.',
  'sales.view.refund': 'إرجاع بتاريخ {date}: {items} = {amount} مردودة ({payment}){hasCustomer, select, yes { — {customer}} other {}}.',
  'sales.view.dailyTotal':
    'المداخيل المصرح بها ليوم {date}: {declared}{hasItemized, select, yes {، منها {itemized} مبيعات مفصلة مسبقا} other {}}؛ {counted} محسوبة بدون تفاصيل (خارج الهامش).',
  'sales.daily.belowRecorded': 'المبيعات المسجلة يوم {date} تبلغ {recorded}، أكثر من المداخيل المصرح بها ({declared}): لن يضاف شيء.',
  'sales.daily.preview':
    'مداخيل يوم {date}: {declared}{hasReplaces, select, yes { (بدل {replaces})} other {}}{hasRecorded, select, yes { — منها {recorded} مسجلة كمبيعات} other {}}؛ تضاف {added} لرقم الأعمال بدون هامش (التكلفة غير معروفة).',
  'inventory.draft.nameMissing': 'يلزم اسم المنتج.',
  'inventory.draft.priceMissing': 'بكم تبيع «{name}»؟',
  'inventory.draft.costUnknown': 'سعر الشراء غير معروف: لن يُحسب هامش هذا المنتج حتى يُدخل.',
  'inventory.draft.barcodeTaken': 'الباركود {barcode} مستعمل للمنتج {owner}.',
  'inventory.draft.skuTaken': 'المرجع {sku} موجود.',
  'inventory.draft.similar': 'موجود في القائمة باسم قريب: {names}.',
  'inventory.draft.summary': 'منتج جديد: {name} ({sku}) بسعر {price}، المخزون {stock}، الفئة {category}',
  'dashboard.stats.summary':
    '{period}: رقم الأعمال {revenue}{hasRevenueChange, select, yes { ({revenueChange})} other {}} من {sales} عملية بيع{hasUnmargined, select, yes { (منها {unmargined} بدون تفاصيل أو تكلفة معروفة، خارج الهامش)} other {}}، متوسط السلة {basket}، الهامش الإجمالي {margin} ({rate})، مصاريف التشغيل {expenses} (دون شراء السلع: {purchases})، النتيجة الصافية {net}{hasNetChange, select, yes { ({netChange})} other {}}. {comparable, select, yes {التغيرات {vs}.} other {لا توجد مبيعات في الفترة السابقة للمقارنة.}} المخزون: {stock} بسعر الشراء، وعدد المنتجات عند حد إعادة الطلب أو تحته: {low}.',
  'dashboard.firstRun.expenses': 'مصاريف التشغيل: {amount}.',
  'dashboard.firstRun.stock': 'المخزون: {amount} بسعر الشراء.',
  'dashboard.alert.negativeStock': 'مخزون يجب إعادة عدّه: {product} عند {stock} (مبيعات تجاوزت المخزون المسجل). عُدّ الرف وصحّحه بجرد.',
  'dashboard.alert.outOfStock': 'نفاد المخزون: {product}{selling, select, yes { (يباع حوالي {perDay} يوميا)} other {}}',
  'dashboard.alert.stockOutSoon':
    '{product}: نفاد متوقع خلال {days, plural, one {{daysText} يوم} two {يومين} few {{daysText} أيام} many {{daysText} يوما} other {{daysText} يوم}} (المخزون {stock}، حوالي {perDay} يوميا)',
  'dashboard.alert.creditOverdue':
    'كريدي غير مسدد: {customer} مدين لك بـ {balance}، أقدم شراء غير مسدد منذ {days, plural, one {{days} يوم} two {يومين} few {{days} أيام} many {{days} يوما} other {{days} يوم}} ({since})',
  'dashboard.alert.unusualExpense':
    'مصروف غير معتاد: {amount} في «{category}» بتاريخ {date}، أي {ratio} مرة المصروف المعتاد لهذه الفئة ({median})',
  'dashboard.alert.campaignBehind': 'حملة «{name}» متأخرة: {conversions} تحويل مقابل {expected} متوقعة في هذه المرحلة (الهدف {target})',
  'dashboard.insight.bestSellers':
    'الأكثر مبيعا خلال {windowDays, plural, one {{windowDays} يوم} two {يومين} few {{windowDays} أيام} many {{windowDays} يوما} other {{windowDays} يوم}}: {byRevenue} من حيث رقم الأعمال ({revenue})، و{byQuantity} من حيث الكمية ({quantity})',
  'dashboard.insight.decliner':
    '{product}: تراجع المبيعات بنسبة {change} خلال {windowDays, plural, one {{windowDays} يوم} two {يومين} few {{windowDays} أيام} many {{windowDays} يوما} other {{windowDays} يوم}} (من {before} إلى {after})',
  'dashboard.insight.marginOutlier':
    '{product}: هامش {margin}، {below, select, yes {أقل بكثير} other {أعلى بكثير}} من متوسط فئة {category} ({median})',
  'dashboard.insight.expenseSpike':
    'مصاريف «{category}» هذا الشهر: {amount}، أي {ratio} مرة الشهر المعتاد ({usual} في المتوسط خلال الأشهر الستة الماضية)',
  'dashboard.insight.stockCover':
    'أقصر مدة تغطية للمخزون: {product}، {days, plural, one {{daysText} يوم} two {يومين} few {{daysText} أيام} many {{daysText} يوما} other {{daysText} يوم}} بوتيرة البيع الحالية ({stock} في المخزون)',
  'market.competitors.none': 'لا توجد أسعار منافسين مسجلة لهذه المنتجات.',
  'market.competitors.single':
    '{product}: سعرنا {ourPrice}، ومتوسط المنافسين {average} (مؤشر {index})؛ الأرخص هو {lowest} بسعر {lowestPrice}.',
  'market.competitors.many':
    'تمت مقارنة {count, plural, one {{count} منتج} two {{count} منتج} few {{count} منتجات} many {{count} منتجا} other {{count} منتج}}: أرخص من المنافسين في {cheaper}، أغلى في {dearer}، ومتساوية في {aligned}. متوسط مؤشر الأسعار {index} (100 = متوسط المنافسين).{hasDearest, select, yes { أكبر فرق: {dearest} (مؤشر {dearestIndex}).} other {}}',
  'market.trends.headline':
    '{period}{hasScope, select, yes { ({scope})} other {}}: رقم الأعمال {revenue}{hasChange, select, yes { ({change})} other {}} {vs}.',
  'market.trends.extremes': 'أكبر ارتفاع: {up} ({upChange})؛ أكبر انخفاض: {down} ({downChange}).',
  'market.trends.seasonality': 'خلال 12 شهرا، أقوى شهر هو {peak} (مؤشر {peakIndex}) وأضعفها {trough} (مؤشر {troughIndex}).',
  'market.trends.growing': 'في تقدم: {product} (+{change}).',
  'market.trends.declining': 'في تراجع: {product} ({change}).',
  'agent.rejected': 'حسنا، لم أغير أي شيء.',
  'chat.interrupted': 'عذرا، انقطع هذا الرد: توقف الخادم أثناء إجابتي. أعد إرسال رسالتك.',
  'expenses.preview': 'مصروف جديد: {details}',
  'notice.cancel.nothing': 'لا يوجد ما يُلغى: لم أغيّر أي شيء.',
  'notice.cancel.pending': 'لم يتغير أي شيء: الاقتراح ما زال ينتظر ردك. اضغط «رفض» على البطاقة لإلغائه.',
  'notice.cancel.rejected': 'لم يتغير أي شيء: لقد رفضت هذا الاقتراح.',
  'notice.cancel.reverse': 'هذا التغيير مسجل بالفعل. للتراجع، يمكنني اقتراح الحركة العكسية (ستنتظر موافقتك كالعادة):',
  'notice.cancel.applied': 'هذا التغيير مسجل بالفعل ولا أستطيع إلغاءه من المحادثة بعد. يمكنك تصحيحه من الصفحة المعنية.',
  'notice.unsupported.supplier_order':
    'لا أستطيع إرسال طلبية إلى مورديك: لا أرسل شيئا إلى الخارج ولم أضف شيئا إلى المخزون. عندما تصل البضاعة، قل لي «استلمت {what}» وسأقترح إضافتها إلى المخزون.',
  'notice.unsupported.price_change':
    'لا أستطيع بعد تعديل سعر من المحادثة: لم أغير أي شيء. يمكنني أن أريك أسعار المنافسين لمساعدتك على القرار.',
  'notice.unsupported.past_period':
    'لا أستطيع بعد عرض فترة ماضية محددة (البارحة، الشهر الماضي…): أرقامي تخص الفترة الحالية — اليوم، الأسبوع، الشهر، الفصل أو السنة — مع المقارنة بالفترة السابقة.',
  'notice.unsupported.sale': 'لا أستطيع بعد تسجيل عملية بيع من المحادثة، ولم أغير أي شيء (لا المخزون ولا المصاريف).',
  'notice.unsupported.new_product': 'لا أستطيع بعد إضافة منتج إلى القائمة من المحادثة، ولم أغير أي شيء.',
  'notice.unsupported.customer_credit': 'لا أستطيع بعد متابعة ديون زبائنك، ولم أسجل أي شيء (هذا ليس مصروفا).',
  'notice.unsupported.unclear_write': 'أفضّل التأكد قبل تسجيل أي شيء: ما المقصود؟',
  'notice.unsupported.no_tool': 'لا أعرف القيام بهذا بعد، ولم أغير أي شيء. هذا ما أستطيع فعله:',
  'notice.theGoods': 'البضاعة',
};
