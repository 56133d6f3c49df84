/** How expenses are written in answers and approval cards (shared by expenses_list, expenses_add and receipts). */
import { formatDate, formatMoney, joinList, quote, say, type Localized } from './format';
import { ToolFailure } from './tool-kit';
import type { Lang } from './types';

/** An expense as results show it: the contract's `ExpenseViewSchema`. */
export type { ExpenseView } from '@tajer/contract';
import type { ExpenseView } from '@tajer/contract';

export function toExpenseView(e: {
  id?: string;
  amount: number;
  currency: string;
  category: string;
  categoryLabel: Localized;
  date: string;
  merchant: string | null;
  description: string | null;
  attachmentId: string | null;
}): ExpenseView {
  return {
    ...(e.id ? { id: e.id } : {}),
    amount: e.amount,
    currency: e.currency,
    category: e.category,
    categoryLabel: e.categoryLabel,
    date: e.date,
    merchant: e.merchant,
    description: e.description,
    attachmentId: e.attachmentId,
  };
}

/** "1 520 DA — Électricité — Sonelgaz — 14 mars 2026". */
export function expenseLine(e: ExpenseView, lang: Lang): string {
  return [
    formatMoney(e.amount, lang, { currency: e.currency, exact: true }),
    e.categoryLabel[lang] || e.categoryLabel.fr,
    e.merchant,
    formatDate(e.date, lang),
  ]
    .filter(Boolean)
    .join(' — ');
}

/** Error details of the backend's validation: [{ field, message }]. */
export function failedFields(err: unknown): { field?: string; message: string }[] {
  const e = err as { code?: string; details?: unknown };
  return e?.code === 'VALIDATION_FAILED' && Array.isArray(e.details) ? (e.details as { field?: string; message: string }[]) : [];
}

/** An expense category the backend refused, with the list it accepts (its message ends with "allowed: a, b, c"). */
export function unknownCategory(category: string, err: unknown): ToolFailure | null {
  const problem = failedFields(err).find((d) => d.field === 'category');
  if (!problem) return null;
  const allowed = /allowed: (.*)$/.exec(problem.message)?.[1]?.split(/,\s*/) ?? [];
  const list = (lang: Lang) =>
    allowed.length
      ? ` ${say(lang, { fr: 'Catégories possibles', ar: 'الفئات الممكنة', en: 'Possible categories' })}${lang === 'fr' ? ' : ' : ': '}${joinList(allowed, lang)}.`
      : '';
  return new ToolFailure(
    'VALIDATION_FAILED',
    {
      fr: `Je ne connais pas la catégorie de dépense ${quote(category, 'fr')}.${list('fr')}`,
      ar: `لا أعرف فئة المصروف ${quote(category, 'ar')}.${list('ar')}`,
      en: `I don't know the expense category ${quote(category, 'en')}.${list('en')}`,
    },
    { category, allowed },
  );
}

/** A receipt already saved as an expense (409 from the backend). */
export function receiptAlreadyUsed(err: unknown): ToolFailure | null {
  const e = err as { code?: string; details?: { attachmentId?: unknown; expenseId?: unknown } };
  if (e?.code !== 'CONFLICT' || !e.details?.attachmentId) return null;
  return new ToolFailure(
    'CONFLICT',
    {
      fr: 'Ce reçu est déjà enregistré comme dépense : je ne le rajoute pas une deuxième fois.',
      ar: 'هذا الوصل مسجل بالفعل كمصروف: لن أضيفه مرة ثانية.',
      en: 'This receipt is already recorded as an expense: I won’t add it twice.',
    },
    { attachmentId: e.details.attachmentId, expenseId: e.details.expenseId ?? null },
  );
}

/** Validation problems other than the category, in the user's language with the backend's precise reason. */
export function invalidExpense(err: unknown): ToolFailure | null {
  const fields = failedFields(err);
  if (!fields.length) return null;
  const detail = fields.map((f) => (f.field ? `${f.field}: ${f.message}` : f.message)).join('; ');
  return new ToolFailure(
    'VALIDATION_FAILED',
    {
      fr: `Je ne peux pas enregistrer cette dépense : ${detail}.`,
      ar: `لا يمكنني تسجيل هذا المصروف: ${detail}.`,
      en: `I can't record this expense: ${detail}.`,
    },
    { fields },
  );
}
