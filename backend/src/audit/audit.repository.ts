import { Injectable } from '@nestjs/common';
import { Prisma } from '../generated/prisma/client';
import { PrismaService } from '../database/prisma.service';

export interface AuditEntry {
  tenantId: string | null;
  userId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  data?: Prisma.InputJsonValue;
  requestId?: string | null;
}

/** Writes audit rows; pass the transaction client so the audit entry commits (or rolls back) with the change. */
@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  record(entry: AuditEntry, tx: Prisma.TransactionClient = this.prisma) {
    return tx.auditLog.create({ data: { ...entry, data: entry.data ?? Prisma.JsonNull } });
  }
}
