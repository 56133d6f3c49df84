/**
 * Database rows → the support console's response shapes. Every value that can hold personal data goes through the
 * request's Masker here, in one place, so no view or export can forget it.
 */
import type { Masker } from '../common/text/pii-mask';
import { linkRecords, LinkedRecord } from './record-links';
import type { ConversationSummaryRow, ConversationWithPeople, SupportNoteRow } from './support.repository';

type Thumb = 'up' | 'down' | null;

export interface MessageRow {
  id: string;
  conversationId: string;
  role: string;
  status: string;
  text: string;
  parts: unknown;
  language: string | null;
  model: string | null;
  provider: string | null;
  latencyMs: number | null;
  promptTokens: number | null;
  completionTokens: number | null;
  error: string | null;
  createdAt: Date;
}

export interface ToolCallRow {
  id: string;
  conversationId: string;
  messageId: string | null;
  name: string;
  kind: string;
  args: unknown;
  result: unknown;
  status: string;
  confirmation: string;
  proposal: unknown;
  error: string | null;
  durationMs: number | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  decidedById: string | null;
  decidedAt: Date | null;
  records: unknown;
  createdAt: Date;
}

export interface FeedbackRow {
  id: string;
  messageId: string | null;
  rating: number | null;
  category: string;
  severity: string;
  message: string;
  createdAt: Date;
  user: { id: string; email: string } | null;
}

/** Thumbs are stored as ratings on a message: 5 up, 1 down (anything ≥ 4 / ≤ 2 reads the same way). */
export function thumbOf(rating: number | null | undefined): Thumb {
  if (rating === null || rating === undefined) return null;
  return rating >= 4 ? 'up' : rating <= 2 ? 'down' : null;
}

/** A conversation's overall rating: one thumbs-down is what a reviewer must see, so it wins over any thumbs-up. */
export function overallThumb(ratings: (number | null)[]): Thumb {
  const thumbs = ratings.map(thumbOf);
  return thumbs.includes('down') ? 'down' : thumbs.includes('up') ? 'up' : null;
}

export const messageFailed = (m: Pick<MessageRow, 'status' | 'error'>) => m.status === 'FAILED' || m.error !== null;
export const toolFailed = (t: Pick<ToolCallRow, 'status' | 'error'>) => t.status === 'FAILED' || t.error !== null;

const lower = (s: string) => s.toLowerCase();

export function conversationHeader(c: ConversationWithPeople, mask: Masker) {
  return {
    id: c.id,
    tenant: { id: c.tenant.id, name: c.tenant.name },
    user: c.user ? { id: c.user.id, email: mask.email(c.user.email), role: c.user.role } : null,
    title: c.title === null ? null : mask.text(c.title),
    language: c.language,
    channel: c.channel,
    tags: c.tags,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    deletedAt: c.deletedAt,
  };
}

/** The list item, from the SQL summary row. */
export function summaryItem(row: ConversationSummaryRow, mask: Masker, snippet?: string) {
  return {
    id: row.id,
    tenant: { id: row.tenantId, name: row.tenantName },
    user: row.userId ? { id: row.userId, email: row.userEmail === null ? null : mask.email(row.userEmail) } : null,
    title: row.title === null ? null : mask.text(row.title),
    language: row.language,
    messageCount: row.messageCount,
    tools: row.tools,
    hasError: row.hasError,
    rating: row.rating,
    tags: row.tags,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
    ...(snippet !== undefined ? { snippet } : {}),
  };
}

/** The same summary computed from loaded rows (the export), with the SQL list's semantics. */
export function summaryFromRows(messages: MessageRow[], toolCalls: ToolCallRow[], ratings: (number | null)[]) {
  return {
    messageCount: messages.length,
    tools: [...new Set(toolCalls.map((t) => t.name))].sort(),
    hasError: messages.some(messageFailed) || toolCalls.some(toolFailed),
    rating: overallThumb(ratings),
  };
}

export function messageView(m: MessageRow, mask: Masker, thumb: Thumb = null) {
  return {
    id: m.id,
    role: lower(m.role),
    status: lower(m.status),
    text: mask.text(m.text),
    parts: mask.json(Array.isArray(m.parts) ? m.parts : []),
    language: m.language,
    model: m.model,
    provider: m.provider,
    latencyMs: m.latencyMs,
    promptTokens: m.promptTokens,
    completionTokens: m.completionTokens,
    error: m.error === null ? null : mask.text(m.error),
    thumb,
    createdAt: m.createdAt,
  };
}

export function toolCallView(t: ToolCallRow, mask: Masker) {
  return {
    id: t.id,
    messageId: t.messageId,
    name: t.name,
    kind: t.kind,
    status: lower(t.status),
    confirmation: lower(t.confirmation),
    args: mask.json(t.args),
    result: mask.json(t.result ?? null),
    proposal: mask.json(t.proposal ?? null),
    error: t.error === null ? null : mask.text(t.error),
    durationMs: t.durationMs,
    startedAt: t.startedAt,
    finishedAt: t.finishedAt,
    decidedById: t.decidedById,
    decidedAt: t.decidedAt,
    records: linkRecords(t.records).map((r): LinkedRecord => ({ ...r, label: r.label === null ? null : mask.text(r.label) })),
    createdAt: t.createdAt,
  };
}

export function noteView(n: SupportNoteRow, mask: Masker) {
  return {
    id: n.id,
    text: mask.text(n.text),
    author: { id: n.authorId, email: n.authorEmail === null ? null : mask.email(n.authorEmail), role: n.authorRole },
    scope: n.scope,
    createdAt: n.createdAt,
  };
}

export function feedbackView(f: FeedbackRow, mask: Masker) {
  return {
    id: f.id,
    messageId: f.messageId,
    rating: f.rating,
    thumb: f.messageId ? thumbOf(f.rating) : null,
    category: lower(f.category),
    severity: f.severity,
    message: mask.text(f.message),
    user: f.user ? { id: f.user.id, email: mask.email(f.user.email) } : null,
    createdAt: f.createdAt,
  };
}

/** Reads Conversation.supportNotes defensively: it is a JSON column, anything malformed is skipped. */
export function parseNotes(value: unknown): SupportNoteRow[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (n): n is SupportNoteRow =>
      !!n && typeof n === 'object' && typeof (n as SupportNoteRow).id === 'string' && typeof (n as SupportNoteRow).text === 'string',
  );
}
