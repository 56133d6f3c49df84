/**
 * The chat wire protocol over Socket.IO (namespace `/chat`), written once as zod schemas: the backend emits these
 * shapes (its `chat/chat-events.ts` re-exports them) and the chat UI parses every incoming event with
 * `ServerEventSchema` before reducing it into its store, so a malformed event is dropped, never half-applied.
 *
 * Every server event is sent on the socket event name `chat:event` and carries the conversation id and a
 * per-conversation sequence number `seq` (1, 2, 3 …, no gaps). A client that reconnects sends `conversation:resume`
 * with the last seq it applied and receives exactly the events after it.
 */
import { z } from 'zod';
import { LANGS } from './lang';

export const CHAT_NAMESPACE = '/chat';

const LangSchema = z.enum(LANGS);
const ArgsSchema = z.record(z.string(), z.unknown());

/** An answer offered with a question: tapping it sends `text` as the user's next message. */
export const ChoiceSchema = z.object({ label: z.string(), text: z.string() });
export type Choice = z.infer<typeof ChoiceSchema>;

/**
 * A question the assistant asks instead of guessing ("which oil: 5L or 2L?", "an expense or the day's takings?"),
 * with answers to tap. On a tool part, it replaces the failure: the tool could not go on without the user's answer.
 */
export const ClarificationSchema = z.object({
  /** The question, in the user's language (omitted when the message's text already asks it). */
  question: z.string().optional(),
  choices: z.array(ChoiceSchema),
});
export type Clarification = z.infer<typeof ClarificationSchema>;

/** The exact change a write tool will make, shown before anything is written. */
export const ApprovalProposalSchema = z.object({
  /** One line in the user's language, e.g. "Semoule 10kg : 42 → 72". */
  summary: z.string(),
  /** Field-level view for the UI: before/after values. */
  changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.unknown().optional(), after: z.unknown() })),
  /** Arguments the user may edit before approving (e.g. quantity, amount, category). */
  editable: z.array(z.string()),
  /** What is worth knowing before approving (stock going below zero, a new customer…), in the user's language. */
  notes: z.array(z.string()).optional(),
});
export type ApprovalProposal = z.infer<typeof ApprovalProposalSchema>;

export const TOOL_PART_STATES = ['running', 'awaiting-approval', 'succeeded', 'failed', 'rejected', 'cancelled'] as const;
export const TOOL_FINISHED_STATUSES = ['succeeded', 'failed', 'rejected', 'cancelled'] as const;

export const ToolPartSchema = z.object({
  type: z.literal('tool'),
  toolCallId: z.string(),
  name: z.string(),
  kind: z.enum(['read', 'write']),
  args: ArgsSchema,
  state: z.enum(TOOL_PART_STATES),
  summary: z.string().optional(),
  /** The tool's `data` (parse it with the tool's schema from TOOL_RESULTS before showing it). */
  result: z.unknown().optional(),
  error: z.string().optional(),
  durationMs: z.number().optional(),
  proposal: ApprovalProposalSchema.optional(),
  /** Set when the tool stopped to ask the user something (an ambiguous or unknown product): not a failure to show. */
  clarification: ClarificationSchema.optional(),
});

/** A message is a list of parts (text, tool calls with their state, attachments, choices to tap). */
export const MessagePartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('attachment'), attachmentId: z.string(), mimeType: z.string().optional() }),
  ClarificationSchema.extend({ type: z.literal('clarification') }),
  ToolPartSchema,
]);
export type MessagePart = z.infer<typeof MessagePartSchema>;

export const MESSAGE_STATUSES = ['pending', 'streaming', 'completed', 'failed', 'cancelled'] as const;

export const ChatMessageSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  role: z.enum(['user', 'assistant']),
  status: z.enum(MESSAGE_STATUSES),
  text: z.string(),
  parts: z.array(MessagePartSchema),
  clientMessageId: z.string().nullish(),
  language: LangSchema.nullish(),
  createdAt: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

const Base = { conversationId: z.string(), seq: z.number().int().min(1), at: z.string() };

