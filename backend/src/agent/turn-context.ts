import type { Lang, MessagePart } from '../chat/chat-events';
import type { Principal } from '../auth/principal';
import type { ObservedDataVersion } from '../common/cache/tenant-data-version.repository';

/** Everything one assistant turn knows about who is asking and where its output goes. */
export interface TurnContext {
  tenantId: string;
  userId: string | null;
  principal: Principal;
  conversationId: string;
  /** The assistant message being produced. */
  messageId: string;
  lang: Lang;
  /** Where the conversation happens: 'chat' (the app), 'api', 'openai-api', 'mcp'… */
  channel?: string;
  /** A model of the configured provider to use instead of OPENAI_MODEL (the /v1 API's `model`). */
  model?: string;
  /**
   * The business's data version as the statement that stored this turn's answer row read it (when that statement read
   * the history too: no earlier turn of the conversation was pending), so reads keyed by it see every write committed
   * before the turn was admitted. Absent: read it when needed.
   */
  dataVersion?: ObservedDataVersion;
  /** Attachments sent with the user's message (receipt or product photos). */
  attachmentIds: string[];
  /** The message's parts, in order, as the turn produces them. */
  parts: MessagePart[];
  signal: AbortSignal;
  /** Tools that ran during the turn (name → args), for the conversation log. */
  toolRuns: { name: string; args: Record<string, unknown>; status: string }[];
}

export const TOOL_SERVICES = Symbol('TOOL_SERVICES');

/** The channel of turns asked through the OpenAI-compatible API (/v1). */
export const OPENAI_API_CHANNEL = 'openai-api';

/**
 * The id prefix of a tool call the offline model marks as a correction of the pending write before it (« non, 4 »
 * after « vendu 2 coca »): its proposal replaces that card (ToolExecutor).
 */
export const CORRECTION_CALL_PREFIX = 'call_fix_';

/**
 * The id prefix of a tool call the offline model knows is no correction: a full message of its own (« sold 3 coca »
 * while « sold 2 coca » waits) or more goods (« and 3 coca too »). A shop owner makes two sales of the same goods, so its
 * proposal withdraws no card, even one of the same goods with other figures (ToolExecutor).
 */
export const NEW_CALL_PREFIX = 'call_new_';
