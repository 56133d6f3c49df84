import type { Lang } from '../../chat/chat-events';
import { message, type MessageKey } from '../../common/localisation/messages';

/**
 * The offline model's own sentences (greetings, help, clarifying questions, approvals), from the server's message
 * catalogues (common/localisation/locales) in French, Arabic and English. Tool answers come from each tool's
 * summarize().
 */
type ReplyKey<K = MessageKey> = K extends `replies.${infer R}` ? (R extends `clarify.${string}` ? never : R) : never;
type ClarifyField<K = MessageKey> = K extends `replies.clarify.${infer F}` ? (F extends 'generic' ? never : F) : never;

const CLARIFY_FIELDS = new Set<string>([
  'product',
  'quantity',
  'amount',
  'channel',
  'topic',
  'message',
  'attachmentId',
] satisfies ClarifyField[]);

export function reply(key: ReplyKey, lang: Lang, vars: Record<string, string> = {}): string {
  return message(lang, `replies.${key}`, vars);
}

/** The writes whose sum is asked by name (« Quel est le montant de la recette du jour ? »): which sum is not left to guess. */
const AMOUNT_OF = ['sales_daily_total', 'expenses_add', 'customers_payment', 'customers_credit_add'] as const;
type AmountOf = (typeof AMOUNT_OF)[number];
const amountOf = (tool: string | undefined): tool is AmountOf => (AMOUNT_OF as readonly string[]).includes(tool ?? '');

/** The question for each missing argument, in order; a generic « Pouvez-vous préciser ? » when none has one. */
export function clarifyReply(missing: string[], lang: Lang, tool?: string): string {
  const questions = missing
    .filter((m) => CLARIFY_FIELDS.has(m))
    .map((m) =>
      m === 'amount' && amountOf(tool)
        ? message(lang, `replies.clarifyAmount.${tool}`)
        : message(lang, `replies.clarify.${m as ClarifyField}`),
    );
  return questions.length ? questions.join(' ') : message(lang, 'replies.clarify.generic');
}

/** Every way the offline model asks a write's sum in `lang` (a bare sum after one of them answers it). */
export function amountQuestions(lang: Lang): string[] {
  return [message(lang, 'replies.clarify.amount'), ...AMOUNT_OF.map((tool) => message(lang, `replies.clarifyAmount.${tool}`))];
}

export const failureReply = (lang: Lang) => reply('failure', lang);
