import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * Files on disk under `<DATA_DIR>/uploads/<tenantId>/<yyyy>/<mm>/<uuid>.<ext>`. Keys are relative to the uploads
 * folder (stored in Attachment.storageKey) so DATA_DIR can move. Keys are generated here, never taken from a client.
 */
@Injectable()
export class AttachmentStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = config.uploadsDir;
  }

  newKey(tenantId: string, extension: string, now = new Date()): string {
    const yyyy = String(now.getUTCFullYear());
    const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
    return path.posix.join(tenantId, yyyy, mm, `${randomUUID()}.${extension}`);
  }

  /** Writes to a temporary name then renames, so a reader never sees half a file. */
  async write(key: string, buffer: Buffer): Promise<void> {
    const target = this.resolve(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    try {
      await fs.writeFile(tmp, buffer, { flag: 'wx' });
      await fs.rename(tmp, target);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  read(key: string): Promise<Buffer> {
    return fs.readFile(this.resolve(key));
  }

  async remove(key: string): Promise<void> {
    await fs.rm(this.resolve(key), { force: true });
  }

  /** Refuses keys that would escape the uploads folder (defence in depth: keys are ours, but rows can be edited). */
  private resolve(key: string): string {
    const target = path.resolve(this.root, key);
    if (!target.startsWith(this.root + path.sep)) throw new Error(`Invalid storage key: ${key}`);
    return target;
  }
}