export const ServerEventSchema = z.discriminatedUnion('type', [
  z.object({ ...Base, type: z.literal('message.accepted'), message: ChatMessageSchema, assistantMessageId: z.string() }),
  z.object({ ...Base, type: z.literal('message.delta'), messageId: z.string(), delta: z.string() }),
  z.object({
    ...Base,
    type: z.literal('tool.started'),
    messageId: z.string(),
    toolCallId: z.string(),
    name: z.string(),
    kind: z.enum(['read', 'write']),
    args: ArgsSchema,
  }),
  z.object({
    ...Base,
    type: z.literal('tool.finished'),
    messageId: z.string(),
    toolCallId: z.string(),
    name: z.string(),
    status: z.enum(TOOL_FINISHED_STATUSES),
    summary: z.string().optional(),
    result: z.unknown().optional(),
    error: z.string().optional(),
    durationMs: z.number(),
    clarification: ClarificationSchema.optional(),
  }),
  z.object({
    ...Base,
    type: z.literal('approval.required'),
    messageId: z.string(),
    toolCallId: z.string(),
    name: z.string(),
    args: ArgsSchema,
    proposal: ApprovalProposalSchema,
  }),
  z.object({
    ...Base,
    type: z.literal('approval.resolved'),
    messageId: z.string(),
    toolCallId: z.string(),
    decision: z.enum(['approved', 'rejected', 'edited']),
    args: ArgsSchema.optional(),
    /** With `edited`: the change recomputed from the edited arguments, which is what gets applied. */
    proposal: ApprovalProposalSchema.optional(),
  }),
  z.object({ ...Base, type: z.literal('message.completed'), message: ChatMessageSchema }),
  z.object({ ...Base, type: z.literal('error'), messageId: z.string().optional(), code: z.string(), message: z.string() }),
]);
export type ServerEvent = z.infer<typeof ServerEventSchema>;
export type ServerEventType = ServerEvent['type'];
export const SERVER_EVENT_TYPES = ServerEventSchema.options.map((o) => o.shape.type.value) as readonly ServerEventType[];

/**
 * Client → server payloads, as strict as the gateway takes them (it parses each with these schemas; a refused one is
 * acknowledged with `{ ok: false, code: 'VALIDATION_FAILED' }`). `…Payload` is what a client sends.
 */
export const SendMessagePayloadSchema = z
  .object({
    clientMessageId: z.string().trim().min(1).max(100).describe('Client-generated id: a retried send never creates a second turn'),
    conversationId: z.uuid().optional().describe('Omit to start a new conversation'),
    text: z.string().max(4000).default('').describe('The user message'),
    attachmentIds: z.array(z.uuid()).max(5).default([]).describe('Images uploaded with POST /api/attachments'),
    lang: LangSchema.optional().describe('UI language, a hint for the answer language when the text itself is ambiguous'),
  })
  .strict()
  .refine((m) => m.text.trim().length > 0 || m.attachmentIds.length > 0, { message: 'text or attachmentIds is required', path: ['text'] });
export type SendMessagePayload = z.input<typeof SendMessagePayloadSchema>;

export const ResumePayloadSchema = z
  .object({
    conversationId: z.uuid(),
    /** The last seq the client applied (0 for none). */
    afterSeq: z.number().int().min(0),
  })
  .strict();
export type ResumePayload = z.infer<typeof ResumePayloadSchema>;

export const StopPayloadSchema = z.object({ conversationId: z.uuid() }).strict();
export type StopPayload = z.infer<typeof StopPayloadSchema>;

export const DecidePayloadSchema = z
  .object({
    toolCallId: z.uuid(),
    decision: z.enum(['approve', 'reject', 'edit']),
    /** With `edit`: the edited arguments (validated against the tool's schema). */
    args: ArgsSchema.optional(),
  })
  .strict();
export type DecidePayload = z.infer<typeof DecidePayloadSchema>;

/** A refused event says why; RATE_LIMITED also says when to try again (seconds). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type Ack<T = {}> = ({ ok: true } & T) | { ok: false; code: string; message: string; retryAfterSeconds?: number };
export type SendMessageAck = Ack<{ messageId: string; conversationId: string; duplicate: boolean }>;
export type ResumeAck = Ack<{ replayed: number; lastSeq: number }>;
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

/** An incoming `chat:event` parsed with the protocol, or null (with the reason) when it does not match it. */
export function parseServerEvent(raw: unknown): { event: ServerEvent; error?: undefined } | { event: null; error: string } {
  const parsed = ServerEventSchema.safeParse(raw);
  return parsed.success ? { event: parsed.data } : { event: null, error: parsed.error.message };
}
