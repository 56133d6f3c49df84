import type { ChatMessage, MessagePart } from '../chat/chat-events';

type MessageRow = {
  id: string;
  conversationId: string;
  role: string;
  status: string;
  text: string;
  parts: unknown;
  clientMessageId: string | null;
  language: string | null;
  createdAt: Date;
};

/** Row → the ChatMessage shape the chat UI and integrators see. */
export function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    conversationId: row.conversationId,
    role: row.role === 'USER' ? 'user' : 'assistant',
    status: row.status.toLowerCase() as ChatMessage['status'],
    text: row.text,
    parts: (Array.isArray(row.parts) ? row.parts : []) as MessagePart[],
    clientMessageId: row.clientMessageId,
    language: (row.language as ChatMessage['language']) ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
