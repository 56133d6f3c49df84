/**
 * Expense categories: the one list. The database stores these keys (French, as the shop says them); the tools' enum,
 * the REST API, the NLU's cues, the seed and the dashboard's labels are all keyed on it, so a key added or renamed
 * here fails the type check wherever a label, a synonym or a cue is missing.
 */
import type { Localized } from './lang';

export const EXPENSE_CATEGORY_LABELS = {
  loyer: { fr: 'Loyer', ar: 'الكراء', en: 'Rent' },
  électricité: { fr: 'Électricité', ar: 'الكهرباء', en: 'Electricity' },
  eau: { fr: 'Eau', ar: 'الماء', en: 'Water' },
  gaz: { fr: 'Gaz', ar: 'الغاز', en: 'Gas' },
  internet: { fr: 'Internet', ar: 'الإنترنت', en: 'Internet' },
  téléphone: { fr: 'Téléphone', ar: 'الهاتف', en: 'Phone' },
  transport: { fr: 'Transport', ar: 'النقل', en: 'Transport' },
  carburant: { fr: 'Carburant', ar: 'الوقود', en: 'Fuel' },
  salaires: { fr: 'Salaires', ar: 'الأجور', en: 'Salaries' },
  fournitures: { fr: 'Fournitures', ar: 'اللوازم', en: 'Supplies' },
  marchandises: { fr: 'Achats de marchandises', ar: 'شراء السلع', en: 'Goods purchases' },
  entretien: { fr: 'Entretien', ar: 'الصيانة والتنظيف', en: 'Maintenance' },
  réparations: { fr: 'Réparations', ar: 'الإصلاحات', en: 'Repairs' },
  taxes: { fr: 'Impôts et taxes', ar: 'الضرائب والرسوم', en: 'Taxes' },
  assurance: { fr: 'Assurance', ar: 'التأمين', en: 'Insurance' },
  emballage: { fr: 'Emballage', ar: 'التغليف', en: 'Packaging' },
  publicité: { fr: 'Publicité', ar: 'الإشهار', en: 'Advertising' },
  banque: { fr: 'Frais bancaires', ar: 'المصاريف البنكية', en: 'Bank fees' },
  autre: { fr: 'Autre', ar: 'أخرى', en: 'Other' },
} as const satisfies Record<string, Localized>;

export type ExpenseCategory = keyof typeof EXPENSE_CATEGORY_LABELS;
/** The stored keys, in display order; a tuple so `z.enum(EXPENSE_CATEGORIES)` type-checks. */
export const EXPENSE_CATEGORIES = Object.keys(EXPENSE_CATEGORY_LABELS) as [ExpenseCategory, ...ExpenseCategory[]];

export const isExpenseCategory = (value: unknown): value is ExpenseCategory =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(EXPENSE_CATEGORY_LABELS, value);

/**
 * Purchases of goods for resale: their cost reaches the result through the cost of goods sold, so the dashboard keeps
 * them out of the operating expenses.
 */
export const GOODS_PURCHASE_CATEGORY: ExpenseCategory = 'marchandises';
