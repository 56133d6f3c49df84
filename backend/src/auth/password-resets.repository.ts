import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

@Injectable()
export class PasswordResetsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { userId: string; tokenHash: string; expiresAt: Date; requestedById: string | null }) {
    return this.prisma.passwordReset.create({ data, select: { id: true, expiresAt: true } });
  }

  /** The user a still-valid token belongs to (active accounts only), without spending it. */
  findValid(tokenHash: string, now: Date) {
    return this.prisma.passwordReset.findFirst({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
      select: { id: true, userId: true, user: { select: { email: true } } },
    });
  }

  /**
   * Spends the token and sets the password in one transaction: the conditional update lets one request win, a
   * second use (or a concurrent one) changes nothing. Every other pending reset of the user and every refresh token
   * die with it; the token version moves so access tokens end too. Returns the user id, or null if already spent.
   */
  consume(tokenHash: string, passwordHash: string, now: Date): Promise<string | null> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.passwordReset.findUnique({ where: { tokenHash }, select: { id: true, userId: true } });
      if (!row) return null;
      const won = await tx.passwordReset.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (won.count !== 1) return null;
      await tx.passwordReset.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
      await tx.user.update({ where: { id: row.userId }, data: { passwordHash, tokenVersion: { increment: 1 } }, select: { id: true } });
      await tx.refreshToken.updateMany({ where: { userId: row.userId, revokedAt: null }, data: { revokedAt: now } });
      return row.userId;
    });
  }
}
