import { formatMoney, formatNumber } from '@tajer/tools';
import type { Choice, Lang } from '../../chat/chat-events';
import { message, type MessageKey } from '../../common/localisation/messages';
import type { HistoryTurn, Notice } from '../local/nlu';

/**
 * The offline model's plain answers when it calls no tool on purpose: a cancellation ("annule") and what it cannot
 * do yet (order from a supplier, change a price, a past period…). Each says plainly that nothing was changed and
 * offers what is possible as answers to tap; each answer's text is a request the assistant understands.
 */
type Texts = Record<Lang, string>;
type Reply = { text: string; choices: Choice[] };

const pick = (t: Texts, lang: Lang) => t[lang] ?? t.fr;
const choice = (lang: Lang, label: Texts, text: Texts = label): Choice => ({ label: pick(label, lang), text: pick(text, lang) });

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
  const n = formatNumber(Math.abs(quantity), lang);
  return quantity > 0
    ? choice(
        lang,
        { fr: `Retirer ${n} ${product}`, ar: `سحب ${n} ${product}`, en: `Remove ${n} ${product}` },
        { fr: `Retire ${n} ${product} du stock`, ar: `أنقص ${n} ${product} من المخزون`, en: `Remove ${n} ${product} from stock` },
      )
    : choice(
        lang,
        { fr: `Remettre ${n} ${product}`, ar: `إرجاع ${n} ${product}`, en: `Put back ${n} ${product}` },
        { fr: `Ajoute ${n} ${product} au stock`, ar: `أضف ${n} ${product} إلى المخزون`, en: `Add ${n} ${product} to stock` },
      );
}

