import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { PrismaService } from '../database/prisma.service';

export const profileFields = {
  id: true,
  name: true,
  slug: true,
  currency: true,
  locale: true,
  wilaya: true,
  address: true,
  phone: true,
  nif: true,
  rc: true,
  articleNumber: true,
  vatRates: true,
  logoAttachmentId: true,
  createdAt: true,
  updatedAt: true,
} as const;

export interface ProfileChange {
  name?: string;
  wilaya?: string;
  address?: string | null;
  phone?: string | null;
  nif?: string | null;
  rc?: string | null;
  articleNumber?: string | null;
  vatRates?: number[];
  locale?: string;
  logoAttachmentId?: string | null;
}

@Injectable()
export class BusinessRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  find(tenantId: string) {
    return this.prisma.tenant.findUnique({ where: { id: tenantId }, select: profileFields });
  }

  update(tenantId: string, userId: string | null, change: ProfileChange) {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.tenant.update({ where: { id: tenantId }, data: change, select: profileFields });
      await this.audit.record(
        { tenantId, userId, action: 'business.updated', entityType: 'tenant', entityId: tenantId, data: { fields: Object.keys(change) } },
        tx,
      );
      return row;
    });
  }
}
