import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../../audit/audit.repository';
import { PrismaService } from '../../database/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import type { CampaignStatus } from '../../generated/prisma/enums';

export interface Actor {
  userId: string | null;
}

@Injectable()
export class CampaignsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  currency(tenantId: string) {
    return this.prisma.tenant.findUnique({ where: { id: tenantId }, select: { currency: true } }).then((t) => t?.currency ?? 'DZD');
  }

  list(tenantId: string, filter: { status?: CampaignStatus; channel?: string }) {
    return this.prisma.campaign.findMany({
      where: { tenantId, ...(filter.status ? { status: filter.status } : {}), ...(filter.channel ? { channel: filter.channel } : {}) },
      orderBy: [{ startsAt: 'desc' }, { name: 'asc' }],
    });
  }

  find(tenantId: string, id: string) {
    return this.prisma.campaign.findFirst({ where: { tenantId, id } });
  }

  create(tenantId: string, data: Omit<Prisma.CampaignUncheckedCreateInput, 'tenantId'>, actor: Actor) {
    return this.prisma.$transaction(async (tx) => {
      const campaign = await tx.campaign.create({ data: { ...data, tenantId } });
      await this.audit.record(
        {
          tenantId,
          userId: actor.userId,
          action: 'campaign.create',
          entityType: 'campaign',
          entityId: campaign.id,
          data: { name: campaign.name },
        },
        tx,
      );
      return campaign;
    });
  }

  /** Scoped by tenant: another business's campaign is "not found" (null). */
  update(tenantId: string, id: string, data: Prisma.CampaignUncheckedUpdateManyInput, changes: Prisma.InputJsonValue, actor: Actor) {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.campaign.updateMany({ where: { tenantId, id }, data });
      if (!count) return null;
      await this.audit.record(
        { tenantId, userId: actor.userId, action: 'campaign.update', entityType: 'campaign', entityId: id, data: changes },
        tx,
      );
      return tx.campaign.findFirst({ where: { tenantId, id } });
    });
  }
}
