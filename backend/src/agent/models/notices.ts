import { formatMoney, formatNumber } from '@tajer/tools';
import type { Choice, Lang } from '../../chat/chat-events';
import { message, type MessageKey, type MessageValues } from '../../common/localisation/messages';
import type { HistoryTurn, Notice } from '../local/nlu';

/**
 * The offline model's plain answers when it calls no tool on purpose: a cancellation ("annule") and what it cannot
 * do yet (order from a supplier, change a price, a past period…). Each says plainly that nothing was changed and
 * offers what is possible as answers to tap; each answer's text is a request the assistant understands. Every word is
 * in the message catalogues (common/localisation/locales): a choice is a label key and the key of the request it sends.
 */
type Reply = { text: string; choices: Choice[] };

const choice = (lang: Lang, label: MessageKey, text: MessageKey = label, values: MessageValues = {}): Choice => ({
  label: message(lang, label, values),
  text: message(lang, text, values),
});

/** The last write of the conversation (a change the user may want to cancel), with what became of it. */
export function lastWrite(history: readonly HistoryTurn[], isWrite: (tool: string) => boolean): HistoryTurn | undefined {
  for (let i = history.length - 1; i >= 0; i -= 1) if (history[i].intent && isWrite(history[i].intent!)) return history[i];
  return undefined;
}

/** The stock movement that undoes an applied one, as a request the assistant reads back ("Retire 24 Thon…"). */
function reverseStock(args: Record<string, unknown>, lang: Lang): Choice | undefined {
  const product = typeof args.product === 'string' ? args.product : undefined;
  const quantity = typeof args.quantity === 'number' ? args.quantity : undefined;
  if (!product || !quantity) return undefined;
  const values = { n: formatNumber(Math.abs(quantity), lang), product };
  return quantity > 0
    ? choice(lang, 'notice.choice.removeStock.label', 'notice.choice.removeStock.text', values)
    : choice(lang, 'notice.choice.putBack.label', 'notice.choice.putBack.text', values);
}

export function cancelReply(
  history: readonly HistoryTurn[],
  lang: Lang,
  isWrite: (tool: string) => boolean,
  notice?: Pick<Notice, 'sale'>,
): Reply {
  const last = lastWrite(history, isWrite);
  const status = last?.status?.replace('-', '_');
  // « Annule la vente » while a proposed sale waits is that proposal; otherwise it is a sale already recorded, which
  // the owner refunds from the sales page (a refund row, the goods back on the shelf).
  if (notice?.sale && !(status === 'awaiting_approval' && last?.intent === 'sales_record')) {
    return { text: message(lang, 'notice.cancel.sale'), choices: [] };
  }
  if (!last || status === 'failed') {
    return {
      text: message(lang, 'notice.cancel.nothing'),
      choices: [],
    };
  }
  if (status === 'awaiting_approval') {
    return {
      text: message(lang, 'notice.cancel.pending'),
      choices: [],
    };
  }
  if (status === 'rejected') {
    return {
      text: message(lang, 'notice.cancel.rejected'),
      choices: [],
    };
  }
  // Applied: say so, and how to reverse it (a new change, approved like any other).
  const reverse = last.intent === 'inventory_adjust' ? reverseStock(last.args ?? {}, lang) : undefined;
  if (reverse) {
    return {
      text: message(lang, 'notice.cancel.reverse'),
      choices: [reverse],
    };
  }
  return {
    text: message(lang, 'notice.cancel.applied'),
    choices: [],
  };
}

const STOCK_OF = (product: string | undefined, lang: Lang) =>
  product
    ? choice(lang, 'notice.choice.stockOf.label', 'notice.choice.stockOf.text', { product })
    : choice(lang, 'notice.choice.myStock.label', 'notice.choice.myStock.text');

/** The goods a message names, as the counts of a stock movement: « 20 Semoule » (received, sold, removed). */
const GOODS_NAMED = (notice: Notice, lang: Lang) =>
  notice.quantity !== undefined && notice.product ? { n: formatNumber(notice.quantity, lang), product: notice.product } : undefined;

/** « J'ai reçu 20 Semoule »: the stock arrival of the goods the message names. */
const RECEIVED = (goods: { n: string; product: string }, lang: Lang) =>
  choice(lang, 'notice.choice.received.label', 'notice.choice.received.text', goods);

const LOW_STOCK = (lang: Lang) => choice(lang, 'notice.choice.lowStock.label', 'notice.choice.lowStock.text');

const WHAT_I_DO = (lang: Lang): Choice[] => [
  STOCK_OF(undefined, lang),
  choice(lang, 'notice.choice.todaySales.label', 'notice.choice.todaySales.text'),
  choice(lang, 'notice.choice.monthExpenses.label', 'notice.choice.monthExpenses.text'),
  choice(lang, 'notice.choice.help'),
];

