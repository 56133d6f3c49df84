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

/** The question for each missing argument, in order; a generic « Pouvez-vous préciser ? » when none has one. */
export function clarifyReply(missing: string[], lang: Lang): string {
  const questions = missing.filter((m) => CLARIFY_FIELDS.has(m)).map((m) => message(lang, `replies.clarify.${m as ClarifyField}`));
  return questions.length ? questions.join(' ') : message(lang, 'replies.clarify.generic');
}

export const failureReply = (lang: Lang) => reply('failure', lang);
