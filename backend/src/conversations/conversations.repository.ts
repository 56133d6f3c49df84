import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Prisma, type Message } from '../generated/prisma/client';
import type { ConfirmationState, MessageStatus, ToolCallStatus } from '../generated/prisma/enums';
import { PrismaService } from '../database/prisma.service';
import { SqlClient } from '../database/sql';
import { dataVersionSubquery, type ObservedDataVersion } from '../common/cache/tenant-data-version.repository';

/** The `error` of a pending approval withdrawn because a correction replaced it (see withdrawApproval). */
export const REPLACED = 'REPLACED';
const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === 'P2002';

/** A Date as the `timestamp(3)` (UTC) Prisma stores: raw statements write the same app-clock times Prisma does. */
const sqlTime = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const sqlJson = (v: unknown) => (v === undefined || v === null ? Prisma.sql`NULL` : Prisma.sql`${JSON.stringify(v)}::jsonb`);
/** `undefined` leaves a column as it is (as in Prisma's update); raw parameters can't be undefined. */
const keep = (v: unknown, column: string) => (v === undefined ? Prisma.raw(`"${column}"`) : Prisma.sql`${v}`);

/**
 * The CTE that records a chat event's seq in the statement writing the event's row (ChatEventBus.publishRecorded):
 * the conversation's lastSeq moves up to `seq` (never down) with its updatedAt, as `setLastSeq` did in a statement of
 * its own. PostgreSQL runs a data-modifying CTE once, whether or not the main statement reads it.
 */
const recordSeq = (conversationId: string, seq: number, now: Date) => Prisma.sql`
  WITH recorded AS (
    UPDATE "Conversation" SET "lastSeq" = ${seq}, "updatedAt" = ${sqlTime(now)}
    WHERE id = ${conversationId} AND "lastSeq" < ${seq}
  )`;

/** The columns of a message its ChatMessage needs (toChatMessage), from a raw RETURNING. */
const MESSAGE_RETURNING = Prisma.sql`id, "conversationId", role::text AS role, status::text AS status, text, parts, "clientMessageId", language, "createdAt"`;
type MessageView = Pick<
  Message,
  'id' | 'conversationId' | 'role' | 'status' | 'text' | 'parts' | 'clientMessageId' | 'language' | 'createdAt'
>;

/** A message as a turn's history needs it (agent/history.ts). */
export type HistoryRow = Pick<Message, 'role' | 'status' | 'text' | 'parts'>;

export interface ToolCallRecord {
  type: string;
  id: string;
  label?: string;
}

/** Persistence of conversations, messages and tool calls: the assistant's complete, reviewable log. */
/**
 * `touchConversation: false` skips the separate write that moves the conversation's updatedAt (sidebar order): for
 * callers that publish a chat event right after, whose lastSeq write (`setLastSeq`, an update of the same row, with
 * Prisma's @updatedAt) moves it anyway — one statement, or a whole transaction, less per chat turn.
 */
export interface WriteOptions {
  touchConversation?: boolean;
}

@Injectable()
export class ConversationsRepository {
  /**
   * `sql`: a chat turn's own statements (the user's message, the answer's row and its final UPDATE, the tool call's
   * INSERT and UPDATE) go to `pg` directly, the rest through Prisma (database/sql.ts says why and when).
   */
  constructor(
    private readonly prisma: PrismaService,
    private readonly sql: SqlClient,
  ) {}

  createConversation(data: { tenantId: string; userId: string | null; title?: string; language?: string; channel?: string }) {
    return this.prisma.conversation.create({ data });
  }

  /** Scoped by tenant and (for end users) by owner: someone else's conversation is "not found". */
  findConversation(tenantId: string, id: string, userId?: string | null) {
    return this.prisma.conversation.findFirst({
      where: { id, tenantId, deletedAt: null, ...(userId !== undefined ? { userId } : {}) },
    });
  }

  async listConversations(tenantId: string, userId: string | null, q: string | undefined, skip: number, take: number) {
    const where: Prisma.ConversationWhereInput = {
      tenantId,
      userId,
      deletedAt: null,
      ...(q
        ? { OR: [{ title: { contains: q, mode: 'insensitive' } }, { messages: { some: { text: { contains: q, mode: 'insensitive' } } } }] }
        : {}),
    };
    const [items, total] = await Promise.all([
      this.prisma.conversation.findMany({
        where,
        orderBy: { updatedAt: 'desc' },
        skip,
        take,
        select: {
          id: true,
          title: true,
          language: true,
          createdAt: true,
          updatedAt: true,
          messages: { orderBy: { createdAt: 'desc' }, take: 1, select: { role: true, text: true, createdAt: true } },
        },
      }),
      this.prisma.conversation.count({ where }),
    ]);
    return { items, total };
  }

