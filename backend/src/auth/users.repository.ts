import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

const publicUser = { id: true, email: true, name: true, role: true, tenantId: true, locale: true, createdAt: true } as const;

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByEmailWithHash(email: string) {
    return this.prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  }

  findActiveById(id: string) {
    return this.prisma.user.findFirst({
      where: { id, disabledAt: null },
      select: { ...publicUser, tenant: { select: { id: true, name: true, currency: true, locale: true } } },
    });
  }

  touchLogin(id: string) {
    return this.prisma.user.update({ where: { id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  }
}
