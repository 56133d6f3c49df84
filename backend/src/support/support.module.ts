import { Module } from '@nestjs/common';
import { SupportExportService } from './support-export.service';
import { SupportController } from './support.controller';
import { SupportRepository } from './support.repository';
import { SupportService } from './support.service';

/** Conversation review for support staff and owners (AuditRepository comes from the global AuditModule). */
@Module({
  controllers: [SupportController],
  providers: [SupportRepository, SupportService, SupportExportService],
  exports: [SupportService, SupportExportService],
})
export class SupportModule {}