  getMessages(tenantId: string, conversationId: string) {
    return this.prisma.message.findMany({
      where: { tenantId, conversationId, role: { in: ['USER', 'ASSISTANT'] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** The last `limit` messages (oldest first): a turn reads only the recent history it sends, however long the conversation. */
  async recentMessages(tenantId: string, conversationId: string, limit: number) {
    const rows = await this.prisma.message.findMany({
      where: { tenantId, conversationId, role: { in: ['USER', 'ASSISTANT'] } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.reverse();
  }

  renameConversation(tenantId: string, id: string, title: string) {
    return this.prisma.conversation.updateMany({ where: { id, tenantId, deletedAt: null }, data: { title } });
  }

  softDeleteConversation(tenantId: string, id: string) {
    return this.prisma.conversation.updateMany({ where: { id, tenantId, deletedAt: null }, data: { deletedAt: new Date() } });
  }

  /**
   * Stores the user's message before the agent runs. A retried clientMessageId returns the stored message instead
   * of creating a second turn.
   */
  async insertUserMessage(
    data: {
      tenantId: string;
      conversationId: string;
      clientMessageId: string;
      text: string;
      parts: Prisma.InputJsonValue;
      language?: string;
    },
    options: WriteOptions = {},
  ): Promise<{ message: Prisma.MessageGetPayload<{}>; duplicate: boolean }> {
    try {
      if (options.touchConversation === false) {
        return { message: await this.prisma.message.create({ data: { ...data, role: 'USER', status: 'COMPLETED' } }), duplicate: false };
      }
      // A batch transaction (one round trip), not an interactive one: under load an interactive transaction waits
      // for a pooled connection and can time out before it starts.
      const [message] = await this.prisma.$transaction([
        this.prisma.message.create({ data: { ...data, role: 'USER', status: 'COMPLETED' } }),
        this.prisma.conversation.update({ where: { id: data.conversationId }, data: { updatedAt: new Date() } }),
      ]);
      return { message, duplicate: false };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const message = await this.prisma.message.findFirstOrThrow({
        where: { conversationId: data.conversationId, clientMessageId: data.clientMessageId, tenantId: data.tenantId },
      });
      return { message, duplicate: true };
    }
  }

  /**
   * A turn's user message in a conversation the sender already has, in one statement: the conversation is checked
   * (this business's, this user's, not deleted: as findConversation) and the message inserted; a retried
   * clientMessageId meets the unique index and inserts nothing. Three statements before (the idempotency lookup, the
   * conversation lookup, the INSERT). Null when there is no such conversation; `duplicate` with the first try's message.
   */
  async insertUserMessageInConversation(data: {
    tenantId: string;
    userId: string | null;
    conversationId: string;
    clientMessageId: string;
    text: string;
    parts: Prisma.InputJsonValue;
    language: string;
  }): Promise<{ channel: string; message: MessageView; duplicate: boolean } | null> {
    const [id, now] = [randomUUID(), new Date()];
    type Row = MessageView & { conversationChannel: string };
    const [row] = await this.sql.query<Row>(Prisma.sql`
      WITH conv AS (
        SELECT id, channel FROM "Conversation"
        WHERE id = ${data.conversationId} AND "tenantId" = ${data.tenantId} AND "deletedAt" IS NULL
          AND "userId" IS NOT DISTINCT FROM ${data.userId}::text
      ), inserted AS (
        INSERT INTO "Message" (id, "tenantId", "conversationId", role, status, "clientMessageId", text, parts, language, "createdAt", "updatedAt")
        SELECT ${id}, ${data.tenantId}, conv.id, 'USER', 'COMPLETED', ${data.clientMessageId}, ${data.text}, ${sqlJson(data.parts)},
               ${data.language}, ${sqlTime(now)}, ${sqlTime(now)}
        FROM conv
        ON CONFLICT ("conversationId", "clientMessageId") DO NOTHING
        RETURNING ${MESSAGE_RETURNING}
      )
      SELECT conv.channel AS "conversationChannel", inserted.* FROM conv LEFT JOIN inserted ON true`);
    if (!row) return null;
    const { conversationChannel: channel, ...message } = row;
    if (message.id) return { channel, message, duplicate: false };
    const first = await this.prisma.message.findFirstOrThrow({
      where: { conversationId: data.conversationId, clientMessageId: data.clientMessageId, tenantId: data.tenantId },
    });
    return { channel, message: first, duplicate: true };
  }

  /**
   * A turn's user message that opens a conversation, in one statement: a retry of it (its clientMessageId already
   * stored by this user, in a conversation not deleted: as findMessageByClientId) is found and nothing is inserted;
   * otherwise the conversation and the message are inserted together. Three statements before, one after the other
   * (the idempotency lookup, the conversation's INSERT, the message's), each a wait for the pool before a new
   * conversation's first model request. `duplicate` with the first try's message (and its conversation).
   */
  async insertUserMessageInNewConversation(data: {
    tenantId: string;
    userId: string | null;
    title: string;
    clientMessageId: string;
    text: string;
    parts: Prisma.InputJsonValue;
    language: string;
  }): Promise<{ channel: string; message: MessageView; duplicate: boolean }> {
    const [conversationId, id, now] = [randomUUID(), randomUUID(), new Date()];
    type Row = MessageView & { conversationChannel: string; duplicate: boolean };
    const [row] = await this.sql.query<Row>(Prisma.sql`
      WITH existing AS (
        SELECT m.id, m."conversationId", m.role::text AS role, m.status::text AS status, m.text, m.parts, m."clientMessageId",
               m.language, m."createdAt", c.channel
        FROM "Message" m JOIN "Conversation" c ON c.id = m."conversationId"
        WHERE m."tenantId" = ${data.tenantId} AND m."clientMessageId" = ${data.clientMessageId} AND m.role = 'USER'
          AND c."userId" IS NOT DISTINCT FROM ${data.userId}::text AND c."deletedAt" IS NULL
        LIMIT 1
      ), conv AS (
        INSERT INTO "Conversation" (id, "tenantId", "userId", title, language, "createdAt", "updatedAt")
        SELECT ${conversationId}, ${data.tenantId}, ${data.userId}::text, ${data.title}, ${data.language}, ${sqlTime(now)}, ${sqlTime(now)}
        WHERE NOT EXISTS (SELECT 1 FROM existing)
        RETURNING id, channel
      ), inserted AS (
        INSERT INTO "Message" (id, "tenantId", "conversationId", role, status, "clientMessageId", text, parts, language, "createdAt", "updatedAt")
        SELECT ${id}, ${data.tenantId}, conv.id, 'USER', 'COMPLETED', ${data.clientMessageId}, ${data.text}, ${sqlJson(data.parts)},
               ${data.language}, ${sqlTime(now)}, ${sqlTime(now)}
        FROM conv
        RETURNING ${MESSAGE_RETURNING}
      )
      SELECT existing.channel AS "conversationChannel", true AS duplicate, existing.id, existing."conversationId", existing.role,
             existing.status, existing.text, existing.parts, existing."clientMessageId", existing.language, existing."createdAt"
      FROM existing
      UNION ALL
      SELECT conv.channel, false, inserted.id, inserted."conversationId", inserted.role, inserted.status, inserted.text,
             inserted.parts, inserted."clientMessageId", inserted.language, inserted."createdAt"
      FROM conv JOIN inserted ON true`);
    const { conversationChannel: channel, duplicate, ...message } = row;
    return { channel, message, duplicate };
  }

  findMessageByClientId(tenantId: string, clientMessageId: string, userId: string | null) {
    return this.prisma.message.findFirst({
      where: { tenantId, clientMessageId, role: 'USER', conversation: { userId, deletedAt: null } },
    });
  }

  /** The assistant reply that belongs to a user message (created right after it). */
  findReplyTo(tenantId: string, conversationId: string, userMessage: { createdAt: Date }) {
    return this.prisma.message.findFirst({
      where: { tenantId, conversationId, role: 'ASSISTANT', createdAt: { gte: userMessage.createdAt } },
      orderBy: { createdAt: 'asc' },
    });
  }

  createAssistantMessage(data: {
    tenantId: string;
    conversationId: string;
    model?: string;
    provider?: string;
    language?: string;
    runnerId?: string;
  }) {
    return this.prisma.message.create({ data: { ...data, role: 'ASSISTANT', status: 'STREAMING' } });
  }

  /**
   * The turn's streaming answer, stored by the statement that records `message.accepted`'s seq (see recordSeq). With
   * `history`, the same statement also reads the conversation's last `history.limit` messages before this turn (oldest
   * first; the user's message `history.except` left out): the turn's read of its history, one statement less a turn.
   * The statement's snapshot is taken before its own INSERT, so the new answer is not among them.
   * With `history` it also reads the business's data version (the read caches' key, TenantReads): the offline model's
   * customers' names are then looked up under it instead of a statement of their own each turn.
   */
  async createAssistantMessageRecorded(
    data: { tenantId: string; conversationId: string; language?: string; runnerId?: string; after?: string },
    seq: number,
    history?: { limit: number; except: string },
  ): Promise<{ id: string; history?: HistoryRow[]; dataVersion?: ObservedDataVersion }> {
    const [id, now] = [randomUUID(), new Date()];
    // Strictly after the user's message it answers (`after`, its id): written in the same millisecond, the two tied on
    // createdAt and the history and the conversation's view ordered them by id — the answer before its question, about
    // one turn in ten on a fast machine (the history then lost « Quel est le montant ? » as the last word).
    const createdAt = data.after
      ? Prisma.sql`GREATEST(${sqlTime(now)}, (SELECT "createdAt" + interval '1 millisecond' FROM "Message" WHERE id = ${data.after} AND "tenantId" = ${data.tenantId}))`
      : sqlTime(now);
    const insert = Prisma.sql`INSERT INTO "Message" (id, "tenantId", "conversationId", role, status, language, "runnerId", "createdAt", "updatedAt")
      VALUES (${id}, ${data.tenantId}, ${data.conversationId}, 'ASSISTANT', 'STREAMING', ${data.language ?? null}, ${data.runnerId ?? null},
              ${createdAt}, ${sqlTime(now)})`;
    if (!history) {
      await this.sql.execute(Prisma.sql`${recordSeq(data.conversationId, seq, now)} ${insert}`);
      return { id };
    }
    // One row at least (the version's), joined with the history's rows when there are any.
    const rows = await this.sql.query<
      Partial<HistoryRow> & { version: string; rows: number }
    >(Prisma.sql`${recordSeq(data.conversationId, seq, now)},
      inserted AS (${insert}), v AS (${dataVersionSubquery(data.tenantId)})
      SELECT h.role, h.status, h.text, h.parts, v.version, v.rows FROM v LEFT JOIN LATERAL (
        SELECT id, "createdAt", role::text AS role, status::text AS status, text, parts FROM "Message"
        WHERE "tenantId" = ${data.tenantId} AND "conversationId" = ${data.conversationId} AND role IN ('USER', 'ASSISTANT')
          AND id <> ${history.except}
        ORDER BY "createdAt" DESC, id DESC
        LIMIT ${history.limit}
      ) h ON true
      ORDER BY h."createdAt" ASC, h.id ASC`);
    const found = rows.filter((r) => r.role != null) as HistoryRow[];
    const dataVersion = { version: rows[0].version, rows: rows[0].rows };
    return { id, history: found.map(({ role, status, text, parts }) => ({ role, status, text, parts })), dataVersion };
  }

  async finishMessage(
    id: string,
    data: {
      status: MessageStatus;
      text: string;
      parts: Prisma.InputJsonValue;
      latencyMs?: number;
      promptTokens?: number;
      completionTokens?: number;
      model?: string;
      provider?: string;
      language?: string;
      error?: string | null;
    },
    options: WriteOptions = {},
  ) {
    // The answer first; bumping the conversation's updatedAt (sidebar order) is a second, independent write.
    const message = await this.prisma.message.update({ where: { id }, data });
    if (options.touchConversation !== false) {
      await this.prisma.conversation.update({ where: { id: message.conversationId }, data: { updatedAt: new Date() } });
    }
    return message;
  }

  /** `finishMessage` in the statement that records `message.completed`'s seq (see recordSeq). */
  async finishMessageRecorded(
    id: string,
    conversationId: string,
    data: Parameters<ConversationsRepository['finishMessage']>[1],
    seq: number,
  ): Promise<MessageView> {
    const now = new Date();
    const rows = await this.sql.query<MessageView>(Prisma.sql`${recordSeq(conversationId, seq, now)}
      UPDATE "Message" SET
        status = ${data.status}::"MessageStatus", text = ${data.text}, parts = ${sqlJson(data.parts)},
        "latencyMs" = ${keep(data.latencyMs, 'latencyMs')}, "promptTokens" = ${keep(data.promptTokens, 'promptTokens')},
        "completionTokens" = ${keep(data.completionTokens, 'completionTokens')}, model = ${keep(data.model, 'model')},
        provider = ${keep(data.provider, 'provider')}, language = ${keep(data.language, 'language')}, error = ${keep(data.error, 'error')},
        "updatedAt" = ${sqlTime(now)}
      WHERE id = ${id} AND "conversationId" = ${conversationId}
      RETURNING ${MESSAGE_RETURNING}`);
    if (!rows[0]) throw new Error(`message ${id} not found`);
    return rows[0];
  }

  /**
   * Patches one tool part of a stored message in a single statement (the row is locked while it changes), so a
   * decision applied while the turn is writing its answer can't be lost to a read-modify-write race. No part, no change.
   */
  patchToolPart(messageId: string, toolCallId: string, patch: Record<string, unknown>) {
    return this.prisma.$executeRaw`
      UPDATE "Message" SET parts = (
        SELECT coalesce(jsonb_agg(CASE WHEN p->>'toolCallId' = ${toolCallId} THEN p || ${JSON.stringify(patch)}::jsonb ELSE p END ORDER BY ord), '[]'::jsonb)
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(parts) = 'array' THEN parts ELSE '[]'::jsonb END) WITH ORDINALITY AS t(p, ord)
      )
      WHERE id = ${messageId}`;
  }

  /**
   * A turn stores its parts when it ends; a proposal of that turn may have been decided and applied meanwhile (the
   * decision doesn't wait for the answer to finish streaming). Parts still "awaiting approval" whose tool call is
   * decided take the call's outcome, so the stored answer never shows an applied change as still pending.
   */
  syncDecidedToolParts(messageId: string) {
    return this.prisma.$executeRaw`
      UPDATE "Message" m SET parts = (
        SELECT jsonb_agg(
          CASE WHEN p->>'state' = 'awaiting-approval' AND tc.status IN ('SUCCEEDED', 'FAILED', 'REJECTED')
            THEN p || jsonb_build_object('state', lower(tc.status::text))
                   || CASE WHEN tc.status = 'SUCCEEDED' AND tc.result IS NOT NULL THEN jsonb_build_object('result', tc.result) ELSE '{}'::jsonb END
                   || CASE WHEN tc.error IS NOT NULL THEN jsonb_build_object('error', tc.error) ELSE '{}'::jsonb END
            ELSE p END ORDER BY ord)
        FROM jsonb_array_elements(m.parts) WITH ORDINALITY AS t(p, ord)
        LEFT JOIN "ToolCall" tc ON tc.id::text = p->>'toolCallId' AND tc."tenantId" = m."tenantId"
      )
      WHERE m.id = ${messageId} AND jsonb_typeof(m.parts) = 'array' AND jsonb_array_length(m.parts) > 0
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(m.parts) e WHERE e->>'state' = 'awaiting-approval')`;
  }

  updateMessageParts(id: string, parts: Prisma.InputJsonValue, text?: string) {
    return this.prisma.message.update({ where: { id }, data: { parts, ...(text !== undefined ? { text } : {}) } });
  }

  findMessage(tenantId: string, id: string) {
    return this.prisma.message.findFirst({ where: { id, tenantId } });
  }

  /**
   * Answers cut off by a crash are marked failed, never left streaming: those whose runner (the process streaming
   * them, see RunnerPresence) has no session any more, and with `unowned` those no runner claims (written before
   * runners were recorded). Another live instance's answers are left alone. Each gets `texts[language]` (the
   * apology in the language it was asked) as its text. Returns what was marked, to tell the clients.
   */
  markInterruptedTurns(selfRunnerId: string, runnerAppPrefix: string, texts: Record<'fr' | 'ar' | 'en', string>, unowned: boolean) {
    return this.prisma.$queryRaw<Message[]>`
      UPDATE "Message" m SET
        status = 'FAILED',
        error = 'interrupted: the server stopped during this answer',
        text = CASE coalesce(m.language, 'fr') WHEN 'ar' THEN ${texts.ar} WHEN 'en' THEN ${texts.en} ELSE ${texts.fr} END,
        parts = (CASE WHEN jsonb_typeof(m.parts) = 'array' THEN m.parts ELSE '[]'::jsonb END)
          || jsonb_build_array(jsonb_build_object('type', 'text', 'text',
               CASE coalesce(m.language, 'fr') WHEN 'ar' THEN ${texts.ar}::text WHEN 'en' THEN ${texts.en}::text ELSE ${texts.fr}::text END)),
        "updatedAt" = now()
      WHERE m.status IN ('PENDING', 'STREAMING')
        AND (
          (m."runnerId" IS NULL AND ${unowned})
          OR (m."runnerId" IS NOT NULL AND m."runnerId" <> ${selfRunnerId}
              AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.application_name = ${runnerAppPrefix} || m."runnerId"))
        )
      RETURNING m.*`;
  }

  createToolCall(data: {
    tenantId: string;
    conversationId: string;
    messageId: string;
    name: string;
    kind: string;
    args: Prisma.InputJsonValue;
    status: ToolCallStatus;
    confirmation: ConfirmationState;
    proposal?: Prisma.InputJsonValue;
  }) {
    return this.prisma.toolCall.create({ data: { ...data, startedAt: new Date() } });
  }

  finishToolCall(
    id: string,
    data: {
      status: ToolCallStatus;
      result?: Prisma.InputJsonValue;
      error?: string | null;
      durationMs: number;
      records?: ToolCallRecord[];
      /** Set when the call's end also says its approval's fate (a proposal that failed: NOT_ASKED); else kept. */
      confirmation?: ConfirmationState;
    },
  ) {
    return this.prisma.toolCall.update({
      where: { id },
      data: { ...data, records: (data.records ?? []) as unknown as Prisma.InputJsonValue, finishedAt: new Date() },
    });
  }

  /** `createToolCall` in the statement that records `tool.started`'s seq (see recordSeq). */
  async createToolCallRecorded(data: Parameters<ConversationsRepository['createToolCall']>[0], seq: number): Promise<{ id: string }> {
    const [id, now] = [randomUUID(), new Date()];
    await this.sql.execute(Prisma.sql`${recordSeq(data.conversationId, seq, now)}
      INSERT INTO "ToolCall" (id, "tenantId", "conversationId", "messageId", name, kind, args, status, confirmation, proposal, "startedAt", "createdAt")
      VALUES (${id}, ${data.tenantId}, ${data.conversationId}, ${data.messageId}, ${data.name}, ${data.kind}, ${sqlJson(data.args)},
              ${data.status}::"ToolCallStatus", ${data.confirmation}::"ConfirmationState", ${sqlJson(data.proposal)}, ${sqlTime(now)}, ${sqlTime(now)})`);
    return { id };
  }

  /**
   * A call that finished before it was written (a read that ran at once): its row as `createToolCallRecorded` then
   * `finishToolCallRecorded` leave it, in one INSERT that records the last of its events' seqs. `startedAt` is when it
   * started running (the row did not exist yet), `id` the one its tool already ran with.
   */
  async createFinishedToolCallRecorded(
    id: string,
    data: Parameters<ConversationsRepository['createToolCall']>[0],
    finished: Parameters<ConversationsRepository['finishToolCall']>[1],
    startedAt: Date,
    seq: number,
  ): Promise<void> {
    const now = new Date();
    await this.sql.execute(Prisma.sql`${recordSeq(data.conversationId, seq, now)}
      INSERT INTO "ToolCall" (id, "tenantId", "conversationId", "messageId", name, kind, args, status, confirmation, proposal, result, error,
                              "durationMs", records, "startedAt", "finishedAt", "createdAt")
      VALUES (${id}, ${data.tenantId}, ${data.conversationId}, ${data.messageId}, ${data.name}, ${data.kind}, ${sqlJson(data.args)},
              ${finished.status}::"ToolCallStatus", ${data.confirmation}::"ConfirmationState", ${sqlJson(data.proposal)},
              ${sqlJson(finished.result)}, ${finished.error ?? null}, ${finished.durationMs}, ${sqlJson(finished.records ?? [])},
              ${sqlTime(startedAt)}, ${sqlTime(now)}, ${sqlTime(startedAt)})`);
  }

  /** `finishToolCall` in the statement that records `tool.finished`'s seq (see recordSeq). */
  async finishToolCallRecorded(
    id: string,
    conversationId: string,
    data: Parameters<ConversationsRepository['finishToolCall']>[1],
    seq: number,
  ): Promise<void> {
    const now = new Date();
    await this.sql.execute(Prisma.sql`${recordSeq(conversationId, seq, now)}
      UPDATE "ToolCall" SET status = ${data.status}::"ToolCallStatus", result = ${data.result === undefined ? Prisma.raw('result') : sqlJson(data.result)},
        error = ${keep(data.error, 'error')}, "durationMs" = ${data.durationMs}, records = ${sqlJson(data.records ?? [])}, "finishedAt" = ${sqlTime(now)},
        confirmation = ${data.confirmation ? Prisma.sql`${data.confirmation}::"ConfirmationState"` : Prisma.raw('confirmation')}
      WHERE id = ${id} AND "conversationId" = ${conversationId}`);
  }

  awaitApproval(id: string, data: { proposal: Prisma.InputJsonValue; args: Prisma.InputJsonValue; durationMs: number }) {
    return this.prisma.toolCall.update({ where: { id }, data: { ...data, status: 'AWAITING_APPROVAL', confirmation: 'PENDING' } });
  }

  /** Every query inside `fn`, of any repository, in one transaction (see PrismaService.inTransaction). */
  inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.prisma.inTransaction(fn);
  }

  /** `fn` as a savepoint of the ambient transaction (a transaction of its own outside one). */
  atomically<T>(fn: () => Promise<T>): Promise<T> {
    return this.prisma.$transaction(() => fn());
  }

  findToolCall(tenantId: string, id: string) {
    return this.prisma.toolCall.findFirst({ where: { id, tenantId }, include: { conversation: { select: { userId: true } } } });
  }

  /**
   * Claims a pending approval exactly once: a conditional update, so a decision sent twice (two tabs, a retry, two
   * server instances) is applied by whoever wins and refused for the others.
   */
  async claimDecision(
    tenantId: string,
    id: string,
    decision: ConfirmationState,
    decidedById: string | null,
    args?: Prisma.InputJsonValue,
    proposal?: Prisma.InputJsonValue,
  ) {
    const { count } = await this.prisma.toolCall.updateMany({
      // Only a proposal shown to the user (not one still being computed) can be decided.
      where: { id, tenantId, confirmation: 'PENDING', status: 'AWAITING_APPROVAL' },
      data: {
        confirmation: decision,
        decidedById,
        decidedAt: new Date(),
        status: decision === 'REJECTED' ? 'REJECTED' : 'RUNNING',
        ...(args !== undefined ? { args } : {}),
        // An edited approval stores the change recomputed with the edited arguments: what will actually be applied.
        ...(proposal !== undefined ? { proposal } : {}),
      },
    });
    return count === 1;
  }

  /**
   * Withdraws a pending approval that a correction replaces: the same conditional update as a decision (whoever comes
   * first wins: an approval already claimed is not withdrawn), ended as rejected with the correction's id, so
   * approving it later is refused as replaced (ApprovalService) rather than quietly "already decided".
   */
  async withdrawApproval(tenantId: string, id: string, replacedBy: string): Promise<boolean> {
    const now = new Date();
    const { count } = await this.prisma.toolCall.updateMany({
      where: { id, tenantId, confirmation: 'PENDING', status: 'AWAITING_APPROVAL' },
      data: {
        confirmation: 'REJECTED',
        status: 'REJECTED',
        result: { replacedBy },
        error: REPLACED,
        decidedAt: now,
        finishedAt: now,
      },
    });
    return count === 1;
  }

  pendingApprovals(tenantId: string, conversationId: string) {
    return this.prisma.toolCall.findMany({
      where: { tenantId, conversationId, confirmation: 'PENDING', status: 'AWAITING_APPROVAL' },
      orderBy: { createdAt: 'asc' },
    });
  }

  setLastSeq(conversationId: string, seq: number) {
    return this.prisma.conversation.updateMany({ where: { id: conversationId, lastSeq: { lt: seq } }, data: { lastSeq: seq } });
  }

  async getLastSeq(conversationId: string): Promise<number | null> {
    const row = await this.prisma.conversation.findUnique({ where: { id: conversationId }, select: { lastSeq: true } });
    return row?.lastSeq ?? null;
  }

  /** How many of these attachments belong to the tenant (a message may only reference its own business's files). */
  countAttachments(tenantId: string, ids: string[]) {
    return this.prisma.attachment.count({ where: { tenantId, id: { in: ids } } });
  }
}
