import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

/** What the agent needs to know about a business: its profile and its catalogue (for the offline model's NLU). */
@Injectable()
export class AgentRepository {
  constructor(private readonly prisma: PrismaService) {}

  tenantProfile(tenantId: string) {
    return this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { id: true, name: true, currency: true, locale: true } });
  }

  /** The distinct first words of the business's customers' names: all the offline model needs to know them. */
  async customerNames(tenantId: string): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ first: string }[]>`
      SELECT DISTINCT split_part(btrim("name"), ' ', 1) AS "first" FROM "Customer" WHERE "tenantId" = ${tenantId}`;
    return rows.map((r) => r.first).filter(Boolean);
  }

  catalog(tenantId: string) {
    return this.prisma.product.findMany({
      where: { tenantId, active: true },
      select: { id: true, nameFr: true, nameAr: true, nameEn: true, category: true, sku: true },
      orderBy: { nameFr: 'asc' },
    });
  }
}
