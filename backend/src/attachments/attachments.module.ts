import { Module } from '@nestjs/common';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { ImageUploadInterceptor } from './image-upload';
import { UploadSweeper } from './upload-sweeper';

/** Import it to use AttachmentsService (store/read) or the ImageUploadInterceptor upload rules. */
@Module({
  controllers: [AttachmentsController],
  providers: [AttachmentsService, AttachmentsRepository, AttachmentStorage, ImageUploadInterceptor, UploadSweeper],
  exports: [AttachmentsService, ImageUploadInterceptor, UploadSweeper],
})
export class AttachmentsModule {}
