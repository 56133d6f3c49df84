/**
 * The chat wire protocol over Socket.IO (namespace `/chat`). Its single definition is `@tajer/contract`
 * (`packages/contract/src/chat-protocol.ts`: zod schemas and their types), which the chat UI imports too and parses
 * every incoming event with; this file re-exports it so the backend's imports stay where they were.
 *
 * Every server event is sent on the socket event name `chat:event` and carries the conversation id and a
 * per-conversation sequence number `seq` (1, 2, 3 …, no gaps). A client that reconnects sends `conversation:resume` with the
 * last seq it applied and receives exactly the events after it.
 */
export type { Lang } from '@tajer/contract';
export {
  CHAT_NAMESPACE,
  ApprovalProposalSchema,
  ChatMessageSchema,
  ClarificationSchema,
  DecidePayloadSchema,
  MessagePartSchema,
  ResumePayloadSchema,
  SendMessagePayloadSchema,
  ServerEventSchema,
  StopPayloadSchema,
} from '@tajer/contract';
export type {
  Ack,
  ApprovalProposal,
  ChatMessage,
  Choice,
  Clarification,
  ClientToServerEvents,
  DecideAck,
  DecidePayload,
  MessagePart,
  ResumeAck,
  ResumePayload,
  SendMessageAck,
  SendMessagePayload,
  ServerEvent,
  ServerEventType,
  ServerToClientEvents,
  StopPayload,
} from '@tajer/contract';
