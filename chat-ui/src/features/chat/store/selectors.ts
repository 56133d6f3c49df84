import type { ChatState, ConversationState, OutboxItem, UiMessage } from './types';

export const isGenerating = (c: ConversationState | undefined): boolean =>
  !!c?.messages.some((m) => m.role === 'assistant' && (m.status === 'streaming' || m.status === 'pending'));

/** Messages the server hasn't echoed yet, shown optimistically in their thread. */
export function outboxFor(state: ChatState, threadKey: string | undefined, conversationId: string | undefined): OutboxItem[] {
  return state.outbox.filter((i) => (conversationId && i.conversationId === conversationId) || (threadKey && i.threadKey === threadKey));
}

/** The next message to send: strictly one at a time, so a new conversation's id is known before its second message. */
export function nextToSend(state: ChatState): OutboxItem | undefined {
  if (state.outbox.some((i) => i.state === 'sending')) return undefined;
  return state.outbox.find((i) => i.state === 'queued');
}

/** The user message that started the turn answered by `assistantId` (for retrying a failed turn). */
export function questionFor(messages: UiMessage[], assistantId: string): UiMessage | undefined {
  const i = messages.findIndex((m) => m.id === assistantId);
  for (let j = i - 1; j >= 0; j--) if (messages[j].role === 'user') return messages[j];
  return undefined;
}
