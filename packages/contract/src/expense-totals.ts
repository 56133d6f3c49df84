/**
 * "Dépenses ce mois" means two different figures, and both are right: the dashboard counts the running costs of the
 * shop (its net result subtracts the cost of the goods sold separately), the expense ledger counts every payment,
 * stock bought for resale included. Every place that shows one names it with these words, so the owner can tell
 * which is which: the dashboard, the expenses page and the assistant's answers.
 */
import type { Localized } from './lang';

export type ExpenseTotalKind = 'all' | 'operating' | 'goods';

export const EXPENSE_TOTALS: Record<ExpenseTotalKind, { label: Localized; hint: Localized }> = {
  all: {
    label: { fr: 'Toutes les dépenses', ar: 'كل المصاريف', en: 'All expenses' },
    hint: { fr: 'achats de marchandises compris', ar: 'بما فيها شراء السلع', en: 'goods purchases included' },
  },
  operating: {
    label: { fr: 'Dépenses de fonctionnement', ar: 'مصاريف التشغيل', en: 'Operating expenses' },
    hint: {
      fr: 'hors achats de marchandises : loyer, électricité, transport…',
      ar: 'دون شراء السلع: الكراء، الكهرباء، النقل…',
      en: 'excluding goods purchases: rent, electricity, transport…',
    },
  },
  goods: {
    label: { fr: 'Achats de marchandises', ar: 'شراء السلع', en: 'Goods purchases' },
    hint: { fr: 'le stock acheté pour être revendu', ar: 'السلع المشتراة لإعادة بيعها', en: 'stock bought for resale' },
  },
};