export function cancelReply(history: readonly HistoryTurn[], lang: Lang, isWrite: (tool: string) => boolean): Reply {
  const last = lastWrite(history, isWrite);
  const status = last?.status?.replace('-', '_');
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
    ? choice(
        lang,
        { fr: `Stock de ${product}`, ar: `مخزون ${product}`, en: `${product} stock` },
        { fr: `Il me reste combien de ${product} ?`, ar: `كم بقي من ${product}؟`, en: `How much ${product} is left?` },
      )
    : choice(
        lang,
        { fr: 'Mon stock', ar: 'مخزوني', en: 'My stock' },
        { fr: "Montre-moi tout l'inventaire", ar: 'أرني كل المخزون', en: 'Show me the whole inventory' },
      );

const LOW_STOCK = (lang: Lang) =>
  choice(
    lang,
    { fr: 'Produits à recommander', ar: 'منتجات يجب إعادة طلبها', en: 'Products to reorder' },
    { fr: 'Quels produits sont bientôt en rupture ?', ar: 'ما هي المنتجات التي قاربت على النفاد؟', en: 'Which products are running low?' },
  );

const WHAT_I_DO = (lang: Lang): Choice[] => [
  STOCK_OF(undefined, lang),
  choice(
    lang,
    { fr: 'Mes ventes du jour', ar: 'مبيعات اليوم', en: "Today's sales" },
    { fr: "Mes ventes aujourd'hui", ar: 'ما هو رقم الأعمال اليوم؟', en: "What's my revenue today?" },
  ),
  choice(
    lang,
    { fr: 'Mes dépenses du mois', ar: 'مصاريف الشهر', en: "This month's expenses" },
    { fr: 'Mes dépenses ce mois-ci', ar: 'ما هي مصاريفي هذا الشهر؟', en: 'List my expenses for this month' },
  ),
  choice(lang, { fr: 'Aide', ar: 'مساعدة', en: 'Help' }),
];

/** Same figures, to date, for each period tool: what a "last month" question can be answered with. */
const CURRENT_PERIOD: Record<string, (lang: Lang) => Choice[]> = {
  expenses_list: (lang) => [
    choice(
      lang,
      { fr: 'Dépenses de ce mois-ci', ar: 'مصاريف هذا الشهر', en: "This month's expenses" },
      { fr: 'Mes dépenses ce mois-ci', ar: 'ما هي مصاريفي هذا الشهر؟', en: 'List my expenses for this month' },
    ),
    choice(
      lang,
      { fr: "Dépenses de l'année", ar: 'مصاريف السنة', en: "This year's expenses" },
      { fr: 'Mes dépenses cette année', ar: 'ما هي مصاريفي هذه السنة؟', en: 'List my expenses for this year' },
    ),
  ],
  default: (lang) => [
    choice(
      lang,
      { fr: "Aujourd'hui (comparé à hier)", ar: 'اليوم (مقارنة بالأمس)', en: 'Today (vs yesterday)' },
      { fr: "Mes ventes aujourd'hui", ar: 'ما هو رقم الأعمال اليوم؟', en: "What's my revenue today?" },
    ),
    choice(
      lang,
      { fr: 'Ce mois-ci (comparé au mois dernier)', ar: 'هذا الشهر (مقارنة بالشهر الماضي)', en: 'This month (vs last month)' },
      { fr: 'Comment vont mes ventes ce mois-ci ?', ar: 'كيف هي مبيعاتي هذا الشهر؟', en: 'How were sales this month?' },
    ),
  ],
};

/** The question back when a write command does not say what it records ("ajoute 1800 DA"). */
function unclearWriteChoices(notice: Notice, lang: Lang, canRecordSales: boolean): Choice[] {
  const out: Choice[] = [];
  if (notice.amount !== undefined) {
    const money = formatMoney(notice.amount, lang);
    const raw = String(notice.amount);
    out.push(
      choice(
        lang,
        { fr: `Une dépense de ${money}`, ar: `مصروف بقيمة ${money}`, en: `An expense of ${money}` },
        { fr: `Ajoute une dépense de ${raw} DA`, ar: `سجل مصروف ${raw} دينار`, en: `Add an expense of ${raw} DA` },
      ),
    );
    if (canRecordSales) {
      out.push(
        choice(
          lang,
          { fr: `La recette du jour : ${money}`, ar: `مدخول اليوم: ${money}`, en: `Today's takings: ${money}` },
          { fr: `La recette d'aujourd'hui c'est ${raw} DA`, ar: `مدخول اليوم ${raw} دينار`, en: `Today's takings are ${raw} DA` },
        ),
      );
    }
    return out;
  }
  if (notice.quantity !== undefined && notice.product) {
    const n = formatNumber(notice.quantity, lang);
    const p = notice.product;
    out.push(
      choice(
        lang,
        { fr: `Réception : +${n} ${p}`, ar: `استلام: +${n} ${p}`, en: `Received: +${n} ${p}` },
        { fr: `J'ai reçu ${n} ${p}`, ar: `استلمت ${n} ${p}`, en: `I received ${n} ${p}` },
      ),
    );
    if (canRecordSales)
      out.push(
        choice(
          lang,
          { fr: `Vente : −${n} ${p}`, ar: `بيع: −${n} ${p}`, en: `Sale: −${n} ${p}` },
          { fr: `J'ai vendu ${n} ${p}`, ar: `بعت ${n} ${p}`, en: `I sold ${n} ${p}` },
        ),
      );
    out.push(
      choice(
        lang,
        { fr: `Retrait du stock : −${n} ${p}`, ar: `سحب من المخزون: −${n} ${p}`, en: `Removed from stock: −${n} ${p}` },
        { fr: `Retire ${n} ${p} du stock`, ar: `أنقص ${n} ${p} من المخزون`, en: `Remove ${n} ${p} from stock` },
      ),
    );
  }
  return out;
}

/** Why nothing was done, per notice reason (the texts are in the message catalogues; {what} is the goods awaited). */
const UNSUPPORTED = {
  supplier_order: 'notice.unsupported.supplier_order',
  price_change: 'notice.unsupported.price_change',
  past_period: 'notice.unsupported.past_period',
  sale: 'notice.unsupported.sale',
  new_product: 'notice.unsupported.new_product',
  customer_credit: 'notice.unsupported.customer_credit',
  unclear_write: 'notice.unsupported.unclear_write',
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
    case 'supplier_order':
      return { text, choices: [STOCK_OF(notice.product, lang), LOW_STOCK(lang)] };
    case 'price_change':
      return {
        text,
        choices: notice.product
          ? [
              choice(
                lang,
                {
                  fr: `Prix des concurrents : ${notice.product}`,
                  ar: `أسعار المنافسين: ${notice.product}`,
                  en: `Competitor prices: ${notice.product}`,
                },
                {
                  fr: `À combien mes concurrents vendent ${notice.product} ?`,
                  ar: `ما هي أسعار المنافسين لـ ${notice.product}؟`,
                  en: `What are competitors charging for ${notice.product}?`,
                },
              ),
            ]
          : [
              choice(
                lang,
                { fr: 'Prix des concurrents', ar: 'أسعار المنافسين', en: 'Competitor prices' },
                {
                  fr: 'Compare mes prix avec ceux des concurrents',
                  ar: 'قارن أسعاري بأسعار المنافسين',
                  en: 'Compare my prices with competitors',
                },
              ),
            ],
      };
    case 'past_period':
      return { text, choices: (CURRENT_PERIOD[notice.tool ?? ''] ?? CURRENT_PERIOD.default)(lang) };
    case 'unclear_write': {
      const choices = unclearWriteChoices(notice, lang, canRecordSales);
      return choices.length ? { text, choices } : { text: message(lang, UNSUPPORTED.no_tool), choices: WHAT_I_DO(lang) };
    }
    case 'sale':
    case 'new_product':
      return { text, choices: [STOCK_OF(notice.product, lang), WHAT_I_DO(lang)[1]] };
    case 'customer_credit':
      return { text, choices: WHAT_I_DO(lang).slice(0, 3) };
    default:
      return { text, choices: WHAT_I_DO(lang) };
  }
}
