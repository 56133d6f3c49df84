import { Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { ImageUploadInterceptor } from './image-upload';
import { LocalAttachmentStorage } from './local-attachment-storage';
import { S3AttachmentStorage } from './s3-attachment-storage';
import { UploadSweeper } from './upload-sweeper';

/** S3_BUCKET set: the shared bucket every replica reads; otherwise the local uploads folder. */
export function createAttachmentStorage(config: AppConfig): AttachmentStorage {
  return config.S3_BUCKET ? new S3AttachmentStorage(config) : new LocalAttachmentStorage(config.uploadsDir);
}

/** Import it to use AttachmentsService (store/read) or the ImageUploadInterceptor upload rules. */
@Module({
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentsRepository,
    { provide: AttachmentStorage, useFactory: createAttachmentStorage, inject: [APP_CONFIG] },
    ImageUploadInterceptor,
    UploadSweeper,
  ],
  exports: [AttachmentsService, ImageUploadInterceptor, UploadSweeper],
})
export class AttachmentsModule implements OnApplicationShutdown {
  constructor(private readonly storage: AttachmentStorage) {}

  /** Closes the S3 client's kept-alive sockets. */
  onApplicationShutdown(): void {
    if (this.storage instanceof S3AttachmentStorage) this.storage.destroy();
  }
}
