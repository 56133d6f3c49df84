import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { notFound } from '../common/errors/app-error';
import { canSee, checkSearch, readAction, SupportAccess, supportAccess, tenantScope } from './support-access';
import type { SupportFilter } from './support-filters.sql';
import { buildTimeline } from './support-timeline';
import { excerpt } from './support-text-query';
import {
  conversationHeader,
  feedbackView,
  messageView,
  noteView,
  overallThumb,
  parseNotes,
  summaryFromRows,
  summaryItem,
  toolCallView,
} from './support-view';
import { SupportNoteRow, SupportRepository } from './support.repository';
import { filtersOf, ListSupportConversationsDto } from './support.schemas';

/** Turns validated list/export query parameters into the repository filter, within what the caller may see. */
export function filterFor(access: SupportAccess, dto: Partial<ListSupportConversationsDto>): { filter: SupportFilter; empty: boolean } {
  checkSearch(access, dto.q);
  const scope = tenantScope(access, dto.tenantId);
  const { from, to, userId, tool, writeTool, lang, hasError, rating, q, tag } = dto;
  return { filter: { tenantId: scope.tenantId, from, to, userId, tool, writeTool, lang, hasError, rating, q, tag }, empty: scope.empty };
}

/**
 * The support console: reviewing the assistant's conversations across businesses (platform staff) or in one's own
 * business (owners). Read-only apart from tags and private notes. Personal data is masked in every result.
 */
@Injectable()
export class SupportService {
  constructor(private readonly repo: SupportRepository) {}

  async list(principal: Principal, dto: ListSupportConversationsDto, requestId: string | null = null) {
    const access = supportAccess(principal, dto.unmask);
    const { filter, empty } = filterFor(access, dto);
    const skip = (dto.page - 1) * dto.pageSize;
    const [rows, total] = empty ? [[], 0] : await Promise.all([this.repo.page(filter, skip, dto.pageSize), this.repo.count(filter)]);
    const items = rows.map((row) => {
      // Mask the whole message before cutting the excerpt, so a cut can never leave half a phone number readable.
      const snippet = dto.q ? excerpt(access.mask.text(row.snippetSource ?? ''), dto.q) : undefined;
      return summaryItem(row, access.mask, snippet);
    });
    if (access.platform) {
      await this.repo.recordAudit({
        tenantId: filter.tenantId,
        userId: principal.userId,
        action: readAction(access, 'support.list'),
        entityType: 'Conversation',
        requestId,
        data: {
          access: 'support.list',
          filters: filtersOf(dto),
          page: dto.page,
          pageSize: dto.pageSize,
          total,
          conversationIds: items.map((i) => i.id),
        },
      });
    }
    return {
      scope: { tenantId: filter.tenantId, allBusinesses: filter.tenantId === null },
      masked: access.mask.masked,
      items,
      page: dto.page,
      pageSize: dto.pageSize,
      total,
      totalPages: Math.ceil(total / dto.pageSize),
    };
  }

  async get(principal: Principal, id: string, unmask = false, requestId: string | null = null) {
    const access = supportAccess(principal, unmask);
    const conversation = await this.repo.findConversation(id, access.ownTenantId);
    if (!conversation || !canSee(access, conversation.tenantId)) throw notFound('Conversation');
    const [messages, toolCalls] = await Promise.all([this.repo.messages([id]), this.repo.toolCalls([id])]);
    const feedback = await this.repo.feedback(
      conversation.tenantId,
      id,
      messages.map((m) => m.id),
    );
    const ratingsByMessage = new Map<string, (number | null)[]>();
    for (const f of feedback) if (f.messageId) ratingsByMessage.set(f.messageId, [...(ratingsByMessage.get(f.messageId) ?? []), f.rating]);
    const thumbs = feedback.filter((f) => f.messageId).map((f) => f.rating);
    const notes = parseNotes(conversation.supportNotes).filter((n) => access.platform || n.scope === 'tenant');
    const mask = access.mask;

    if (access.platform) {
      await this.repo.recordAudit({
        tenantId: conversation.tenantId,
        userId: principal.userId,
        action: readAction(access, 'support.view'),
        entityType: 'Conversation',
        entityId: id,
        requestId,
        data: { access: 'support.view' },
      });
    }
    return {
      masked: mask.masked,
      conversation: { ...conversationHeader(conversation, mask), ...summaryFromRows(messages, toolCalls, thumbs) },
      messages: messages.map((m) => messageView(m, mask, overallThumb(ratingsByMessage.get(m.id) ?? []))),
      toolCalls: toolCalls.map((t) => toolCallView(t, mask)),
      timeline: buildTimeline(messages, toolCalls, feedback),
      tags: conversation.tags,
      notes: notes.map((n) => noteView(n, mask)),
      feedback: feedback.map((f) => feedbackView(f, mask)),
    };
  }

  /** Replaces the conversation's support tags. */
  async setTags(principal: Principal, id: string, tags: string[], requestId: string | null = null) {
    const access = supportAccess(principal);
    const conversation = await this.visible(access, id);
    const saved = await this.repo.setTags(id, tags, {
      tenantId: conversation.tenantId,
      userId: principal.userId,
      action: 'support.tag',
      entityType: 'Conversation',
      entityId: id,
      requestId,
      data: { before: conversation.tags, after: tags, role: principal.role },
    });
    return { conversationId: id, tags: saved };
  }

  /** Adds a private review note (never shown to the conversation's user; platform notes are hidden from owners). */
  async addNote(principal: Principal, id: string, text: string, requestId: string | null = null) {
    const access = supportAccess(principal);
    const conversation = await this.visible(access, id);
    const note: SupportNoteRow = {
      id: randomUUID(),
      text,
      authorId: principal.userId,
      authorEmail: principal.email ?? null,
      authorRole: principal.role,
      scope: access.platform ? 'platform' : 'tenant',
      createdAt: new Date().toISOString(),
    };
    await this.repo.addNote(id, note, {
      tenantId: conversation.tenantId,
      userId: principal.userId,
      action: 'support.note',
      entityType: 'Conversation',
      entityId: id,
      requestId,
      // The note itself may quote personal data: the audit row records that a note was written, not its text.
      data: { noteId: note.id, length: text.length, scope: note.scope, role: principal.role },
    });
    return { conversationId: id, note: noteView(note, access.mask) };
  }

  private async visible(access: SupportAccess, id: string) {
    const conversation = await this.repo.findConversation(id, access.ownTenantId);
    if (!conversation || !canSee(access, conversation.tenantId)) throw notFound('Conversation');
    return conversation;
  }
}
