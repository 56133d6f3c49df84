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
  'agent.refusal.ownerRead': "Sorry, your account can't see this: it is kept for the shop's owner.",
  'agent.refusal.ownerWrite': "Sorry, your account can't make this change: it is kept for the shop's owner.",
  'agent.refusal.notAllowed': "Sorry, your account can't use this.",
  'agent.refusal.readOnlyKey': 'This API key can only read: I cannot save anything with it.',
  'common.listSeparator': ', ',
  'sales.item': '{quantity} × {product}{hasPrice, select, yes { at {price}} other {}}',
  'sales.item.unresolved': '« {query} » ?',
  'sales.preview.productNotFound': 'Product not found: "{query}".',
  'sales.preview.whichProduct': '"{query}": which one? {candidates}',
  'sales.preview.stockBelowZero':
    '{product}: the recorded stock ({before}) will go to {after}. The sale will be recorded; recount the shelf.',
  'sales.preview.overCreditLimit': '{name} will go over their credit limit ({limit}).',
  'sales.preview.whichCustomer': 'Which customer? {names}',
  'sales.preview.newCustomer': '{name} is not a customer yet: they will be added.',
  'sales.preview.customerNotFound': 'Customer "{query}" not found: the sale will not be linked to them.',
  'sales.preview.creditNeedsCustomer': 'A credit sale needs the customer.',
  'sales.preview.summary': '{items} = {total} ({payment}){hasCustomer, select, yes { — {customer}} other {}}',
  'sales.view.stockBelowZero':
    '{product}: sold beyond the recorded stock ({before} → {after}). The sale is recorded; count the shelf to correct the stock.',
  'sales.view.sale': 'Sale on {date}: {items} = {amount} ({payment}){hasCustomer, select, yes { — {customer}} other {}}.',
  'sales.view.refund': 'Refund on {date}: {items} = {amount} given back ({payment}){hasCustomer, select, yes { — {customer}} other {}}.',
  'sales.view.dailyTotal':
    'Declared takings for {date}: {declared}{hasItemized, select, yes {, of which {itemized} already recorded as itemised sales} other {}}; {counted} counted without detail (no margin).',
  'sales.daily.belowRecorded':
    'Sales already recorded on {date} come to {recorded}, more than the declared takings ({declared}): nothing is added.',
  'sales.daily.preview':
    'Takings for {date}: {declared}{hasReplaces, select, yes { (replaces {replaces})} other {}}{hasRecorded, select, yes { — {recorded} of it already recorded as sales} other {}}; {added} added to revenue, with no margin (cost unknown).',
  'inventory.draft.nameMissing': 'The product needs a name.',
  'inventory.draft.priceMissing': 'At what price do you sell "{name}"?',
  'inventory.draft.costUnknown': 'Cost unknown: this product has no margin until its cost is given.',
  'inventory.draft.barcodeTaken': 'Barcode {barcode} already belongs to {owner}.',
  'inventory.draft.skuTaken': 'SKU {sku} already exists.',
  'inventory.draft.similar': 'Already in the catalogue under a close name: {names}.',
  'inventory.draft.summary': 'New product: {name} ({sku}) at {price}, stock {stock} {unit}, category {category}',
  'dashboard.stats.summary':
    '{period}: revenue {revenue}{hasRevenueChange, select, yes { ({revenueChange})} other {}} from {salesCount, plural, one {{sales} sale} other {{sales} sales}}{hasUnmargined, select, yes { ({unmargined} of it without detail or known cost, not in the margin)} other {}}, average basket {basket}, {marginKnown, select, yes {gross margin {margin} ({rate}{hasUnmargined, select, yes { of the sales with a known cost} other {}})} other {gross margin unknown (no purchase cost on file)}}, operating expenses {expenses} (excluding goods purchases: {purchases}), {marginKnown, select, yes {net result {net}{hasNetChange, select, yes { ({netChange})} other {}}} other {net result unknown}}. {comparable, select, yes {Changes {vs}.} other {No sales in the previous period to compare with.}} Stock: {stockKnown, select, none {value unknown ({uncosted, plural, one {{uncosted} product} other {{uncosted} products}} without a purchase cost)} part {{stock} at cost (not counting {uncosted, plural, one {{uncosted} product} other {{uncosted} products}} of unknown cost)} other {{stock} at cost}}, {low, plural, one {{low} product} other {{low} products}} at or below the reorder threshold.',
  'dashboard.firstRun.expenses': 'Operating expenses: {amount}.',
  'dashboard.firstRun.stock': 'Stock: {amount} at cost.',
  'dashboard.alert.negativeStock':
    'Stock to recount: {product} is at {stock} (sales went beyond the recorded stock). Count the shelf and correct it with an inventory movement.',
  'dashboard.alert.outOfStock': 'Out of stock: {product}{selling, select, yes { (about {perDay} {unit} sold a day)} other {}}',
  'dashboard.alert.stockOutSoon':
    '{product}: expected to run out in {days, plural, one {{daysText} day} other {{daysText} days}} ({stock} {unit} left, ~{perDay} a day)',
  'dashboard.alert.creditOverdue':
    'Unpaid credit: {customer} owes you {balance}, the oldest unpaid purchase is {days, plural, one {{days} day} other {{days} days}} old ({since})',
  'dashboard.alert.unusualExpense':
    'Unusual expense: {amount} in {category} on {date}, {ratio}x the usual expense in this category ({median})',
  'dashboard.alert.campaignBehind':
    'Campaign "{name}" is behind: {conversions, plural, one {{conversions} conversion} other {{conversions} conversions}} vs {expected} expected by now (target {target})',
  'dashboard.insight.bestSellers':
    'Best sellers over {windowDays, plural, one {{windowDays} day} other {{windowDays} days}}: {byRevenue} by revenue ({revenue}), {byQuantity} by quantity ({quantity} {unit})',
  'dashboard.insight.decliner':
    '{product}: sales down {change} over {windowDays, plural, one {{windowDays} day} other {{windowDays} days}} ({before} → {after})',
  'dashboard.insight.marginOutlier':
    '{product}: {margin} margin, far {below, select, yes {below} other {above}} the {category} median ({median})',
  'dashboard.insight.expenseSpike':
    '{category} spending this month: {amount}, {ratio}x a usual month ({usual} on average over the last 6 months)',
  'dashboard.insight.dormantStock':
    'Stock sitting idle: {count, plural, one {{count} product has} other {{count} products have}} sold nothing in {windowDays, plural, one {{windowDays} day} other {{windowDays} days}}{hasValue, select, yes { ({value} at cost)} other {}}: {products}{others, plural, =0 {} other { (+{others})}}',
  'dashboard.insight.slowSeller':
    '{product}: {quantity, plural, =0 {no sale} other {{quantityText} {soldUnit} sold}} in {windowDays, plural, one {{windowDays} day} other {{windowDays} days}} — {stockText} {stockUnit} in stock{hasValue, select, yes { ({value} at cost)} other {}}',
  'dashboard.busy.bestDay': 'Best day: {day} — {amount} and {sales} sales on average',
  'dashboard.busy.quietDay': 'Quietest day: {day} — {amount} and {sales} sales on average',
  'dashboard.busy.peakHours': 'Peak hours: {from}:00 to {to}:00 — {share} of tickets',
  'dashboard.busy.quietHours': 'Quiet hours (while open): {from}:00 to {to}:00 — {share} of tickets',
  'dashboard.busy.weekdays': 'Average by day: {days}',
  'dashboard.insight.stockCover':
    'Shortest stock cover: {product}, {days, plural, one {{daysText} day} other {{daysText} days}} at the current pace ({stock} {unit} in stock)',
  'market.competitors.none': 'No competitor prices recorded for these products.',
  'market.competitors.single':
    "{product}: our price {ourPrice}, competitors' average {average} (index {index}); cheapest is {lowest} at {lowestPrice}.",
  'market.competitors.many':
    "{count, plural, one {{count} product} other {{count} products}} compared: cheaper than competitors on {cheaper}, dearer on {dearer}, aligned on {aligned}. Average price index {index} (100 = competitors' average).{hasDearest, select, yes { Biggest gap: {dearest} (index {dearestIndex}).} other {}}",
  'market.trends.headline':
    '{period}{hasScope, select, yes {, {scope}} other {}}: revenue {revenue}{hasChange, select, yes { ({change})} other {}} {vs}.',
  'market.trends.extremes': 'Strongest rise: {up} ({upChange}); steepest fall: {down} ({downChange}).',
  'market.trends.seasonality':
    'Over 12 months the strongest month is {peak} (index {peakIndex}), the weakest {trough} (index {troughIndex}).',
  'market.trends.growing': 'Growing: {product} (+{change}).',
  'market.trends.declining': 'Declining: {product} ({change}).',
  'agent.rejected': "OK, I didn't change anything.",
  'chat.interrupted': 'Sorry, this answer was interrupted: the server stopped while I was answering. Please send your message again.',
  'expenses.preview': 'New expense: {details}',
  'notice.cancel.nothing': "There's nothing to cancel: I haven't changed anything.",
  'notice.pending.approve':
    'Nothing is recorded yet: the card is waiting for your answer. Tap "Approve" on the card to record it (or "Reject" to drop it).',
  'notice.pending.reject': 'Nothing was changed. To drop the proposal, tap "Reject" on the card; to correct it, say for example "no, 4".',
  'agent.replacedDecide': 'This card was replaced by your correction: nothing was recorded. Approve the corrected card instead.',
  'agent.replaced': 'Replaced by your correction: nothing will be recorded from this card.',
  'notice.cancel.pending': 'Nothing has been changed: the proposal is still waiting for your answer. Tap "Reject" on the card to drop it.',
  'notice.cancel.rejected': 'Nothing was changed: you rejected that proposal.',
  'notice.cancel.reverse':
    'That change is already recorded. To undo it, I can propose the opposite movement (it will wait for your approval, as always):',
  'notice.cancel.sale':
    "I can't cancel a sale from the chat, and I haven't changed anything. On the Sales page, in today's list, the owner taps “Cancel” next to the sale: it is refunded and the goods go back to stock.",
  'notice.cancel.applied': "That change is already recorded and I can't undo it from the chat yet. You can correct it from its page.",
  'notice.unsupported.to_come':
    'I haven\'t recorded anything: that\'s for later. I only record what has happened — tell me on the day ("I paid…", "I sold…") and I\'ll propose recording it.',
  'notice.unsupported.delivery_to_come':
    "I haven't added anything to the stock: the goods haven't arrived yet. When they're here, tell me \"I received {what}\" and I'll propose adding them to the stock.",
  'notice.unsupported.supplier_order':
    "I can't place orders with your suppliers: I don't send anything outside and I haven't added anything to the stock. When the goods arrive, tell me \"I received {what}\" and I'll propose adding them to the stock.",
  'notice.unsupported.supplier_debt':
    'I don\'t keep what you owe your suppliers yet, and I haven\'t recorded anything: the credit book only follows what your customers owe you. When goods arrive, say "I received …" for the stock; when you pay the supplier, tell me as an expense ("I paid 20,000 DZD to the wholesaler"): it counts in your goods purchases.',
  'notice.unsupported.price_change':
    "I can't change a price from the chat yet: I haven't changed anything. Change it on the Stock page: tap the product's price. I can also show you competitors' prices to help you decide.",
  'notice.unsupported.past_period':
    "I can't show that past period yet (last quarter, a given month…): I give the current period — today, this week, month, quarter or year — or yesterday, last week, last month and last year, each compared with the one before.",
  'notice.unsupported.sale': "I can't record a sale from the chat yet, and I haven't changed anything (no stock, no expense).",
  'notice.unsupported.new_product': "I can't add a product to the catalogue from the chat yet, and I haven't changed anything.",
  'notice.unsupported.customer_return':
    "A customer's return isn't recorded from the chat, and I haven't changed anything (neither the stock nor the till). On the Sales page, the owner picks the day of the sale (today, yesterday or a date), taps “Cancel / return” next to it and chooses how many items come back: they are refunded and go back to stock.",
  'notice.unsupported.customer_credit': "I can't track your customers' credit yet, and I haven't recorded anything (it isn't an expense).",
  'notice.unsupported.till_withdrawal':
    'I have recorded nothing: money taken from the till{money} is neither takings nor an expense. If it paid a bill, tell me which one, for example “I paid the electricity 4500”.',
  'notice.unsupported.bank_deposit':
    'I have recorded nothing: money put in the bank{money} is still the shop’s money, not an expense. For bank fees, say so, for example “bank fees 500”.',
  'notice.unsupported.bank_withdrawal':
    'I have recorded nothing: money taken out of the bank{money} is still the shop’s money, not an expense. If it paid a bill, tell me which one, for example “I paid the rent 30000”.',
  'notice.unsupported.pack_pieces':
    "In your catalogue, {product} is counted by the whole pack: {n} would be {n} packs, not {n} pieces. I haven't recorded anything. If they are packs, tap below; otherwise, tell me in packs.",
  'notice.unsupported.sale_total':
    "{money} for the whole sale: I don't know what each product cost, and I haven't recorded anything. Say the sale again with each one's price (“4 bread at 25 and 1 milk at 50”), or without prices for the catalogue's.",
  'notice.unsupported.unclear_write': "I'd rather check before recording anything: what is it?",
  'notice.unsupported.partial_payment':
    "Part paid ({money}) and the rest on credit: I record it in two steps, so that each card shows the right balance — I haven't recorded anything. First the sale on credit (« {customer} took … on credit »), and once it is approved, the payment (« {customer} paid me {money} »).",
  'notice.unsupported.customer_complaint':
    "Thank you for telling me, that is good to know. I don't keep your customers' remarks, and I haven't changed anything. I can show you the stock ({what}) to check it, or take out of the stock what is no longer good if you tell me how many (« remove 3 bread from the stock »).",
  'notice.unsupported.no_tool': "I can't do that yet, and I haven't changed anything. Here is what I can do:",
  'notice.theCustomer': 'the customer',
  'notice.theGoods': 'the goods',
  // The market report's fixed wording (headings, labels, chart titles); its sentences with figures are above.
  'report.words.title': 'Market analysis report',
  'report.words.titleOn': 'Market report: {topic}',
  'report.words.business': 'Business',
  'report.words.period': 'Period',
  'report.words.generatedOn': 'Generated on',
  'report.words.source': "Sources: the business's recorded sales and the competitor prices it noted. Amounts in Algerian dinars (DZD).",
  'report.words.sections.overview': 'Overview',
  'report.words.sections.categories': 'Performance by category',
  'report.words.sections.seasonality': 'Monthly trend and seasonality',
  'report.words.sections.movers': 'Growing and declining products',
  'report.words.sections.competition': 'Prices vs competitors',
  'report.words.sections.recommendations': 'Recommendations',
  'report.words.figures.revenue': 'Revenue',
  'report.words.figures.revenueChange': 'Revenue change',
  'report.words.figures.sales': 'Number of sales',
  'report.words.figures.basket': 'Average basket',
  'report.words.figures.grossMargin': 'Gross margin',
  'report.words.figures.marginRate': 'Margin rate',
  'report.words.figures.netResult': 'Net result',
  'report.words.figures.share': 'Share of total revenue',
  'report.words.figures.averageMonth': 'Average month',
  'report.words.figures.peak': 'Strongest month',
  'report.words.figures.trough': 'Weakest month',
  'report.words.figures.priceIndex': 'Average price index',
  'report.words.figures.cheaper': 'Products cheaper',
  'report.words.figures.dearer': 'Products dearer',
  'report.words.figures.aligned': 'Products aligned',
  'report.words.charts.categoryRevenue': 'Revenue by category',
  'report.words.charts.monthlyRevenue': 'Monthly revenue (last 12 months)',
  'report.words.charts.priceIndex': "Price index by product (100 = competitors' average)",
  'report.words.charts.revenue': 'Revenue',
  'report.words.charts.index': 'Index',
  'report.words.growing': 'Growing',
  'report.words.declining': 'Declining',
  'report.words.none': 'none',
  'report.words.noCompetitorPrices': 'No competitor prices recorded for this scope.',
  'report.words.noAction': 'No urgent action: the figures are within their usual range.',
  'report.words.vsPrevious': 'vs the previous period at the same point',
  // The offline model's own sentences (greetings, help, clarifying questions, approvals): agent/models/replies.ts.
  'replies.pictureKind': 'Is this a receipt (an expense) or a product (for stock)? Send the photo again with “receipt” or “product”.',
  'replies.greeting':
    "Hello! I'm Tajer, your assistant. Ask me about your stock, sales, expenses, competitors' prices, or a post for your customers.",
  'replies.thanks': 'You are welcome! Anything else?',
  'replies.help':
    'Here is what I can do:\n- **Stock**: "how much semolina is left?", "add 20 bags of flour"\n- **Sales**: "I sold 3 sugar and 2 coffee", "today\'s takings are 45,000 DA", "new product: Mahboul chips at 30 DA"\n- **Credit**: "who owes me money?", "Ahmed paid me 2,000 DA"\n- **Dashboard**: "this week\'s sales", "any alerts?"\n- **Expenses**: "this month\'s expenses", "add 3,500 DA of transport", or send a photo of a receipt\n- **Market**: "competitor prices for oil", "this quarter\'s trends", "a market report"\n- **Marketing**: "a Facebook post for the Ramadan promo", "my campaigns"\nChanges always wait for your approval.',
  'replies.gettingStarted':
    'To get your shop started:\n- **Catalogue**: import your product list (Excel or CSV, template provided) from **Stock → Import a catalogue**, or tell me "new product: Sugar 1kg at 120 DA, stock 50"\n- **Sales**: "I sold 3 sugar and 2 coffee", or the day\'s takings: "takings 45,000 DA"\n- **Notebook**: "Karim took 2 sugar on credit", "Karim paid me 500"\n- **Expenses**: "rent 30,000 DA", or send a photo of a receipt\nNothing is saved until you approve it.',
  'replies.outOfScope':
    'I\'m here for your shop: stock, sales, expenses, competitors and marketing. I can\'t answer that, but type "help" to see what I can do.',
  'replies.failure': "Sorry, I couldn't finish this answer. Please try again in a moment.",
  'replies.countChoice': 'I counted {n} {product}',
  'replies.countSame': 'The stock of {product} is already {n}: nothing to correct.',
  'replies.countWhich': 'Which one did you count?',
  'replies.uncounted': 'Nothing proposed for {products}: what quantity?',
  'replies.moreSold': 'Proposed as a sale of its own: the first one stays as it is. To correct its quantity instead, say “no, {n}”.',
  'replies.coverOut': '**{name}** is out of stock: there is none left.',
  'replies.coverNone': 'No sale of **{name}** since {since} ({days} days): I cannot tell how many days your {stock} in stock will last.',
  'replies.coverFigures': '{stock} in stock, {sold} sold since {since} ({days} days), {rate} a day on average',
  'replies.coverUnderDay': '**{name}**: less than a day of stock at the recent pace of sales ({figures}).',
  'replies.coverDays': '**{name}**: about **{n} days** of stock at the recent pace of sales ({figures}).',
  'replies.coverWhich': 'Several products match: which one?',
  'replies.coverChoice': 'How many days will {product} last?',
  'replies.quoted': '“{text}”',
  'replies.unrecorded':
    'Nothing is proposed for {parts}: one thing at a time. Send it in a message of its own to record it (button below).',
  'replies.unpaidBill': 'Nothing is recorded: a bill is noted on the day it is paid. Tell me then “I paid …” with its amount.',
  'replies.approvalAsk': 'Check the proposed change: nothing is saved until you approve it.',
  'replies.approvalAskMany': 'Check the {n} proposed changes: nothing is saved until you approve each one on its card.',
  'replies.toolFailed': "I couldn't do that: {error}",
  'replies.clarify.product': 'Which product do you mean?',
  'replies.clarify.quantity': 'What quantity? (e.g. "+20" received or "-3" removed)',
  'replies.clarifyAmount.sales_daily_total': 'What are the day’s takings, in DA?',
  'replies.clarifyAmount.expenses_add': 'What is the amount of the expense, in DA?',
  'replies.clarifyAmount.customers_payment': 'How much did the customer pay, in DA?',
  'replies.clarifyAmount.customers_credit_add': 'How much goes on the customer’s account, in DA?',
  'replies.clarify.amount': 'What is the amount, in DA?',
  'replies.clarify.channel': 'For which channel: Facebook, Instagram, SMS, email or WhatsApp?',
  'replies.clarify.topic': 'About what? (e.g. "Ramadan promo")',
  'replies.clarify.message': 'What would you like to tell us?',
  'replies.clarify.attachmentId': 'Send me the photo (paper-clip or camera button).',
  'replies.clarify.generic': 'Could you be more specific?',
  // The offline model's tap-to-send choices (agent/models/notices.ts): each label, and the request it sends.
  'notice.choice.removeStock.label': 'Remove {n} {product}',
  'notice.choice.removeStock.text': 'Remove {n} {product} from stock',
  'notice.choice.putBack.label': 'Put back {n} {product}',
  'notice.choice.putBack.text': 'Add {n} {product} to stock',
  'notice.choice.stockOf.label': '{product} stock',
  'notice.choice.stockOf.text': 'How much {product} is left?',
  'notice.choice.myStock.label': 'My stock',
  'notice.choice.myStock.text': 'Show me the whole inventory',
  'notice.choice.lowStock.label': 'Products to reorder',
  'notice.choice.lowStock.text': 'Which products are running low?',
  'notice.choice.todaySales.label': "Today's sales",
  'notice.choice.todaySales.text': "What's my revenue today?",
  'notice.choice.monthExpenses.label': "This month's expenses",
  'notice.choice.monthExpenses.text': 'List my expenses for this month',
  'notice.choice.help': 'Help',
  'notice.choice.thisMonthExpenses.label': "This month's expenses",
  'notice.choice.yearExpenses.label': "This year's expenses",
  'notice.choice.yearExpenses.text': 'List my expenses for this year',
  'notice.choice.today.label': 'Today (vs yesterday)',
  'notice.choice.thisMonth.label': 'This month (vs last month)',
  'notice.choice.thisMonth.text': 'How were sales this month?',
  'notice.choice.expense.label': 'An expense of {money}',
  'notice.choice.expense.text': 'Add an expense of {raw} DA',
  'notice.choice.expenseYesterday.label': 'An expense of {money} yesterday',
  'notice.choice.expenseYesterday.text': 'Add an expense of {raw} DA yesterday',
  'notice.choice.takingsYesterday.label': "Yesterday's takings: {money}",
  'notice.choice.takingsYesterday.text': "Yesterday's takings are {raw} DA",
  'notice.choice.takings.label': "Today's takings: {money}",
  'notice.choice.takings.text': "Today's takings are {raw} DA",
  'notice.choice.counted.label': 'Counted stock: {n} {product}',
  'notice.choice.counted.text': 'I counted {n} {product}',
  'notice.choice.received.label': 'Received: +{n} {product}',
  'notice.choice.received.text': 'I received {n} {product}',
  'notice.choice.sold.label': 'Sale: −{n} {product}',
  'notice.choice.sold.text': 'I sold {n} {product}',
  'notice.choice.removed.label': 'Removed from stock: −{n} {product}',
  'notice.choice.competitorPrices.label': 'Competitor prices: {product}',
  'notice.choice.competitorPrices.text': 'What are competitors charging for {product}?',
  'notice.choice.allCompetitorPrices.label': 'Competitor prices',
  'notice.choice.allCompetitorPrices.text': 'Compare my prices with competitors',
  // Customer segments (marketing/audience): a fact not recorded, age bands, acquisition channels, RFM segments.
  'audience.unknown': 'Not given',
  'audience.ageBand': '{band} years',
  'audience.channel.tiktok': 'TikTok',
  'audience.channel.store': 'In store',
  'audience.channel.walkIn': 'Walk-in',
  'audience.channel.wordOfMouth': 'Word of mouth',
  'audience.channel.flyer': 'Flyer',
  'audience.segment.champions': 'Champions',
  'audience.segment.loyal': 'Loyal',
  'audience.segment.new': 'New',
  'audience.segment.occasional': 'Occasional',
  'audience.segment.at_risk': 'At risk',
  'audience.segment.lost': 'Lost',
  'audience.segment.prospects': 'Never bought',
  // The customer import's columns (customers/customer-import.service.ts), as the report and the template name them.
  'customers.import.field.name': 'Name',
  'customers.import.field.phone': 'Phone',
  'customers.import.field.email': 'Email',
  'customers.import.field.wilaya': 'Wilaya',
  'customers.import.field.ageBand': 'Age band',
  'customers.import.field.channel': 'Channel',
  'customers.import.field.openingBalance': 'Owed (notebook)',
  'customers.import.field.creditLimit': 'Credit limit',
  'customers.import.field.note': 'Note',
  // Account emails (auth/account-emails.ts): a password reset, an invitation.
  'mail.reset.subject': 'Tajer: reset your password',
  'mail.reset.text':
    'Hello,\n\nTo choose a new Tajer password, open this link (valid for 30 minutes, once):\n{link}\n\nIf you did not ask for it, ignore this message: your password does not change.\n\nTajer',
  'mail.invitation.subject': 'Invitation: join {business} on Tajer',
  'mail.invitation.text':
    'Hello,\n\n{inviter} invites you to join "{business}" on Tajer, the shop\'s assistant.\nOpen this link to choose your name and password (valid for 7 days, once):\n{link}\n\nTajer',
  // The catalogue template (inventory/import/product-template.ts): its sheets and its help lines.
  'inventory.template.help.1': 'One row per product. Required for a new product: the name and the selling price.',
  'inventory.template.help.2':
    'An existing product is found by its SKU, then by its barcode: filled cells update it, empty cells change nothing.',
  'inventory.template.help.3':
    'Prices: 1250, 1,250.50 or 1 250,50. Stock is a count: a difference with the recorded stock becomes an "inventory" movement.',
  'inventory.template.help.4': 'The cost may stay empty: the product margin is then unknown (never counted as free).',
  'inventory.template.sheet.products': 'Products',
  'inventory.template.sheet.help': 'Help',
  // The chat's answer when the database is away (chat/chat.gateway.ts; database/ only tells that it is).
  'chat.databaseDown': "Sorry, I can't reach the database right now: your message was not saved. Try again in a few seconds.",
  // Tajer as an MCP server (mcp-server/): its instructions, a failed call, the note on a write tool. {path} is the approval route.
  'mcp.instructions':
    "Tajer's tools for this business (stock, sales, expenses, market, marketing). Amounts are in Algerian dinars (DZD). {writesAtOnce, select, yes {This key applies writes at once (mcp:write).} other {Writes are proposed and wait for approval.}}",
  'mcp.toolFailed': 'The tool could not run. Try again in a moment.',
  'mcp.writeNote':
    'Over this channel the change is proposed and waits for approval (in the app or {path}), unless the key was created with the mcp:write scope.',
  // Marketing texts (marketing/content/): the wilaya after the shop's name, a discount, an email's subject line as stored.
  'content.where': ', {wilaya}',
  'content.discount': '{discount}%',
  'content.subjectLine': 'Subject: {subject}',
  // The market report's lines (market/report-content.builder.ts, report-pdf.renderer.ts): a labelled figure, a competitor, the seasonality, the phone.
  'report.labelled': '{label}: {value}',
  'report.competitorLine':
    '{who}: average index {index} over {count, plural, one {{countText} product} other {{countText} products}}; we are cheaper on {cheaper}, dearer on {dearer}.',
  'report.seasonality':
    'An average month brings {average}. The strongest of the last 12 months was {peak} (index {peakIndex}, {peakVsAverage} vs an average month), the weakest {trough} (index {troughIndex}).',
  'report.letterhead.phone': 'Tel. {phone}',
};
