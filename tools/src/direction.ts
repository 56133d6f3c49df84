/**
 * What a write does, in words, at the head of every approval card: « Vente : −3 », « Réception : +20 »,
 * « Dépense : 95 DA », « Paiement reçu : 2 000 DA ». An owner who approves without reading the table still reads the
 * direction of the change.
 */
import { formatNumber, say, type Localized } from './format';
import type { Lang } from './types';

export type ChangeKind = 'reception' | 'removal' | 'count' | 'sale' | 'expense' | 'payment' | 'takings' | 'credit' | 'new_product';

const KIND: Record<ChangeKind, Localized> = {
  reception: { fr: 'Réception', ar: 'استلام', en: 'Received' },
  removal: { fr: 'Retrait du stock', ar: 'سحب من المخزون', en: 'Removed from stock' },
  count: { fr: 'Inventaire', ar: 'جرد', en: 'Stock count' },
  sale: { fr: 'Vente', ar: 'بيع', en: 'Sale' },
  expense: { fr: 'Dépense', ar: 'مصروف', en: 'Expense' },
  payment: { fr: 'Paiement reçu', ar: 'دفعة مستلمة', en: 'Payment received' },
  takings: { fr: 'Recette du jour', ar: 'مدخول اليوم', en: "Day's takings" },
  credit: { fr: 'Crédit client', ar: 'دين زبون', en: 'Customer credit' },
  new_product: { fr: 'Nouveau produit', ar: 'منتج جديد', en: 'New product' },
};

export const changeKind = (kind: ChangeKind, lang: Lang) => say(lang, KIND[kind]);

/** "+20" / "−3" (a real minus sign, which does not break from its number). */
export function signedCount(n: number, lang: Lang): string {
  const body = formatNumber(Math.abs(n), lang);
  return n > 0 ? `+${body}` : n < 0 ? `\u2212${body}` : body;
}

/** "Réception : +20", "Vente : −3", "Dépense : 95 DA". */
export function directionHead(kind: ChangeKind, what: string, lang: Lang): string {
  return `${changeKind(kind, lang)}${lang === 'fr' ? ' : ' : ': '}${what}`;
}
