import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import type { Role } from '../generated/prisma/enums';

export const publicUser = { id: true, email: true, name: true, role: true, tenantId: true, locale: true, createdAt: true } as const;
const withTenant = {
  ...publicUser,
  tenant: { select: { id: true, name: true, slug: true, currency: true, locale: true, wilaya: true } },
} as const;

type Tx = Prisma.TransactionClient;

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByEmailWithHash(email: string) {
    return this.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  }

  findActiveById(id: string) {
    return this.prisma.user.findFirst({ where: { id, disabledAt: null }, select: withTenant });
  }

  /** The few fields the auth guard checks on every request (through UserStatusCache). */
  status(id: string) {
    return this.prisma.user.findUnique({
      where: { id },
      select: { id: true, tenantId: true, role: true, email: true, disabledAt: true, tokenVersion: true },
    });
  }

  emailTaken(email: string, tx: Tx = this.prisma) {
    return tx.user.count({ where: { email: email.toLowerCase() } }).then((n) => n > 0);
  }

  touchLogin(id: string) {
    return this.prisma.user.update({ where: { id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  }

  /** A new business and its first OWNER, together or not at all. */
  createBusiness(input: {
    tenant: { name: string; slug: string; wilaya: string; phone: string | null; locale: string };
    owner: { email: string; name: string; passwordHash: string; locale: string };
  }) {
    return this.prisma.$transaction(async (tx) => {
      const tenant = await tx.tenant.create({ data: { ...input.tenant, currency: 'DZD' }, select: { id: true } });
      const user = await tx.user.create({
        data: { ...input.owner, email: input.owner.email.toLowerCase(), role: 'OWNER', tenantId: tenant.id },
        select: { id: true },
      });
      return { tenantId: tenant.id, userId: user.id };
    });
  }

  /** A new member of an existing business (invitation accepted), inside the caller's transaction. */
  createMember(tx: Tx, data: { tenantId: string; email: string; name: string; role: Role; locale: string; passwordHash: string }) {
    return tx.user.create({ data: { ...data, email: data.email.toLowerCase() }, select: { id: true } });
  }

  /** New password; the token version moves so every access token issued before stops working. */
  setPassword(id: string, passwordHash: string, tx: Tx = this.prisma) {
    return tx.user.update({ where: { id }, data: { passwordHash, tokenVersion: { increment: 1 } }, select: { id: true } });
  }
}