/** Same figures, to date, for each period tool: what a "last month" question can be answered with. */
const CURRENT_PERIOD: Record<string, (lang: Lang) => Choice[]> = {
  expenses_list: (lang) => [
    choice(lang, 'notice.choice.thisMonthExpenses.label', 'notice.choice.monthExpenses.text'),
    choice(lang, 'notice.choice.yearExpenses.label', 'notice.choice.yearExpenses.text'),
  ],
  default: (lang) => [
    choice(lang, 'notice.choice.today.label', 'notice.choice.todaySales.text'),
    choice(lang, 'notice.choice.thisMonth.label', 'notice.choice.thisMonth.text'),
  ],
};

/** The question back when a write command does not say what it records ("ajoute 1800 DA"). */
function unclearWriteChoices(notice: Notice, lang: Lang, canRecordSales: boolean): Choice[] {
  const out: Choice[] = [];
  // « recette 2 millions »: the takings (or the expense) of each reading, as typed back with « DA ».
  if (notice.readings) {
    const takings = notice.tool === 'sales_daily_total';
    if (!(takings ? canRecordSales : notice.tool === 'expenses_add')) return out;
    const key = takings ? 'takings' : 'expense';
    return notice.readings.map((sum) =>
      choice(lang, `notice.choice.${key}.label`, `notice.choice.${key}.text`, { money: formatMoney(sum, lang), raw: String(sum) }),
    );
  }
  if (notice.amount !== undefined) {
    // Another day than today or yesterday: no choice says it plainly enough to be read back — the owner says it again.
    if (notice.day === 'other') return out;
    // The label shows the amount formatted; the request sends it as typed, which the assistant reads back.
    const values = { money: formatMoney(notice.amount, lang), raw: String(notice.amount) };
    const y = notice.day === 'yesterday';
    out.push(
      choice(
        lang,
        y ? 'notice.choice.expenseYesterday.label' : 'notice.choice.expense.label',
        y ? 'notice.choice.expenseYesterday.text' : 'notice.choice.expense.text',
        values,
      ),
    );
    if (canRecordSales)
      out.push(
        choice(
          lang,
          y ? 'notice.choice.takingsYesterday.label' : 'notice.choice.takings.label',
          y ? 'notice.choice.takingsYesterday.text' : 'notice.choice.takings.text',
          values,
        ),
      );
    return out;
  }
  const values = GOODS_NAMED(notice, lang);
  // « stock sucre 37 »: what is on the shelf, or what came in — never a sale.
  if (values && notice.counted)
    return [choice(lang, 'notice.choice.counted.label', 'notice.choice.counted.text', values), RECEIVED(values, lang)];
  if (values) {
    out.push(RECEIVED(values, lang));
    if (canRecordSales) out.push(choice(lang, 'notice.choice.sold.label', 'notice.choice.sold.text', values));
    out.push(choice(lang, 'notice.choice.removed.label', 'notice.choice.removeStock.text', values));
  }
  return out;
}

/** Why nothing was done, per notice reason (the texts are in the message catalogues; {what} is the goods awaited). */
const UNSUPPORTED = {
  supplier_order: 'notice.unsupported.supplier_order',
  supplier_debt: 'notice.unsupported.supplier_debt',
  price_change: 'notice.unsupported.price_change',
  past_period: 'notice.unsupported.past_period',
  sale: 'notice.unsupported.sale',
  new_product: 'notice.unsupported.new_product',
  customer_credit: 'notice.unsupported.customer_credit',
  customer_return: 'notice.unsupported.customer_return',
  customer_complaint: 'notice.unsupported.customer_complaint',
  partial_payment: 'notice.unsupported.partial_payment',
  unclear_write: 'notice.unsupported.unclear_write',
  pack_pieces: 'notice.unsupported.pack_pieces',
  sale_total: 'notice.unsupported.sale_total',
  till_withdrawal: 'notice.unsupported.till_withdrawal',
  bank_withdrawal: 'notice.unsupported.bank_withdrawal',
  bank_deposit: 'notice.unsupported.bank_deposit',
  delivery_to_come: 'notice.unsupported.delivery_to_come',
  to_come: 'notice.unsupported.to_come',
  no_tool: 'notice.unsupported.no_tool',
} as const satisfies Record<string, MessageKey>;

