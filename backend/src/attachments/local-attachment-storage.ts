import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AttachmentStorage, StoredFile } from './attachment-storage';

/**
 * Files on disk under `<UPLOADS_DIR>/<key>` (UPLOADS_DIR: DATA_DIR/uploads by default): the embedded default, and
 * one instance's own disk (several replicas need S3_BUCKET). Downloads are streamed by the server.
 */
export class LocalAttachmentStorage extends AttachmentStorage {
  readonly location: string;

  constructor(private readonly root: string) {
    super();
    this.location = `local:${root}`;
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

  async *files(): AsyncGenerator<StoredFile> {
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

  /** The server streams local files itself. */
  async downloadUrl(): Promise<null> {
    return null;
  }

  private resolve(key: string): string {
    const target = path.resolve(this.root, this.checkKey(key));
    if (!target.startsWith(this.root + path.sep)) throw new Error(`Invalid storage key: ${key}`);
    return target;
  }
}
