import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { PrismaService } from '../database/prisma.service';
import type { Role } from '../generated/prisma/enums';

const listed = {
  id: true,
  email: true,
  role: true,
  language: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

export type AcceptOutcome =
  { ok: true; userId: string; tenantId: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'revoked' | 'email_taken' };

class Rollback extends Error {
  constructor(readonly reason: 'email_taken') {
    super(reason);
  }
}

@Injectable()
export class InvitationsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  /** A new invitation; an earlier pending one for the same address in this business is revoked (re-invite). */
  create(
    data: { tenantId: string; email: string; role: Role; language: string; codeHash: string; invitedById: string | null; expiresAt: Date },
    now: Date,
  ) {
    return this.prisma.$transaction(async (tx) => {
      await tx.invitation.updateMany({
        where: { tenantId: data.tenantId, email: data.email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
      const row = await tx.invitation.create({ data, select: listed });
      await this.audit.record(
        {
          tenantId: data.tenantId,
          userId: data.invitedById,
          action: 'invitation.created',
          entityType: 'invitation',
          entityId: row.id,
          data: { email: data.email, role: data.role },
        },
        tx,
      );
      return row;
    });
  }

  listPending(tenantId: string, now: Date) {
    return this.prisma.invitation.findMany({
      where: { tenantId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: listed,
      orderBy: { createdAt: 'desc' },
    });
  }

  async revoke(tenantId: string, id: string, now: Date): Promise<boolean> {
    const { count } = await this.prisma.invitation.updateMany({
      where: { id, tenantId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    return count > 0;
  }

  exists(tenantId: string, id: string) {
    return this.prisma.invitation.count({ where: { id, tenantId } }).then((n) => n > 0);
  }

  findByCode(codeHash: string) {
    return this.prisma.invitation.findUnique({
      where: { codeHash },
      select: { ...listed, tenant: { select: { name: true } } },
    });
  }

  /**
   * Spends the code and creates the member in one transaction. The conditional update lets one request win; the
   * code can't be used twice, even concurrently. An address that got an account meanwhile rolls everything back.
   */
  async accept(codeHash: string, member: { name: string; passwordHash: string }, now: Date): Promise<AcceptOutcome> {
    try {
      return await this.prisma.$transaction(async (tx): Promise<AcceptOutcome> => {
        const inv = await tx.invitation.findUnique({ where: { codeHash } });
        if (!inv) return { ok: false, reason: 'unknown' };
        const won = await tx.invitation.updateMany({
          where: { id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
          data: { acceptedAt: now },
        });
        if (won.count !== 1) {
          // Read again: a concurrent accept that won has committed by now (the update waited for its row lock).
          const after = await tx.invitation.findUniqueOrThrow({ where: { id: inv.id }, select: { acceptedAt: true, revokedAt: true } });
          return { ok: false, reason: after.acceptedAt ? 'used' : after.revokedAt ? 'revoked' : 'expired' };
        }
        if (await tx.user.count({ where: { email: inv.email } })) throw new Rollback('email_taken');
        const user = await tx.user.create({
          data: {
            tenantId: inv.tenantId,
            email: inv.email,
            name: member.name,
            role: inv.role,
            locale: inv.language,
            passwordHash: member.passwordHash,
          },
          select: { id: true },
        });
        await tx.invitation.update({ where: { id: inv.id }, data: { acceptedUserId: user.id } });
        await this.audit.record(
          {
            tenantId: inv.tenantId,
            userId: user.id,
            action: 'invitation.accepted',
            entityType: 'invitation',
            entityId: inv.id,
            data: { role: inv.role },
          },
          tx,
        );
        return { ok: true, userId: user.id, tenantId: inv.tenantId };
      });
    } catch (err) {
      if (err instanceof Rollback) return { ok: false, reason: err.reason };
      if ((err as { code?: string })?.code === 'P2002') return { ok: false, reason: 'email_taken' };
      throw err;
    }
  }
}
