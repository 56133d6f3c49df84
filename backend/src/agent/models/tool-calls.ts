import { AIMessage } from '@langchain/core/messages';
import { randomUUID } from 'node:crypto';
import type { Clarification } from '../../chat/chat-events';

/** Key of the choices offered with an answer, in the AI message's additional_kwargs (read by the agent service). */
export const CLARIFICATION = 'tajer_clarification';

/** An AI message that calls `name` once per arguments, each call's id starting with `prefix` (the flows mark theirs). */
export function toolCalls(name: string, calls: Record<string, unknown>[], prefix = 'call_'): AIMessage {
  return new AIMessage({
    content: '',
    tool_calls: calls.map((args) => ({ id: `${prefix}${randomUUID()}`, name, args, type: 'tool_call' as const })),
  });
}

/** An answer with its choices: the text streams, the choices ride along for the agent service to show as buttons. */
export function withChoices(r: { text: string; choices: Clarification['choices'] }): AIMessage {
  if (!r.choices.length) return new AIMessage(r.text);
  const clarification: Clarification = { choices: r.choices };
  return new AIMessage({ content: r.text, additional_kwargs: { [CLARIFICATION]: clarification } });
}
