import { say } from '../format';
import { paymentMethodLabel } from '@tajer/contract';
import { money } from '../sales-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { CustomersPaymentResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `CustomersPaymentResult`. */
export type CustomersPaymentData = CustomersPaymentResult;

export function summarizeCustomersPayment(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as CustomersPaymentData;
  const paid = money(d.amount, lang, d.currency);
  const left = money(Math.max(d.balanceAfter, 0), lang, d.currency);
  const advance = d.balanceAfter < 0 ? money(-d.balanceAfter, lang, d.currency) : null;
  return say(lang, {
    fr: `C'est enregistré : ${d.customer.name} a payé **${paid}** (${paymentMethodLabel(d.method, lang)}) ; il vous doit encore **${left}**${advance ? ` (avance de ${advance})` : ''}.`,
    ar: `تم التسجيل: دفع ${d.customer.name} **${paid}** (${paymentMethodLabel(d.method, lang)})؛ الباقي عليه **${left}**${advance ? ` (تسبيق ${advance})` : ''}.`,
    en: `Recorded: ${d.customer.name} paid **${paid}** (${paymentMethodLabel(d.method, lang)}); they still owe you **${left}**${advance ? ` (advance of ${advance})` : ''}.`,
  });
}
