/**
 * What the sales and credit tools share: payment words, the day a sale happened, the customer named by the user,
 * and the sentence a tapped choice sends back (a complete request the assistant reads like one typed by hand).
 */
import { formatMoney, formatNumber, joinList, nameIn, quote, say, type Localized } from './format';
import { formatDate, paymentMethodLabel } from '@tajer/contract';
import { service, type CustomerMatchInfo, type Names } from './services';
import { ToolFailure, type LocalizedChoice } from './tool-kit';
import type { Lang, ToolContext } from './types';

/** A day said by the user ("2026-11-17" for « hier ») becomes midday in Algiers that day; a full date-time is kept. */
export function soldAtOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T11:00:00.000Z` : value;
}

export interface SentenceLine {
  product: string;
  quantity: number;
  unitPrice?: number;
}

/**
 * A sale said again in full, in the user's language ("J'ai vendu 3 Sucre blanc 1kg et 2 Café… à Ahmed, à crédit"):
 * the text a choice sends when the user picks a product or a customer, so the new request stands on its own.
 */
export function saleSentence(
  lines: SentenceLine[],
  opts: { paymentMethod?: string; customer?: string; soldAt?: string },
  lang: Lang,
): string {
  const items = joinList(
    lines.map(
      (l) =>
        `${formatNumber(l.quantity, lang)} ${l.product}${l.unitPrice !== undefined ? say(lang, { fr: ` à ${l.unitPrice} DA`, ar: ` بـ ${l.unitPrice} دينار`, en: ` at ${l.unitPrice} DA` }) : ''}`,
    ),
    lang,
  );
  // « لـAmel Bouzid » glued lost the customer when read back: a name in Latin letters gets its space.
  const ar = opts.customer && /^\p{Script=Latin}/u.test(opts.customer) ? ` لـ ${opts.customer}` : ` لـ${opts.customer}`;
  const who = opts.customer ? say(lang, { fr: ` à ${opts.customer}`, ar, en: ` to ${opts.customer}` }) : '';
  const how =
    opts.paymentMethod && opts.paymentMethod !== 'cash'
      ? opts.paymentMethod === 'credit'
        ? say(lang, { fr: ', à crédit', ar: ' بالكريدي', en: ', on credit' })
        : say(lang, {
            fr: `, payé par ${paymentMethodLabel(opts.paymentMethod, 'fr')}`,
            ar: ` دفع ${paymentMethodLabel(opts.paymentMethod, 'ar')}`,
            en: `, paid by ${paymentMethodLabel(opts.paymentMethod, 'en')}`,
          })
      : '';
  // The sale's day, named with its month (« le 5 décembre 2026 »): a choice tapped for « … hier » recorded it today.
  const day = opts.soldAt && /^\d{4}-\d{2}-\d{2}/.test(opts.soldAt) ? formatDate(opts.soldAt.slice(0, 10), lang) : undefined;
  const when = day ? say(lang, { fr: `, le ${day}`, ar: ` يوم ${day}`, en: `, on ${day}` }) : '';
  return say(lang, {
    fr: `J'ai vendu ${items}${who}${how}${when}`,
    ar: `بعت ${items}${who}${how}${when}`,
    en: `I sold ${items}${who}${how}${when}`,
  });
}

/** The same text in every language, for a choice that sends a name or a sentence built per language. */
export const allLangs = (f: (lang: Lang) => string): Localized => ({ fr: f('fr'), ar: f('ar'), en: f('en') });

/** A product name in every language, for the label of a choice. */
export const namesOf = (names: Names): Localized => allLangs((lang) => nameIn(names, lang));

/**
 * The customer the user named, among the shop's customers. Several possible customers → a question with one button
 * per customer; none → undefined (the caller decides: a new customer, or a plain "not found").
 */
export async function findCustomer(
  ctx: ToolContext,
  name: string,
  sentence: (customer: string, lang: Lang) => string,
  /** Said after « Which one? » (a new customer's notebook page: « or give a new customer's full name »). */
  orElse?: Localized,
): Promise<CustomerMatchInfo['customer'] | undefined> {
  const found = await service(ctx, 'customers').resolveCustomer(ctx.tenantId, name);
  if (!found.match) return undefined;
  if (found.confident) return found.match.customer;
  const candidates = [found.match, ...found.alternatives].slice(0, 5).map((m) => m.customer);
  // Two customers of exactly the same name: the text sent names each by its phone too, or picking one would ask again.
  const sameName = (c: (typeof candidates)[number]) =>
    candidates.filter((o) => o.name.trim().toLowerCase() === c.name.trim().toLowerCase()).length > 1;
  const named = (c: (typeof candidates)[number]) => (c.phone && sameName(c) ? `${c.name} (${c.phone})` : c.name);
  // What each one owes tells the Riads apart the way the owner knows them (« the Riad with the 3 000 DA credit »).
  const choices: LocalizedChoice[] = candidates.map((c) => ({
    label: allLangs((lang) =>
      c.balance > 0
        ? `${c.name} ${say(lang, { fr: `(doit ${money(c.balance, lang)})`, ar: `(مدين بـ ${money(c.balance, lang)})`, en: `(owes ${money(c.balance, lang)})` })}`
        : c.name,
    ),
    text: allLangs((lang) => sentence(named(c), lang)),
  }));
  throw new ToolFailure(
    'AMBIGUOUS_CUSTOMER',
    {
      fr: `Plusieurs clients correspondent à ${quote(name, 'fr')}. Lequel ?${orElse ? ` ${orElse.fr}` : ''}`,
      ar: `عدة زبائن يطابقون ${quote(name, 'ar')}. أيهم؟${orElse ? ` ${orElse.ar}` : ''}`,
      en: `Several customers match ${quote(name, 'en')}. Which one?${orElse ? ` ${orElse.en}` : ''}`,
    },
    { query: name, candidates: candidates.map((c) => ({ id: c.id, name: c.name })) },
    choices,
  );
}

/** "Je ne trouve pas le client « X »", with what the user can do (no red error). */
export function customerNotFound(name: string, choices: LocalizedChoice[] = []): ToolFailure {
  return new ToolFailure(
    'NOT_FOUND',
    {
      fr: `Je ne trouve pas de client ${quote(name, 'fr')} dans votre liste.`,
      ar: `لم أجد زبونا باسم ${quote(name, 'ar')} في قائمتك.`,
      en: `I can't find a customer ${quote(name, 'en')} in your list.`,
    },
    { query: name },
    choices,
  );
}

/** "4 500 DA" in the request's language. */
export const money = (n: number, lang: Lang, currency = 'DZD') => formatMoney(n, lang, { currency });
