import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

@Injectable()
export class OnboardingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Counts only, each an indexed lookup; `take: 1` style existence checks where a count isn't shown. */
  async facts(tenantId: string, now: Date) {
    const [tenant, products, sale, members, invitations] = await Promise.all([
      this.prisma.tenant.findUnique({
        where: { id: tenantId },
        select: { address: true, phone: true, wilaya: true, nif: true, logoAttachmentId: true },
      }),
      this.prisma.product.count({ where: { tenantId, active: true } }),
      this.prisma.sale.findFirst({ where: { tenantId }, select: { id: true } }),
      this.prisma.user.count({ where: { tenantId } }),
      this.prisma.invitation.count({
        where: { tenantId, OR: [{ acceptedAt: { not: null } }, { revokedAt: null, expiresAt: { gt: now } }] },
      }),
    ]);
    return { tenant, products, hasSales: !!sale, members, invitations };
  }
}
