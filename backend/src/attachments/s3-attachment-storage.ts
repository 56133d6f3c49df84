import {
  DeleteObjectCommand,
  GetObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { AttachmentStorage, DownloadHeaders, StoredFile, storageError } from './attachment-storage';
import { s3DownloadOrigin, type S3StorageConfig } from './s3-config';

export type { S3StorageConfig };

/**
 * Uploads in an S3-compatible bucket (DigitalOcean Spaces in production, any S3 server in tests): shared by every
 * replica, so no ReadWriteMany volume is needed. The objects stay private; a download is a presigned GET valid
 * S3_PRESIGN_SECONDS, handed out only after the usual auth and tenant check.
 */
export class S3AttachmentStorage extends AttachmentStorage {
  readonly location: string;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(private readonly config: S3StorageConfig) {
    super();
    if (!config.S3_BUCKET) throw new Error('S3_BUCKET is required for S3 storage');
    this.bucket = config.S3_BUCKET;
    this.location = `s3:${this.bucket}`;
    this.client = new S3Client({
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials: config.S3_ACCESS_KEY_ID
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY! }
        : undefined,
      // The SDK's default CRC checksums on every request are AWS-only: Spaces and other S3-compatible services refuse
      // or ignore them. Checksums only where the API requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  /** A PUT is atomic: the object appears whole or not at all. */
  async write(key: string, buffer: Buffer, contentType?: string): Promise<void> {
    await this.client
      .send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.checkKey(key),
          Body: buffer,
          ContentLength: buffer.length,
          ContentType: contentType,
        }),
      )
      .catch((err) => {
        throw asStorageError(err, `could not write ${key}`);
      });
  }

  async read(key: string): Promise<Buffer> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.checkKey(key) }));
      return Buffer.from(await out.Body!.transformToByteArray());
    } catch (err) {
      throw asStorageError(err, `could not read ${key}`);
    }
  }

  /** DeleteObject succeeds on a missing key too: idempotent like the local rm --force. */
  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.checkKey(key) })).catch((err) => {
      throw asStorageError(err, `could not remove ${key}`);
    });
  }

  /** Object storage has no disk of ours to fill: the per-business quota is the only bound. */
  async freeBytes(): Promise<null> {
    return null;
  }

  /** Follows the listing's continuation tokens, 1000 keys a request. */
  async *files(): AsyncGenerator<StoredFile> {
    for await (const page of paginateListObjectsV2({ client: this.client, pageSize: 1000 }, { Bucket: this.bucket })) {
      for (const o of page.Contents ?? []) {
        if (o.Key) yield { key: o.Key, modifiedMs: o.LastModified?.getTime() ?? 0 };
      }
    }
  }

  /** Signed for one key only: the signature covers the path, so it opens no other object. */
  downloadUrl(key: string, headers: DownloadHeaders): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.checkKey(key),
      ResponseContentType: headers.contentType,
      ResponseContentDisposition: `inline; filename="${headers.fileName.replace(/[^\w.-]/g, '_')}"`,
      // The URL expires; the browser may keep the image for as long, no shared cache may.
      ResponseCacheControl: `private, max-age=${this.config.S3_PRESIGN_SECONDS}`,
    });
    return getSignedUrl(this.client, command, { expiresIn: this.config.S3_PRESIGN_SECONDS });
  }

  /** The origin presigned URLs point at (for the page's Content-Security-Policy). */
  static downloadOrigin = s3DownloadOrigin;

  /** Closes the HTTP agent's sockets (tests, shutdown). */
  override destroy(): void {
    this.client.destroy();
  }
}

/** The service maps `code`s: ENOENT → 404; the rest keep S3's name (AccessDenied, SlowDown…) for the logs. */
function asStorageError(err: unknown, message: string): NodeJS.ErrnoException {
  if (err instanceof S3ServiceException) {
    const missing = err.name === 'NoSuchKey' || (err.$metadata?.httpStatusCode === 404 && err.name !== 'NoSuchBucket');
    return storageError(`${message}: ${err.name}`, missing ? 'ENOENT' : err.name, err);
  }
  return err as NodeJS.ErrnoException;
}
