import { say } from '../format';
import { money } from '../sales-lines';
import { failureSummary } from '../tool-kit';
import type { Lang, ToolResult } from '../types';
import type { CustomersCreditAddResult } from '@tajer/contract';

/** The tool's `data`: its schema is the contract's `CustomersCreditAddResult`. */
export type CustomersCreditAddData = CustomersCreditAddResult;

export function summarizeCustomersCreditAdd(result: ToolResult, lang: Lang): string {
  if (!result.success) return failureSummary(result, lang);
  const d = result.data as CustomersCreditAddData;
  return say(lang, {
    fr: `C'est noté : ${d.customer.name} est dans vos clients et vous doit **${money(d.balance, lang, d.currency)}** (reprise du carnet, hors chiffre d'affaires). Dites-moi quand il paie (« ${d.customer.name} m'a payé 1000 DA »).`,
    ar: `تم: ${d.customer.name} أضيف إلى زبائنك ومدين لك بـ **${money(d.balance, lang, d.currency)}** (من الكرني، خارج رقم الأعمال). قل لي عندما يدفع («${d.customer.name} خلصني 1000»).`,
    en: `Noted: ${d.customer.name} is now a customer who owes you **${money(d.balance, lang, d.currency)}** (carried over from the notebook, not revenue). Tell me when they pay ("${d.customer.name} paid me 1000 DA").`,
  });
}
