import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors/app-error';
import { ConversationsRepository } from './conversations.repository';
import type { ListConversationsDto } from './conversations.schemas';
import { toChatMessage } from './conversations.mapper';

/** A user's own conversations (the chat sidebar and the REST API). */
@Injectable()
export class ConversationsService {
  constructor(private readonly repo: ConversationsRepository) {}

  async list(tenantId: string, userId: string | null, dto: ListConversationsDto) {
    const { items, total } = await this.repo.listConversations(tenantId, userId, dto.q, (dto.page - 1) * dto.pageSize, dto.pageSize);
    return {
      items: items.map(({ messages, ...c }) => ({
        ...c,
        lastMessage: messages[0]
          ? { role: messages[0].role.toLowerCase(), text: messages[0].text.slice(0, 140), createdAt: messages[0].createdAt }
          : null,
      })),
      total,
      page: dto.page,
      pageSize: dto.pageSize,
    };
  }

  async get(tenantId: string, userId: string | null, id: string) {
    const conversation = await this.repo.findConversation(tenantId, id, userId);
    if (!conversation) throw notFound('Conversation');
    const [messages, pending] = await Promise.all([this.repo.getMessages(tenantId, id), this.repo.pendingApprovals(tenantId, id)]);
    return {
      id: conversation.id,
      title: conversation.title,
      language: conversation.language,
      lastSeq: conversation.lastSeq,
      createdAt: conversation.createdAt,
      updatedAt: conversation.updatedAt,
      messages: messages.map(toChatMessage),
      pendingApprovals: pending.map((p) => ({
        toolCallId: p.id,
        name: p.name,
        args: p.args,
        proposal: p.proposal,
        messageId: p.messageId,
      })),
    };
  }

  async rename(tenantId: string, userId: string | null, id: string, title: string) {
    await this.assertOwned(tenantId, userId, id);
    await this.repo.renameConversation(tenantId, id, title);
    return { id, title };
  }

  async remove(tenantId: string, userId: string | null, id: string) {
    await this.assertOwned(tenantId, userId, id);
    await this.repo.softDeleteConversation(tenantId, id);
    return { id, deleted: true };
  }

  private async assertOwned(tenantId: string, userId: string | null, id: string) {
    if (!(await this.repo.findConversation(tenantId, id, userId))) throw notFound('Conversation');
  }
}
