import type { ChatMessage, Lang, MessagePart, ServerEvent } from '@tajer/contract';

export type ToolPart = Extract<MessagePart, { type: 'tool' }>;

export interface UiMessage extends ChatMessage {
  /** Why a turn failed (from an `error` event), so the UI can say so and offer a retry. */
  error?: { code: string; message: string };
}

export type ResumeState = 'idle' | 'needed' | 'inflight' | 'reload';

export interface ConversationState {
  id: string;
  title?: string | null;
  /** The last seq applied; events at or below it are duplicates. */
  lastSeq: number;
  messages: UiMessage[];
  /** Events that arrived ahead of a gap, held until the missing ones are replayed. Sorted by seq. */
  pending: ServerEvent[];
  /** `needed` after a gap or a reconnect; `reload` when the server can no longer replay and a fresh snapshot is due. */
  resume: ResumeState;
  stopping: boolean;
  /** A conversation-level error (an `error` event without a message). */
  error?: { code: string; message: string };
}

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

/** A message the user sent that the server hasn't confirmed yet (offline, in flight, or refused). */
export interface OutboxItem {
  clientMessageId: string;
  /** The conversation id, or a `draft:` key for a new conversation until the server assigns its id. */
  threadKey: string;
  conversationId?: string;
  text: string;
  attachmentIds: string[];
  lang?: Lang;
  state: OutboxState;
  /** Set once acknowledged: the stored user message, so it can be dropped when its echo arrives. */
  messageId?: string;
  error?: { code: string; message: string };
  createdAt: string;
}

export type ConnectionState = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface ChatState {
  conversations: Record<string, ConversationState>;
  outbox: OutboxItem[];
  /** New conversations started here: draft thread key → the id the server gave it. */
  drafts: Record<string, string>;
  connection: ConnectionState;
}

export interface ConversationSnapshot {
  id: string;
  title?: string | null;
  lastSeq: number;
  messages: ChatMessage[];
}

export type ChatAction =
  | { type: 'conversation/loaded'; conversation: ConversationSnapshot }
  | { type: 'conversation/removed'; conversationId: string }
  | { type: 'conversation/renamed'; conversationId: string; title: string }
  | { type: 'server/event'; event: ServerEvent }
  | { type: 'resume/needed'; conversationId: string }
  | { type: 'resume/requested'; conversationId: string }
  | { type: 'resume/done'; conversationId: string; lastSeq: number }
  | { type: 'resume/failed'; conversationId: string }
  | { type: 'stop/requested'; conversationId: string }
  | { type: 'outbox/enqueued'; item: OutboxItem }
  | { type: 'outbox/sending'; clientMessageId: string }
  | { type: 'outbox/acked'; clientMessageId: string; conversationId: string; messageId: string }
  | { type: 'outbox/requeued'; clientMessageIds?: string[] }
  | { type: 'outbox/failed'; clientMessageId: string; error: { code: string; message: string } }
  | { type: 'outbox/discarded'; clientMessageId: string }
  | { type: 'connection/changed'; state: ConnectionState };
