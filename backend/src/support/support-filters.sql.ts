import { Prisma } from '../generated/prisma/client';
import { buildTextQuery } from './support-text-query';

/**
 * The support console's conversation filters as SQL fragments over `"Conversation" c`. Everything is filtered in the
 * database (the table grows with every chat turn of every business); user input only ever reaches SQL as bound
 * parameters through Prisma.sql, never by string concatenation.
 */
export interface SupportFilter {
  /** null: every business (platform staff without a tenant filter). */
  tenantId: string | null;
  userId?: string;
  /** Active during [from, to): created before `to` and last updated at or after `from`. */
  from?: Date;
  to?: Date;
  /** A tool of this name was called. */
  tool?: string;
  /** true: a write tool ran after the user approved it (as proposed or edited); false: none did. */
  writeTool?: boolean;
  /** The conversation or one of its messages is in this language. */
  lang?: string;
  /** true: a message or a tool call failed; false: nothing failed. */
  hasError?: boolean;
  /** A thumbs up / down on any message of the conversation. */
  rating?: 'up' | 'down';
  /** Full-text search in the messages. */
  q?: string;
  tag?: string;
}

/** Thumbs are Feedback rows on a message: up is stored as 5, down as 1 (FeedbackService.rateMessage). */
const THUMB = { up: Prisma.sql`f.rating >= 4`, down: Prisma.sql`f.rating <= 2` } as const;

export function thumbsExist(kind: 'up' | 'down'): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Message" fm JOIN "Feedback" f ON f."tenantId" = fm."tenantId" AND f."messageId" = fm.id
    WHERE fm."conversationId" = c.id AND ${THUMB[kind]})`;
}

/** A failed message (an error, an interrupted turn) or a failed tool call. */
export const HAS_ERROR = Prisma.sql`(
  EXISTS (SELECT 1 FROM "Message" em WHERE em."conversationId" = c.id AND (em.status = 'FAILED' OR em.error IS NOT NULL))
  OR EXISTS (SELECT 1 FROM "ToolCall" et WHERE et."conversationId" = c.id AND (et.status = 'FAILED' OR et.error IS NOT NULL)))`;

const WRITE_TOOL_RAN = Prisma.sql`EXISTS (SELECT 1 FROM "ToolCall" wt WHERE wt."conversationId" = c.id
  AND wt.kind = 'write' AND wt.confirmation IN ('APPROVED', 'EDITED'))`;

/**
 * "This message matches q": the full-text arm repeats the expression of Message_text_fts_idx, the fragment arm the
 * one of Message_text_trgm_idx, so PostgreSQL can answer each from its index (a BitmapOr). Null when q has no word.
 */
export function messageMatches(alias: string, q: string): Prisma.Sql | null {
  const { tsquery, likePattern } = buildTextQuery(q);
  const col = Prisma.raw(`${alias}."text"`);
  const arms: Prisma.Sql[] = [];
  if (tsquery)
    arms.push(Prisma.sql`to_tsvector('simple', immutable_unaccent(${col})) @@ to_tsquery('simple', immutable_unaccent(${tsquery}))`);
  if (likePattern) arms.push(Prisma.sql`tajer_search_norm(${col}) LIKE ${likePattern}`);
  return arms.length ? Prisma.sql`(${Prisma.join(arms, ' OR ')})` : null;
}

/**
 * The text search as a CTE, run before anything else: the conversations whose messages match q. MATERIALIZED because
 * otherwise PostgreSQL, seeing a LIMIT and an ORDER BY updatedAt, may walk the conversations newest first and test
 * each one's messages, which for a rare word means evaluating the search on every message of the table (seconds
 * instead of milliseconds). Searching first is bounded by the matches, served by the two text indexes.
 */
function searchHits(f: SupportFilter): Prisma.Sql | null {
  const match = f.q ? messageMatches('qm', f.q) : null;
  return match ? Prisma.sql`q_hits AS MATERIALIZED (SELECT DISTINCT qm."conversationId" AS id FROM "Message" qm WHERE ${match})` : null;
}

/** `WITH …` for a query using whereClause(f): the CTEs it relies on, then the caller's own (e.g. the page). */
export function withClause(f: SupportFilter, ...more: Prisma.Sql[]): Prisma.Sql {
  const search = searchHits(f);
  const ctes = [...(search ? [search] : []), ...more];
  return ctes.length ? Prisma.sql`WITH ${Prisma.join(ctes, ', ')}` : Prisma.empty;
}

/** The filters over `"Conversation" c`; the query must start with withClause(f). */
export function whereClause(f: SupportFilter): Prisma.Sql {
  const conds: Prisma.Sql[] = [];
  if (f.tenantId) conds.push(Prisma.sql`c."tenantId" = ${f.tenantId}`);
  if (f.userId) conds.push(Prisma.sql`c."userId" = ${f.userId}`);
  // Timestamps are stored in UTC without a zone (Prisma's convention): compare with UTC wall-clock values.
  if (f.from) conds.push(Prisma.sql`c."updatedAt" >= (${f.from.toISOString()}::timestamptz AT TIME ZONE 'UTC')`);
  if (f.to) conds.push(Prisma.sql`c."createdAt" < (${f.to.toISOString()}::timestamptz AT TIME ZONE 'UTC')`);
  if (f.tag) conds.push(Prisma.sql`${f.tag} = ANY (c.tags)`);
  if (f.lang) {
    conds.push(
      Prisma.sql`(c.language = ${f.lang} OR EXISTS (SELECT 1 FROM "Message" lm WHERE lm."conversationId" = c.id AND lm.language = ${f.lang}))`,
    );
  }
  if (f.tool) conds.push(Prisma.sql`EXISTS (SELECT 1 FROM "ToolCall" tt WHERE tt."conversationId" = c.id AND tt.name = ${f.tool})`);
  if (f.writeTool !== undefined) conds.push(f.writeTool ? WRITE_TOOL_RAN : Prisma.sql`NOT ${WRITE_TOOL_RAN}`);
  if (f.hasError !== undefined) conds.push(f.hasError ? HAS_ERROR : Prisma.sql`NOT ${HAS_ERROR}`);
  if (f.rating) conds.push(thumbsExist(f.rating));
  // A q without any searchable word matches nothing.
  if (f.q) conds.push(searchHits(f) ? Prisma.sql`c.id IN (SELECT id FROM q_hits)` : Prisma.sql`FALSE`);
  return conds.length ? Prisma.sql`WHERE ${Prisma.join(conds, ' AND ')}` : Prisma.empty;
}
