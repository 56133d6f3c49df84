/**
 * The chat wire protocol over Socket.IO (namespace `/chat`). This file is the single definition: the backend emits
 * these shapes and the chat UI imports the types (type-only) to reduce them into its store.
 *
 * Every server event is sent on the socket event name `chat:event` and carries the conversation id and a
 * per-conversation sequence number `seq` (1, 2, 3 …, no gaps). A client that reconnects sends `conversation:resume` with the
 * last seq it applied and receives exactly the events after it.
 */

export type { Lang } from '@tajer/contract';
import type { Lang } from '@tajer/contract';

/** An answer offered with a question: tapping it sends `text` as the user's next message. */
export interface Choice {
  label: string;
  text: string;
}

/**
 * A question the assistant asks instead of guessing ("which oil: 5L or 2L?", "an expense or the day's takings?"),
 * with answers to tap. On a tool part, it replaces the failure: the tool could not go on without the user's answer.
 */
export interface Clarification {
  /** The question, in the user's language (omitted when the message's text already asks it). */
  question?: string;
  choices: Choice[];
}

/** A message is a list of parts (text, tool calls with their state, attachments, choices to tap). */
export type MessagePart =
  | { type: 'text'; text: string }
  | { type: 'attachment'; attachmentId: string; mimeType?: string }
  | ({ type: 'clarification' } & Clarification)
  | {
      type: 'tool';
      toolCallId: string;
      name: string;
      kind: 'read' | 'write';
      args: Record<string, unknown>;
      state: 'running' | 'awaiting-approval' | 'succeeded' | 'failed' | 'rejected' | 'cancelled';
      summary?: string;
      result?: unknown;
      error?: string;
      durationMs?: number;
      proposal?: ApprovalProposal;
      /** Set when the tool stopped to ask the user something (an ambiguous or unknown product): not a failure to show. */
      clarification?: Clarification;
    };

/** The exact change a write tool will make, shown before anything is written. */
export interface ApprovalProposal {
  /** One line in the user's language, e.g. "Semoule 10kg : 42 → 72". */
  summary: string;
  /** Field-level view for the UI: before/after values. */
  changes: { field: string; label: string; before?: unknown; after: unknown }[];
  /** Arguments the user may edit before approving (e.g. quantity, amount, category). */
  editable: string[];
  /** What is worth knowing before approving (stock going below zero, a new customer…), in the user's language. */
  notes?: string[];
}

export interface ChatMessage {
  id: string;
  conversationId: string;
  role: 'user' | 'assistant';
  status: 'pending' | 'streaming' | 'completed' | 'failed' | 'cancelled';
  text: string;
  parts: MessagePart[];
  clientMessageId?: string | null;
  language?: Lang | null;
  createdAt: string;
}

interface Base {
  conversationId: string;
  seq: number;
  at: string;
}

export type ServerEvent =
  | (Base & { type: 'message.accepted'; message: ChatMessage; assistantMessageId: string })
  | (Base & { type: 'message.delta'; messageId: string; delta: string })
  | (Base & { type: 'tool.started'; messageId: string; toolCallId: string; name: string; kind: 'read' | 'write'; args: Record<string, unknown> })
  | (Base & {
      type: 'tool.finished';
      messageId: string;
      toolCallId: string;
      name: string;
      status: 'succeeded' | 'failed' | 'rejected' | 'cancelled';
      summary?: string;
      result?: unknown;
      error?: string;
      durationMs: number;
      clarification?: Clarification;
    })
  | (Base & { type: 'approval.required'; messageId: string; toolCallId: string; name: string; args: Record<string, unknown>; proposal: ApprovalProposal })
  | (Base & {
      type: 'approval.resolved';
      messageId: string;
      toolCallId: string;
      decision: 'approved' | 'rejected' | 'edited';
      args?: Record<string, unknown>;
      /** With `edited`: the change recomputed from the edited arguments, which is what gets applied. */
      proposal?: ApprovalProposal;
    })
  | (Base & { type: 'message.completed'; message: ChatMessage })
  | (Base & { type: 'error'; messageId?: string; code: string; message: string });

export type ServerEventType = ServerEvent['type'];

/** Client → server events and their acknowledgements. */
export interface SendMessagePayload {
  clientMessageId: string;
  conversationId?: string;
  text: string;
  attachmentIds?: string[];
  /** UI language, a hint for the answer language when the text itself is ambiguous. */
  lang?: Lang;
}
/** A refused event says why; RATE_LIMITED also says when to try again (seconds). */
export type Ack<T = {}> = ({ ok: true } & T) | { ok: false; code: string; message: string; retryAfterSeconds?: number };
export type SendMessageAck = Ack<{ messageId: string; conversationId: string; duplicate: boolean }>;

export interface ResumePayload {
  conversationId: string;
  /** The last seq the client applied (0 for none). */
  afterSeq: number;
}
export type ResumeAck = Ack<{ replayed: number; lastSeq: number }>;

export interface StopPayload {
  conversationId: string;
}

export interface DecidePayload {
  toolCallId: string;
  decision: 'approve' | 'reject' | 'edit';
  /** With `edit`: the edited arguments (validated against the tool's schema). */
  args?: Record<string, unknown>;
}
export type DecideAck = Ack<{ status: 'applied' | 'rejected' | 'already-decided' }>;

export interface ClientToServerEvents {
  'message:send': (payload: SendMessagePayload, ack: (res: SendMessageAck) => void) => void;
  'conversation:resume': (payload: ResumePayload, ack: (res: ResumeAck) => void) => void;
  'generation:stop': (payload: StopPayload, ack: (res: Ack) => void) => void;
  'approval:decide': (payload: DecidePayload, ack: (res: DecideAck) => void) => void;
}

export interface ServerToClientEvents {
  'chat:event': (event: ServerEvent) => void;
}

export const CHAT_NAMESPACE = '/chat';
