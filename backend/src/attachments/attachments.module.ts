import { Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { ImageUploadInterceptor } from './image-upload';
import { LocalAttachmentStorage } from './local-attachment-storage';
import { UploadSweeper } from './upload-sweeper';

/**
 * S3_BUCKET set: the shared bucket every replica reads; otherwise the local uploads folder. The AWS SDK is loaded
 * only then: it is ~20 MB of a process's memory that a server writing to its own folder never uses.
 */
export async function createAttachmentStorage(config: AppConfig): Promise<AttachmentStorage> {
  if (!config.S3_BUCKET) return new LocalAttachmentStorage(config.uploadsDir);
  const { S3AttachmentStorage } = await import('./s3-attachment-storage');
  return new S3AttachmentStorage(config);
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
    this.storage.destroy();
  }
}
