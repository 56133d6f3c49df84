import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';

export interface NewAttachment {
  tenantId: string;
  uploadedById: string | null;
  kind: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  originalName: string | null;
  width: number;
  height: number;
  createdAt?: Date;
}

@Injectable()
export class AttachmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: NewAttachment) {
    return this.prisma.attachment.create({ data });
  }

  /** Scoped by tenant: another business's attachment does not exist for the caller. */
  find(tenantId: string, id: string) {
    return this.prisma.attachment.findFirst({ where: { id, tenantId } });
  }

  /** Bytes of uploads the business keeps (its storage quota counts these). */
  async usedBytes(tenantId: string): Promise<number> {
    const { _sum } = await this.prisma.attachment.aggregate({ where: { tenantId }, _sum: { sizeBytes: true } });
    return _sum.sizeBytes ?? 0;
  }

  /**
   * Uploads created before `before` that nothing uses: no expense, not a business's logo, in no message of the
   * conversation log and in no tool call (a pending proposal, e.g. a receipt awaiting approval). Every business.
   */
  orphans(before: Date, limit: number): Promise<{ id: string; tenantId: string; storageKey: string }[]> {
    return this.prisma.$queryRaw`
      SELECT a."id", a."tenantId", a."storageKey" FROM "Attachment" a
      WHERE a."createdAt" < ${before}
        AND NOT EXISTS (SELECT 1 FROM "Expense" e WHERE e."attachmentId" = a."id")
        AND NOT EXISTS (SELECT 1 FROM "Tenant" t WHERE t."logoAttachmentId" = a."id")
        AND NOT EXISTS (SELECT 1 FROM "Message" m WHERE m."tenantId" = a."tenantId" AND strpos(m."parts"::text, a."id") > 0)
        AND NOT EXISTS (SELECT 1 FROM "ToolCall" c WHERE c."tenantId" = a."tenantId" AND strpos(c."args"::text, a."id") > 0)
      ORDER BY a."createdAt"
      LIMIT ${limit}`;
  }

  /** Every storage key still in use (for the sweep of files whose row is gone). */
  async keys(): Promise<Set<string>> {
    const rows = await this.prisma.attachment.findMany({ select: { storageKey: true } });
    return new Set(rows.map((r) => r.storageKey));
  }

  /** Deletes the row only if it is still unused (a message may have picked it up since it was listed). */
  async deleteIfOrphan(id: string): Promise<boolean> {
    const n = await this.prisma.$executeRaw`
      DELETE FROM "Attachment" a WHERE a."id" = ${id}
        AND NOT EXISTS (SELECT 1 FROM "Expense" e WHERE e."attachmentId" = a."id")
        AND NOT EXISTS (SELECT 1 FROM "Tenant" t WHERE t."logoAttachmentId" = a."id")
        AND NOT EXISTS (SELECT 1 FROM "Message" m WHERE m."tenantId" = a."tenantId" AND strpos(m."parts"::text, a."id") > 0)
        AND NOT EXISTS (SELECT 1 FROM "ToolCall" c WHERE c."tenantId" = a."tenantId" AND strpos(c."args"::text, a."id") > 0)`;
    return n > 0;
  }
}
