import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';

export type RotateOutcome =
  { ok: true; userId: string; familyId: string } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' | 'reused'; userId?: string };

type Tx = Prisma.TransactionClient;

/** Refresh tokens (hashes only). Every write that ends sessions is one statement, so it is atomic on its own. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { userId: string; familyId: string; tokenHash: string; expiresAt: Date }, tx: Tx = this.prisma) {
    return tx.refreshToken.create({ data, select: { id: true } });
  }

  /**
   * Marks the presented token used and stores its successor, in one transaction. The conditional update lets exactly
   * one of two concurrent refreshes with the same token win; the loser sees a used token, which is what a stolen
   * copy replayed looks like, so the whole family is revoked (the thief's and the owner's sessions both end).
   */
  rotate(tokenHash: string, now: Date, next: { tokenHash: string; expiresAt: Date }): Promise<RotateOutcome> {
    return this.prisma.$transaction(async (tx): Promise<RotateOutcome> => {
      const won = await tx.refreshToken.updateMany({
        where: { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      const row = await tx.refreshToken.findUnique({
        where: { tokenHash },
        select: { userId: true, familyId: true, usedAt: true, revokedAt: true, expiresAt: true },
      });
      if (!row) return { ok: false, reason: 'unknown' };
      if (won.count === 1) {
        await tx.refreshToken.create({ data: { userId: row.userId, familyId: row.familyId, ...next } });
        return { ok: true, userId: row.userId, familyId: row.familyId };
      }
      if (row.revokedAt) return { ok: false, reason: 'revoked', userId: row.userId };
      if (row.usedAt) {
        await tx.refreshToken.updateMany({ where: { familyId: row.familyId, revokedAt: null }, data: { revokedAt: now } });
        return { ok: false, reason: 'reused', userId: row.userId };
      }
      return { ok: false, reason: 'expired', userId: row.userId };
    });
  }

  /** Ends the session (family) the token belongs to; false when the token is unknown. */
  async revokeFamilyOf(tokenHash: string, now: Date): Promise<boolean> {
    const row = await this.prisma.refreshToken.findUnique({ where: { tokenHash }, select: { familyId: true } });
    if (!row) return false;
    await this.prisma.refreshToken.updateMany({ where: { familyId: row.familyId, revokedAt: null }, data: { revokedAt: now } });
    return true;
  }

  /** Ends every session of a user (password reset, disabled account). */
  revokeAllForUser(userId: string, now: Date, tx: Tx = this.prisma) {
    return tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  }
}