export function unsupportedReply(notice: Notice & { tool?: string }, lang: Lang, canRecordSales: boolean): Reply {
  const reason = notice.reason ?? 'no_tool';
  const what =
    notice.quantity !== undefined && notice.product
      ? `${formatNumber(notice.quantity, lang)} ${notice.product}`
      : (notice.product ?? message(lang, 'notice.theGoods'));
  const text = message(lang, UNSUPPORTED[reason as keyof typeof UNSUPPORTED] ?? UNSUPPORTED.no_tool, { what });
  switch (reason) {
    case 'pack_pieces': {
      // The pack's own name in the choice (« 12 Œufs (plateau de 30) ») says packs: tapping it is the owner's yes.
      const goods = GOODS_NAMED(notice, lang);
      const values = { n: goods?.n ?? '', product: notice.product ?? '' };
      const packs =
        notice.tool === 'sales_record'
          ? choice(lang, 'notice.choice.sold.label', 'notice.choice.sold.text', values)
          : choice(lang, 'notice.choice.received.label', 'notice.choice.received.text', values);
      // A sale to a customer or on credit is not offered back without them (the credit would be lost): said again.
      const choices = notice.terms ? [STOCK_OF(notice.product, lang)] : [packs, STOCK_OF(notice.product, lang)];
      return { text: message(lang, 'notice.unsupported.pack_pieces', values), choices };
    }
    case 'sale_total':
      // No choice: a sale at the catalogue's prices or a split would each be a guess of what was paid.
      return { text: message(lang, 'notice.unsupported.sale_total', { money: formatMoney(notice.amount ?? 0, lang) }), choices: [] };
    case 'supplier_order':
      return { text, choices: [STOCK_OF(notice.product, lang), LOW_STOCK(lang)] };
    case 'delivery_to_come':
      // The stock as it is now, to check; nothing to tap records the goods before they come.
      return { text, choices: [STOCK_OF(notice.product, lang)] };
    case 'to_come':
      // Nothing to tap records a thing to come: the goods' stock or what can be read now.
      return { text, choices: notice.product ? [STOCK_OF(notice.product, lang)] : WHAT_I_DO(lang).slice(0, 3) };
    case 'till_withdrawal':
    case 'bank_withdrawal':
    case 'bank_deposit':
      // Where the day's takings and the month's expenses are, to check; no choice records anything (which bill, if any,
      // is the owner's to say).
      return {
        text: message(lang, UNSUPPORTED[reason], { money: notice.amount ? ` (${formatMoney(notice.amount, lang)})` : '' }),
        choices: WHAT_I_DO(lang).slice(1, 3),
      };
    case 'supplier_debt': {
      // Goods taken on credit still came in: offer the stock arrival the message names, never a credit entry.
      const goods = GOODS_NAMED(notice, lang);
      return {
        text,
        choices: [
          ...(goods ? [RECEIVED(goods, lang)] : []),
          choice(lang, 'notice.choice.monthExpenses.label', 'notice.choice.monthExpenses.text'),
        ],
      };
    }
    case 'price_change':
      return {
        text,
        choices: [
          notice.product
            ? choice(lang, 'notice.choice.competitorPrices.label', 'notice.choice.competitorPrices.text', { product: notice.product })
            : choice(lang, 'notice.choice.allCompetitorPrices.label', 'notice.choice.allCompetitorPrices.text'),
        ],
      };
    case 'past_period':
      return { text, choices: (CURRENT_PERIOD[notice.tool ?? ''] ?? CURRENT_PERIOD.default)(lang) };
    case 'unclear_write': {
      const choices = unclearWriteChoices(notice, lang, canRecordSales);
      // Nothing to offer back: still asked what it is (« I can't do that yet » answered a sum told), with what can be read.
      return { text, choices: choices.length ? choices : WHAT_I_DO(lang) };
    }
    case 'sale':
    case 'new_product':
      return { text, choices: [STOCK_OF(notice.product, lang), WHAT_I_DO(lang)[1]] };
    case 'customer_credit':
      return { text, choices: WHAT_I_DO(lang).slice(0, 3) };
    case 'partial_payment': {
      // No card, and no choice: the payment's card, computed now, would show the balance before the sale is recorded.
      const values = { money: formatMoney(notice.amount ?? 0, lang), customer: notice.customer ?? message(lang, 'notice.theCustomer') };
      return { text: message(lang, 'notice.unsupported.partial_payment', values), choices: [] };
    }
    case 'customer_complaint':
      // The goods complained of, to check; what else the assistant does. Nothing recorded: no tool keeps customers' words.
      return { text, choices: [STOCK_OF(notice.product, lang), choice(lang, 'notice.choice.help')] };
    case 'customer_return':
      // Where to find the sale to refund, and the product's stock to check afterwards.
      return { text, choices: [WHAT_I_DO(lang)[1], STOCK_OF(notice.product, lang)] };
    default:
      return { text, choices: WHAT_I_DO(lang) };
  }
}
