import { Module } from '@nestjs/common';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { ImageUploadInterceptor } from './image-upload';

/** Import it to use AttachmentsService (store/read) or the ImageUploadInterceptor upload rules. */
@Module({
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentsRepository, AttachmentStorage, ImageUploadInterceptor],
  exports: [AttachmentsService, ImageUploadInterceptor],
})
export class AttachmentsModule {}
