import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { PrismaService } from '../database/prisma.service';
import type { Role } from '../generated/prisma/enums';

const member = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  disabledAt: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

export interface MemberChange {
  role?: 'OWNER' | 'STAFF';
  active?: boolean;
  name?: string;
}

export type MemberUpdate =
  | { ok: true; member: Awaited<ReturnType<TeamRepository['list']>>[number]; accessChanged: boolean }
  | { ok: false; reason: 'not_found' | 'last_owner' };

/** The people of one business. Every query is scoped by tenantId. */
@Injectable()
export class TeamRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  list(tenantId: string) {
    return this.prisma.user.findMany({ where: { tenantId }, select: member, orderBy: [{ createdAt: 'asc' }] });
  }

  find(tenantId: string, id: string) {
    return this.prisma.user.findFirst({ where: { id, tenantId }, select: member });
  }

  /**
   * Changes a member's role, name or status. The business row is locked first, so concurrent changes of one business
   * run one after the other: two owners demoting each other at the same instant can't leave it with none.
   * Disabling ends the member's sessions in the same transaction (refresh tokens revoked, token version moved).
   */
  updateMember(tenantId: string, id: string, change: MemberChange, actorId: string | null, now: Date): Promise<MemberUpdate> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Tenant" WHERE id = ${tenantId} FOR UPDATE`;
      const user = await tx.user.findFirst({ where: { id, tenantId }, select: member });
      if (!user) return { ok: false, reason: 'not_found' };
      const activeNow = !user.disabledAt;
      const activeAfter = change.active ?? activeNow;
      const roleAfter: Role = change.role ?? user.role;
      if (user.role === 'OWNER' && activeNow && !(roleAfter === 'OWNER' && activeAfter)) {
        const otherOwners = await tx.user.count({ where: { tenantId, role: 'OWNER', disabledAt: null, id: { not: id } } });
        if (otherOwners === 0) return { ok: false, reason: 'last_owner' };
      }
      const disabling = activeNow && !activeAfter;
      const updated = await tx.user.update({
        where: { id },
        data: {
          role: roleAfter,
          name: change.name,
          disabledAt: activeAfter ? null : (user.disabledAt ?? now),
          ...(disabling ? { tokenVersion: { increment: 1 } } : {}),
        },
        select: member,
      });
      if (disabling) await tx.refreshToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: now } });
      await this.audit.record(
        {
          tenantId,
          userId: actorId,
          action: disabling ? 'user.disabled' : activeAfter && !activeNow ? 'user.enabled' : 'user.updated',
          entityType: 'user',
          entityId: id,
          data: {
            before: { role: user.role, active: activeNow, name: user.name },
            after: { role: roleAfter, active: activeAfter, name: updated.name },
          },
        },
        tx,
      );
      return { ok: true, member: updated, accessChanged: disabling || roleAfter !== user.role || activeAfter !== activeNow };
    });
  }
}
