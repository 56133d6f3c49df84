import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

/** Pending write proposals of a business (the tool calls waiting for a decision). */
@Injectable()
export class ApprovalsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** userId: only proposals in that user's conversations (STAFF); undefined: the whole business (OWNER). */
  listPending(tenantId: string, opts: { userId?: string | null; conversationId?: string; limit: number }) {
    return this.prisma.toolCall.findMany({
      where: {
        tenantId,
        // A proposal shown and waiting (not one still being computed, nor one that could not be computed).
        confirmation: 'PENDING',
        status: 'AWAITING_APPROVAL',
        ...(opts.conversationId ? { conversationId: opts.conversationId } : {}),
        ...(opts.userId !== undefined ? { conversation: { userId: opts.userId } } : {}),
      },
      orderBy: { createdAt: 'desc' },
      take: opts.limit,
      select: {
        id: true,
        conversationId: true,
        name: true,
        args: true,
        proposal: true,
        createdAt: true,
        conversation: { select: { channel: true } },
      },
    });
  }

  outcome(tenantId: string, id: string) {
    return this.prisma.toolCall.findFirst({
      where: { id, tenantId },
      select: { id: true, name: true, status: true, confirmation: true, result: true, error: true },
    });
  }
}
