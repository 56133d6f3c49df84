import { formatDate, formatMoney, formatNumber, say } from '../format';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { ExpensesScanReceiptResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `ExpensesScanReceiptResult`. */
export type ReceiptDraftData = ExpensesScanReceiptResult;

/**
 * One line, no markdown: the agent puts the draft and the proposed expense side by side in the approval question.
 */
export function summarizeReceiptScan(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as ReceiptDraftData;
  const from = d.merchant ? say(lang, { fr: ` de ${d.merchant}`, ar: ` من ${d.merchant}`, en: ` from ${d.merchant}` }) : '';
  const on = d.date
    ? say(lang, {
        fr: ` du ${formatDate(d.date, lang)}`,
        ar: ` بتاريخ ${formatDate(d.date, lang)}`,
        en: ` dated ${formatDate(d.date, lang)}`,
      })
    : '';
  if (d.total === null) {
    return say(lang, {
      fr: `J'ai lu le reçu${from}${on}, mais je n'ai pas trouvé le total : dites-moi le montant et je l'enregistre.`,
      ar: `قرأت الوصل${from}${on}، لكنني لم أجد المبلغ الإجمالي: أخبرني بالمبلغ وسأسجله.`,
      en: `I read the receipt${from}${on}, but couldn't find the total: tell me the amount and I'll record it.`,
    });
  }
  const total = formatMoney(d.total, lang, { currency: d.currency, exact: true });
  const vat = d.vat
    ? say(lang, {
        fr: ` (dont TVA ${formatMoney(d.vat, lang, { currency: d.currency, exact: true })})`,
        ar: ` (منها الرسم على القيمة المضافة ${formatMoney(d.vat, lang, { currency: d.currency, exact: true })})`,
        en: ` (incl. VAT ${formatMoney(d.vat, lang, { currency: d.currency, exact: true })})`,
      })
    : '';
  const lines = d.lines.length
    ? say(lang, {
        fr: `, ${formatNumber(d.lines.length, lang)} article${d.lines.length > 1 ? 's' : ''}`,
        ar: `، عدد الأسطر: ${formatNumber(d.lines.length, lang)}`,
        en: `, ${formatNumber(d.lines.length, lang)} item${d.lines.length === 1 ? '' : 's'}`,
      })
    : '';
  const category = d.suggestedCategory.label[lang] || d.suggestedCategory.label.fr;
  const parts = [
    say(lang, {
      fr: `J'ai lu le reçu${from}${on} : total ${total}${vat}${lines}. Catégorie proposée : ${category}.`,
      ar: `قرأت الوصل${from}${on}: المجموع ${total}${vat}${lines}. الفئة المقترحة: ${category}.`,
      en: `I read the receipt${from}${on}: total ${total}${vat}${lines}. Suggested category: ${category}.`,
    }),
  ];
  if (d.alreadyUsedBy) {
    parts.push(
      say(lang, {
        fr: 'Ce reçu est déjà enregistré comme dépense : je ne le rajoute pas.',
        ar: 'هذا الوصل مسجل بالفعل كمصروف: لن أضيفه مرة ثانية.',
        en: 'This receipt is already recorded as an expense: I won’t add it again.',
      }),
    );
  } else if (d.warnings.includes('low_confidence')) {
    parts.push(
      say(lang, {
        fr: '⚠️ Lecture incertaine : vérifiez le montant et la date.',
        ar: '⚠️ القراءة غير مؤكدة: تحقق من المبلغ والتاريخ.',
        en: '⚠️ Uncertain reading: check the amount and date.',
      }),
    );
  }
  return parts.join(' ');
}
