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
}
