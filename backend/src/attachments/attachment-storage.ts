import { randomUUID } from 'node:crypto';
import path from 'node:path';

/** A stored file as the sweep of files without a row sees it. */
export interface StoredFile {
  key: string;
  modifiedMs: number;
}

/** What a download of a stored file is sent as (the presigned URL's response headers with S3). */
export interface DownloadHeaders {
  contentType: string;
  fileName: string;
}

/**
 * Where uploaded files live, behind one port with two adapters (chosen in AttachmentsModule): a local folder
 * (UPLOADS_DIR, the embedded default) or S3-compatible object storage (S3_BUCKET; DigitalOcean Spaces in production),
 * which every replica reads, so an upload received by one instance is read (OCR, analysis, download) by any other.
 *
 * Keys are `<tenantId>/<yyyy>/<mm>/<uuid>.<ext>`, relative to the folder or bucket (stored in Attachment.storageKey),
 * generated here, never taken from a client. Errors keep a Node-style `code`: `ENOENT` for a missing file whatever the
 * adapter, and the file system's own (ENOSPC, EDQUOT…) so the service can map them to 404/507.
 */
export abstract class AttachmentStorage {
  /** `local:<folder>` or `s3:<bucket>`, for logs and the backup tool. */
  abstract readonly location: string;

  newKey(tenantId: string, extension: string, now = new Date()): string {
    const yyyy = String(now.getUTCFullYear());
    const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
    return path.posix.join(tenantId, yyyy, mm, `${randomUUID()}.${extension}`);
  }

  /** Stores the whole file; a reader never sees half of it. */
  abstract write(key: string, buffer: Buffer, contentType?: string): Promise<void>;

  /** The file's bytes; rejects with code ENOENT when it is gone. */
  abstract read(key: string): Promise<Buffer>;

  /** Deletes the file; a missing file is not an error (the sweep and the rollback of a failed upload may overlap). */
  abstract remove(key: string): Promise<void>;

  /** Free bytes where files are written; null when it can't be told or doesn't apply (object storage). */
  abstract freeBytes(): Promise<number | null>;

  /** Every stored file, with its last change (for the sweep of files without a row). */
  abstract files(): AsyncGenerator<StoredFile>;

  /**
   * A short-lived URL the client downloads the file from directly, or null when the server streams it itself (the
   * local folder). Call it only after the caller's tenant has been checked: the URL is a bearer credential.
   */
  abstract downloadUrl(key: string, headers: DownloadHeaders): Promise<string | null>;

  /** Releases what the adapter holds open (the S3 client's kept-alive sockets); nothing for the local folder. */
  destroy(): void {}

  /** Refuses keys that would escape the folder or bucket prefix (defence in depth: keys are ours, but rows can be edited). */
  protected checkKey(key: string): string {
    const normal = path.posix.normalize(key);
    if (!key || normal !== key || key.startsWith('/') || key.startsWith('..') || key.includes('\0'))
      throw new Error(`Invalid storage key: ${key}`);
    return key;
  }
}

/** An error shaped like the file system's, so callers map both adapters' failures alike. */
export function storageError(message: string, code: string, cause?: unknown): NodeJS.ErrnoException {
  return Object.assign(new Error(message, { cause }), { code });
}
