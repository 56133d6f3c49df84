import type { z } from 'zod';
import type { Lang, Role } from '@tajer/contract';
import type { ToolSlots } from './slots';

/** Languages the assistant answers in (Darija is answered in `ar` or `fr`); roles of the people using them. */
export type { Lang, Role } from '@tajer/contract';

/**
 * Language varieties the examples are written in. Darija is kept apart from MSA and French because
 * its vocabulary differs (chhal, zid, 3andi / شحال, زيد) and the classifier must see both scripts.
 */
export type ExampleLang = 'fr' | 'ar' | 'darija' | 'darija_latin' | 'en';

export const EXAMPLE_LANGS: readonly ExampleLang[] = ['fr', 'ar', 'darija', 'darija_latin', 'en'];

/** Example user utterances per language variety, used to train the offline intent classifier. */
export type ToolExamples = Record<ExampleLang, readonly string[]>;

/**
 * read: runs at once. write: needs the user's confirmation of the exact change before it runs.
 * read-then-write: produces a draft at once; saving the draft is a confirmed write.
 */
export type ToolKind = 'read' | 'write' | 'read-then-write';

export interface ToolError {
  code: string;
  message: string;
}

/** Tools return a result instead of throwing, so the model can recover from a failure. */
export type ToolResult<T = unknown> = { success: true; data: T; records?: ToolRecordRef[] } | { success: false; error: ToolError };

/** Per-request context handed to a tool; services stay loosely typed until the business services exist. */
export interface ToolContext {
  tenantId: string;
  userId: string;
  conversationId: string;
  lang: Lang;
  services: Record<string, unknown>;
  /** Images sent with the user's message (receipt or product photos); image tools default to the first. */
  attachmentIds?: string[];
  /** The recorded tool call, so changes it makes (stock movements, expenses) link back to it. */
  toolCallId?: string;
}

/** The change a write tool proposes (same shape as the chat protocol's ApprovalProposal). */
export interface ToolProposal {
  summary: string;
  changes: { field: string; label: string; before?: unknown; after: unknown }[];
  /** Superseded by the tool's own `editable` (the host shows those); kept for plugins that declare none. */
  editable?: string[];
  /** What is worth knowing before approving (stock going below zero, a new customer, a limit passed). */
  notes?: string[];
  /** Arguments normalised by the proposal (e.g. the product resolved to its id); used when approved. */
  args?: Record<string, unknown>;
}

/** Business records a tool read or changed, linked from the support console. */
export interface ToolRecordRef {
  type: string;
  id: string;
  label?: string;
}

export interface ToolDefinition<S extends z.ZodObject = z.ZodObject> {
  /** snake_case name from the tool contract; never rename. */
  name: string;
  kind: ToolKind;
  /**
   * Who may use the tool: `ACCESS[...]` from @tajer/contract, the same rule as the REST route and the page that show
   * the same data. The tool executor refuses anyone else, politely, in the user's language.
   */
  roles: readonly Role[];
  /**
   * Business services the tool calls (keys of `ctx.services`), when they may be missing from a host: the offline model
   * does not route to a tool whose services are not there, it says plainly that it cannot do it yet.
   */
  needs?: readonly string[];
  /** English, precise: written for an LLM choosing between tools. */
  description: string;
  schema: S;
  /**
   * What `run` returns as `data` when it succeeds: the tool's schema in @tajer/contract's `TOOL_RESULTS` for the
   * built-in tools (the chat's cards parse results with it; outside production the backend checks every result against
   * it). A plugin may declare its own.
   */
  result?: z.ZodType;
  examples: ToolExamples;
  /** True when the user must confirm before data changes (write tools, except feedback). */
  requiresApproval: boolean;
  /**
   * Arguments the user may change on the approval card before approving (e.g. ['quantity', 'reason']); empty for a
   * tool whose proposals are taken or left as they are. An edit of any other argument is refused, so an edit can't
   * retarget the write. Every built-in tool declares it (reads too: []); a plugin that doesn't lets every argument change.
   */
  editable?: readonly Extract<keyof z.infer<S>, string>[];
  /** How the offline model reads the tool's arguments from a message (see slots.ts); every built-in tool has one. */
  slots?: ToolSlots;
  run?(ctx: ToolContext, args: z.infer<S>): Promise<ToolResult>;
  /**
   * Write tools: the exact change `run` would make, computed without writing anything (e.g. "Semoule 10kg : 42 → 72").
   * The assistant shows it and waits for the user's approval before calling `run`.
   */
  propose?(ctx: ToolContext, args: z.infer<S>): Promise<ToolResult<ToolProposal>>;
  summarize?(result: ToolResult, lang: Lang): string;
}

/** Conversation intents that are answered without calling a tool. */
export type ConversationIntent = 'greeting' | 'thanks' | 'help' | 'out_of_scope';
