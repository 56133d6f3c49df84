import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Clock } from '../common/time/clock';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentDto, toAttachmentDto } from './attachments.dto';
import { AttachmentsRepository } from './attachments.repository';
import { checkImageBuffer } from './image-upload';

export interface StoreAttachmentInput {
  buffer: Buffer;
  originalName?: string | null;
}

/** Uploaded pictures (shelf photos, receipts, chat images), shared by inventory, expenses and the chat. */
@Injectable()
export class AttachmentsService {
  private readonly limitBytes: number;

  constructor(
    private readonly attachments: AttachmentsRepository,
    private readonly storage: AttachmentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.limitBytes = config.UPLOAD_MAX_BYTES;
  }

  /**
   * Room for `bytes` more: the business's quota (UPLOAD_QUOTA_BYTES) and the disk's free space kept for the rest
   * (UPLOAD_MIN_FREE_BYTES), else 507 INSUFFICIENT_STORAGE before anything is written. Two uploads at the same
   * instant may both pass the quota: it bounds a business's storage, it is not a billing counter.
   */
  private async ensureRoom(tenantId: string, bytes: number): Promise<void> {
    const quotaBytes = this.config.UPLOAD_QUOTA_BYTES;
    const usedBytes = await this.attachments.usedBytes(tenantId);
    if (usedBytes + bytes > quotaBytes) {
      throw new AppError(
        ErrorCode.INSUFFICIENT_STORAGE,
        "This business's storage for pictures is full: delete old receipts or ask support for more room",
        {
          reason: 'quota',
          quotaBytes,
          usedBytes,
        },
      );
    }
    const freeBytes = await this.storage.freeBytes();
    if (freeBytes !== null && freeBytes - bytes < this.config.UPLOAD_MIN_FREE_BYTES) {
      throw new AppError(ErrorCode.INSUFFICIENT_STORAGE, 'The server has no room for new files right now; try again later', {
        reason: 'disk',
      });
    }
  }

  /**
   * Checks the bytes (413 over UPLOAD_MAX_BYTES, 415 unless an image by content), writes the file, then its row.
   * The type, extension and size recorded are the content's, never the client's.
   */
  async store(tenantId: string, userId: string | null, input: StoreAttachmentInput): Promise<AttachmentDto> {
    const image = await checkImageBuffer(input.buffer, this.limitBytes);
    await this.ensureRoom(tenantId, input.buffer.length);
    const key = this.storage.newKey(tenantId, image.extension);
    await this.storage.write(key, input.buffer, image.mimeType).catch((err: NodeJS.ErrnoException) => {
      // The disk filled up between the check and the write: a clear 507, nothing half-written kept.
      if (err.code === 'ENOSPC' || err.code === 'EDQUOT')
        throw new AppError(ErrorCode.INSUFFICIENT_STORAGE, 'The server has no room for new files right now; try again later', {
          reason: 'disk',
        });
      throw err;
    });
    try {
      const row = await this.attachments.create({
        tenantId,
        uploadedById: userId,
        kind: 'image',
        mimeType: image.mimeType,
        sizeBytes: input.buffer.length,
        sha256: createHash('sha256').update(input.buffer).digest('hex'),
        storageKey: key,
        originalName: cleanName(input.originalName),
        width: image.width,
        height: image.height,
        // The business clock dates it, like everything the sweep of unused uploads compares with.
        createdAt: this.clock.now(),
      });
      return toAttachmentDto(row);
    } catch (err) {
      // No row, no file: an orphan on disk would never be cleaned up.
      await this.storage.remove(key).catch(() => undefined);
      throw err;
    }
  }

  async meta(tenantId: string, id: string): Promise<AttachmentDto> {
    return toAttachmentDto(await this.find(tenantId, id));
  }

  /** The attachment and its bytes; 404 when it belongs to another business (or its file is gone). */
  async read(tenantId: string, id: string): Promise<{ attachment: AttachmentDto; buffer: Buffer }> {
    const row = await this.find(tenantId, id);
    const buffer = await this.storage.read(row.storageKey).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') throw notFound('Attachment file');
      throw err;
    });
    return { attachment: toAttachmentDto(row), buffer };
  }

  /**
   * A download after the tenant check: a short-lived presigned URL with object storage (the client fetches the bytes
   * from the bucket, no instance relays them), else the bytes from the local folder.
   */
  async download(
    tenantId: string,
    id: string,
  ): Promise<{ attachment: AttachmentDto; url: string } | { attachment: AttachmentDto; buffer: Buffer }> {
    const row = await this.find(tenantId, id);
    const attachment = toAttachmentDto(row);
    const url = await this.storage.downloadUrl(row.storageKey, {
      contentType: row.mimeType,
      fileName: `${row.id}.${row.mimeType.split('/')[1]}`,
    });
    return url ? { attachment, url } : this.read(tenantId, id);
  }

  private async find(tenantId: string, id: string) {
    const row = UUID.test(id) ? await this.attachments.find(tenantId, id) : null;
    if (!row) throw notFound('Attachment');
    return row;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps a display name only: no path, no control characters, bounded length. */
function cleanName(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return base ? base.slice(0, 200) : null;
}
