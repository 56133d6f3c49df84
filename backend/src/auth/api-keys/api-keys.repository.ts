import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service';

const listed = { id: true, name: true, prefix: true, scopes: true, lastUsedAt: true, revokedAt: true, createdAt: true } as const;

@Injectable()
export class ApiKeysRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { tenantId: string; createdById: string | null; name: string; prefix: string; keyHash: string; scopes: string[] }) {
    return this.prisma.apiKey.create({ data, select: listed });
  }

  list(tenantId: string) {
    return this.prisma.apiKey.findMany({ where: { tenantId }, select: listed, orderBy: { createdAt: 'desc' } });
  }

  /** With the creator's status in the same query: a key never outlives its disabled creator. */
  findByPrefix(prefix: string) {
    return this.prisma.apiKey.findUnique({ where: { prefix }, include: { createdBy: { select: { disabledAt: true } } } });
  }

  /** Whether a key still works (revoked, or its creator disabled, ends it): the chat re-checks open sockets with it. */
  async isUsable(id: string) {
    const n = await this.prisma.apiKey.count({
      where: { id, revokedAt: null, OR: [{ createdById: null }, { createdBy: { disabledAt: null } }] },
    });
    return n > 0;
  }

  /** Scoped by tenant: revoking another business's key is a "not found". */
  async revoke(tenantId: string, id: string) {
    const { count } = await this.prisma.apiKey.updateMany({ where: { id, tenantId, revokedAt: null }, data: { revokedAt: new Date() } });
    return count > 0;
  }

  exists(tenantId: string, id: string) {
    return this.prisma.apiKey.count({ where: { id, tenantId } }).then((n) => n > 0);
  }

  touch(id: string) {
    return this.prisma.apiKey.update({ where: { id }, data: { lastUsedAt: new Date() }, select: { id: true } });
  }
}
