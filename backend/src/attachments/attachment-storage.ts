import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * Files on disk under `<UPLOADS_DIR>/<tenantId>/<yyyy>/<mm>/<uuid>.<ext>` (UPLOADS_DIR: DATA_DIR/uploads by default). Keys
 * are relative to the uploads folder (stored in Attachment.storageKey) so the folder can move. Keys are generated here, never taken from a client.
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

  /** Free bytes on the uploads disk for this process; null when it can't be told (the folder doesn't exist yet). */
  async freeBytes(): Promise<number | null> {
    try {
      const s = await fs.statfs(this.root);
      return s.bavail * s.bsize;
    } catch {
      return null;
    }
  }

  /** Every file under the uploads folder, as keys with their last change (for the sweep of files without a row). */
  async *files(): AsyncGenerator<{ key: string; modifiedMs: number }> {
    const walk = async function* (dir: string): AsyncGenerator<string> {
      const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) yield* walk(full);
        else if (e.isFile()) yield full;
      }
    };
    for await (const full of walk(this.root)) {
      const stat = await fs.stat(full).catch(() => null);
      if (stat) yield { key: path.relative(this.root, full).split(path.sep).join('/'), modifiedMs: stat.mtimeMs };
    }
  }

  /** Refuses keys that would escape the uploads folder (defence in depth: keys are ours, but rows can be edited). */
  private resolve(key: string): string {
    const target = path.resolve(this.root, key);
    if (!target.startsWith(this.root + path.sep)) throw new Error(`Invalid storage key: ${key}`);
    return target;
  }
}
