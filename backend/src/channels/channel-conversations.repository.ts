import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PrismaService } from '../database/prisma.service';

const isUniqueViolation = (err: unknown) => (err as { code?: string })?.code === 'P2002';

export interface ImportedMessage {
  role: 'user' | 'assistant';
  text: string;
}

export interface NewChannelConversation {
  tenantId: string;
  userId: string | null;
  channel: string;
  /** The integration's own name for it (OpenAI `user`, MCP session), already scoped by key; null: anonymous. */
  externalRef: string | null;
  title: string;
  language: string;
  /** Earlier messages the client sent (a stateless OpenAI client resends the whole chat): stored so the agent and support see them. */
  history?: ImportedMessage[];
}

/**
 * Conversations opened by integration channels (/v1, MCP): found by the reference the integration gives, created
 * with the history the client sent, in one transaction so a half-imported conversation never exists.
 */
@Injectable()
export class ChannelConversationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByRef(tenantId: string, userId: string | null, channel: string, externalRef: string) {
    return this.prisma.conversation.findFirst({ where: { tenantId, userId, channel, externalRef, deletedAt: null } });
  }

  /** Creates the conversation, or returns the one a concurrent request just created under the same reference. */
  async create(input: NewChannelConversation) {
    const history = input.history ?? [];
    // Explicit, increasing timestamps: messages of one batch would otherwise share the transaction's now().
    const base = Date.now() - history.length - 1;
    try {
      // A batch transaction (one round trip, like the chat path), so the id is chosen here.
      const id = randomUUID();
      const [conversation] = await this.prisma.$transaction([
        this.prisma.conversation.create({
          data: {
            id,
            tenantId: input.tenantId,
            userId: input.userId,
            channel: input.channel,
            externalRef: input.externalRef,
            title: input.title,
            language: input.language,
          },
        }),
        this.prisma.message.createMany({
          data: history.map((m, i) => ({
            tenantId: input.tenantId,
            conversationId: id,
            role: m.role === 'user' ? ('USER' as const) : ('ASSISTANT' as const),
            status: 'COMPLETED' as const,
            text: m.text,
            parts: [{ type: 'text', text: m.text }],
            provider: m.role === 'assistant' ? 'client' : null,
            createdAt: new Date(base + i),
          })),
        }),
      ]);
      return conversation;
    } catch (err) {
      if (!isUniqueViolation(err) || !input.externalRef) throw err;
      const existing = await this.findByRef(input.tenantId, input.userId, input.channel, input.externalRef);
      if (!existing) throw err;
      return existing;
    }
  }
}
