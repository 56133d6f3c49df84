import type { Lang, Localized } from './lang';

/**
 * How a sale or a customer's repayment was paid: the keys the database stores (Prisma's `PaymentMethod` enum) and
 * every consumer accepts. `credit` is on the customer's account (« le carnet »): it adds to what the customer owes.
 */
export const PAYMENT_METHODS = ['cash', 'card', 'cib', 'edahabia', 'baridimob', 'credit'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** How a customer pays back what they owe: any method but credit itself. */
export const REPAYMENT_METHODS = ['cash', 'card', 'cib', 'edahabia', 'baridimob'] as const satisfies readonly PaymentMethod[];
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export const isPaymentMethod = (value: unknown): value is PaymentMethod => PAYMENT_METHODS.includes(value as PaymentMethod);

/** In a sentence or a card's cell: « 300 DA, à crédit (carnet) », « payé par carte CIB ». */
export const PAYMENT_METHOD_LABEL: Record<PaymentMethod, Localized> = {
  cash: { fr: 'espèces', ar: 'نقدا', en: 'cash' },
  card: { fr: 'carte', ar: 'بطاقة', en: 'card' },
  cib: { fr: 'carte CIB', ar: 'بطاقة CIB', en: 'CIB card' },
  edahabia: { fr: 'carte Edahabia', ar: 'البطاقة الذهبية', en: 'Edahabia card' },
  baridimob: { fr: 'BaridiMob', ar: 'بريدي موب', en: 'BaridiMob' },
  credit: { fr: 'à crédit (carnet)', ar: 'بالكريدي (الكرني)', en: 'on credit' },
};

/** On its own (a form's choice, a list's column): « Espèces », « Crédit (carnet) ». */
export const PAYMENT_METHOD_TITLE: Record<PaymentMethod, Localized> = {
  cash: { fr: 'Espèces', ar: 'نقدا', en: 'Cash' },
  card: { fr: 'Carte', ar: 'بطاقة', en: 'Card' },
  cib: { fr: 'Carte CIB', ar: 'بطاقة CIB', en: 'CIB card' },
  edahabia: { fr: 'Carte Edahabia', ar: 'البطاقة الذهبية', en: 'Edahabia card' },
  baridimob: { fr: 'BaridiMob', ar: 'بريدي موب', en: 'BaridiMob' },
  credit: { fr: 'Crédit (carnet)', ar: 'كريدي (الكرني)', en: 'Credit (notebook)' },
};

/** The in-sentence word of a stored method; an unknown value (an old row, a till's own word) is shown as it is. */
export const paymentMethodLabel = (method: string | null | undefined, lang: Lang, fallback: PaymentMethod = 'cash'): string =>
  isPaymentMethod(method) ? PAYMENT_METHOD_LABEL[method][lang] : method ? method : PAYMENT_METHOD_LABEL[fallback][lang];
