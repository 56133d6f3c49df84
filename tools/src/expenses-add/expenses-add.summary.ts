import { formatDate, formatMoney, say } from '../format';
import type { ExpenseView } from '../expense-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';

export type ExpensesAddData = ExpenseView & { id: string };

export function summarizeExpensesAdd(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const e = result.data as ExpensesAddData;
  const what = [e.categoryLabel[lang] || e.categoryLabel.fr, e.merchant].filter(Boolean).join(', ');
  const money = formatMoney(e.amount, lang, { currency: e.currency, exact: true });
  const date = formatDate(e.date, lang);
  const done = say(lang, {
    fr: `C'est enregistré : dépense de **${money}** (${what}) du ${date}.`,
    ar: `تم التسجيل: مصروف بقيمة **${money}** (${what}) بتاريخ ${date}.`,
    en: `Saved: an expense of **${money}** (${what}) on ${date}.`,
  });
  return e.attachmentId
    ? `${done} ${say(lang, { fr: '📎 Le reçu est joint.', ar: '📎 الوصل مرفق.', en: '📎 The receipt is attached.' })}`
    : done;
}
