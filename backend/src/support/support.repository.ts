import { Injectable } from '@nestjs/common';
import { AuditEntry, AuditRepository } from '../audit/audit.repository';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { HAS_ERROR, messageMatches, SupportFilter, thumbsExist, whereClause, withClause } from './support-filters.sql';

/** One row of the support list: the conversation with what a reviewer triages on. */
export interface ConversationSummaryRow {
  id: string;
  tenantId: string;
  tenantName: string;
  userId: string | null;
  userEmail: string | null;
  title: string | null;
  language: string | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
  messageCount: number;
  tools: string[];
  hasError: boolean;
  rating: 'up' | 'down' | null;
  /** The first message matching q (only with q). */
  snippetSource: string | null;
}

export interface SupportNoteRow {
  id: string;
  text: string;
  authorId: string | null;
  authorEmail: string | null;
  authorRole: string;
  /** Platform notes (SUPPORT/ADMIN) are hidden from business owners; owners' own notes are visible to both. */
  scope: 'platform' | 'tenant';
  createdAt: string;
}

const withPeople = {
  tenant: { select: { id: true, name: true } },
  user: { select: { id: true, email: true, name: true, role: true } },
} as const;

export type ConversationWithPeople = Prisma.ConversationGetPayload<{ include: typeof withPeople }>;

const MESSAGE_ORDER = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/** Reads every business's conversation logs for review; the only writes are support tags and notes. */
@Injectable()
export class SupportRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  /** One page, filtered and summarised in a single query; the page is cut first, then only its rows are summarised. */
  page(filter: SupportFilter, skip: number, take: number): Promise<ConversationSummaryRow[]> {
    const match = filter.q ? messageMatches('sm', filter.q) : null;
    const snippet = match
      ? Prisma.sql`(SELECT left(sm."text", 4000) FROM "Message" sm WHERE sm."conversationId" = c.id AND ${match} ORDER BY sm."createdAt" LIMIT 1)`
      : Prisma.sql`NULL::text`;
    const page = Prisma.sql`page AS (
        SELECT c.id, c."updatedAt" FROM "Conversation" c ${whereClause(filter)}
        ORDER BY c."updatedAt" DESC, c.id DESC LIMIT ${take} OFFSET ${skip}
      )`;
    return this.prisma.$queryRaw<ConversationSummaryRow[]>`
      ${withClause(filter, page)}
      SELECT c.id, c."tenantId", t.name AS "tenantName", c."userId", u.email AS "userEmail", c.title, c.language, c.tags,
        c."createdAt", c."updatedAt", c."deletedAt",
        (SELECT count(*)::int FROM "Message" cm WHERE cm."conversationId" = c.id) AS "messageCount",
        COALESCE((SELECT array_agg(DISTINCT ct.name ORDER BY ct.name) FROM "ToolCall" ct WHERE ct."conversationId" = c.id), '{}') AS tools,
        ${HAS_ERROR} AS "hasError",
        CASE WHEN ${thumbsExist('down')} THEN 'down' WHEN ${thumbsExist('up')} THEN 'up' END AS rating,
        ${snippet} AS "snippetSource"
      FROM page
      JOIN "Conversation" c ON c.id = page.id
      JOIN "Tenant" t ON t.id = c."tenantId"
      LEFT JOIN "User" u ON u.id = c."userId"
      ORDER BY page."updatedAt" DESC, page.id DESC`;
  }

  async count(filter: SupportFilter): Promise<number> {
    const [row] = await this.prisma.$queryRaw<
      { total: number }[]
    >`${withClause(filter)} SELECT count(*)::int AS total FROM "Conversation" c ${whereClause(filter)}`;
    return row.total;
  }

  /** `tenantId` null: any business (platform staff). Deleted conversations are included: they are kept for review. */
  findConversation(id: string, tenantId: string | null): Promise<ConversationWithPeople | null> {
    return this.prisma.conversation.findFirst({ where: { id, ...(tenantId ? { tenantId } : {}) }, include: withPeople });
  }

  findConversations(ids: string[]): Promise<ConversationWithPeople[]> {
    return this.prisma.conversation.findMany({ where: { id: { in: ids } }, include: withPeople });
  }

  messages(conversationIds: string[]) {
    return this.prisma.message.findMany({ where: { conversationId: { in: conversationIds } }, orderBy: MESSAGE_ORDER });
  }

  toolCalls(conversationIds: string[]) {
    return this.prisma.toolCall.findMany({
      where: { conversationId: { in: conversationIds } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Feedback about these conversations: linked to the conversation, or to one of its messages. */
  feedback(tenantId: string, conversationId: string, messageIds: string[]) {
    return this.prisma.feedback.findMany({
      where: { tenantId, OR: [{ conversationId }, ...(messageIds.length ? [{ messageId: { in: messageIds } }] : [])] },
      include: { user: { select: { id: true, email: true } } },
      orderBy: { createdAt: 'asc' },
    });
  }

  /** Thumbs of many conversations at once (the export). */
  thumbs(messageIds: string[]) {
    if (!messageIds.length) return Promise.resolve([]);
    return this.prisma.feedback.findMany({
      where: { messageId: { in: messageIds }, rating: { not: null } },
      select: { messageId: true, rating: true },
    });
  }

  /** Ids of the matching conversations in list order, at most `limit` (the export). */
  async ids(filter: SupportFilter, limit: number): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      ${withClause(filter)} SELECT c.id FROM "Conversation" c ${whereClause(filter)} ORDER BY c."updatedAt" DESC, c.id DESC LIMIT ${limit}`;
    return rows.map((r) => r.id);
  }

  /**
   * Tags and notes are support annotations, not activity: written with SQL that leaves updatedAt alone (so the
   * conversation does not jump to the top of the lists), atomically, with the audit row in the same transaction.
   */
  setTags(id: string, tags: string[], audit: AuditEntry): Promise<string[]> {
    return this.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ tags: string[] }[]>`
        UPDATE "Conversation" SET tags = ${tags}::text[] WHERE id = ${id} RETURNING tags`;
      await this.audit.record(audit, tx);
      return row.tags;
    });
  }

  addNote(id: string, note: SupportNoteRow, audit: AuditEntry): Promise<void> {
    return this.prisma.$transaction(async (tx) => {
      // jsonb append in one statement: two reviewers noting at once both keep their note.
      await tx.$executeRaw`
        UPDATE "Conversation" SET "supportNotes" = (CASE WHEN jsonb_typeof("supportNotes") = 'array' THEN "supportNotes" ELSE '[]'::jsonb END)
          || jsonb_build_array(${JSON.stringify(note)}::jsonb)
        WHERE id = ${id}`;
      await this.audit.record(audit, tx);
    });
  }

  recordAudit(entry: AuditEntry) {
    return this.audit.record(entry);
  }
}
