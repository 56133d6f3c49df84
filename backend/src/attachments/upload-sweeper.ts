import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentsRepository } from './attachments.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A file is written a moment before its row; one without a row for this long was left by a crash. */
const FILE_GRACE_MS = 60 * 60 * 1000;
const BATCH = 500;
/**
 * Only files under a business's folder (`<tenant uuid>/…`, the keys AttachmentStorage makes) are ever swept: a bucket
 * or folder shared with something else (backups synced to the same Space) keeps what is not ours.
 */
const UPLOAD_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\//i;

export interface SweepReport {
  rows: number;
  files: number;
  bytes: number;
}

/**
 * Frees the uploads nothing uses (#9): rows older than UPLOAD_ORPHAN_DAYS that no expense, logo, message or tool call
 * refers to (row and file), and files left without a row (a crash between writing the file and its row). Every
 * UPLOAD_SWEEP_MINUTES on each instance (deletions are idempotent, so instances may overlap); ages are read from the
 * business clock.
 */
@Injectable()
export class UploadSweeper implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(UploadSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly attachments: AttachmentsRepository,
    private readonly storage: AttachmentStorage,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const minutes = this.config.UPLOAD_SWEEP_MINUTES;
    if (!minutes) return;
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((err) => this.logger.error({ err }, 'upload sweep failed'))
        .finally(() => (this.running = undefined));
    }, minutes * 60_000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweep(): Promise<SweepReport> {
    const now = this.clock.now().getTime();
    const report: SweepReport = { rows: 0, files: 0, bytes: 0 };
    const before = new Date(now - this.config.UPLOAD_ORPHAN_DAYS * DAY_MS);
    for (;;) {
      const orphans = await this.attachments.orphans(before, BATCH);
      let deleted = 0;
      for (const o of orphans) {
        // The row goes first (re-checked as unused in the same statement), then its file.
        if (!(await this.attachments.deleteIfOrphan(o.id))) continue;
        await this.storage.remove(o.storageKey).catch((err) => this.logger.warn({ err, key: o.storageKey }, 'orphan file not removed'));
        deleted++;
      }
      report.rows += deleted;
      if (orphans.length < BATCH || !deleted) break;
    }
    const keys = await this.attachments.keys();
    for await (const file of this.storage.files()) {
      if (!UPLOAD_KEY.test(file.key) || keys.has(file.key) || file.modifiedMs > now - FILE_GRACE_MS) continue;
      await this.storage.remove(file.key).catch(() => undefined);
      report.files++;
    }
    if (report.rows || report.files)
      this.logger.log(`upload sweep: ${report.rows} unused upload(s) and ${report.files} stray file(s) deleted`);
    return report;
  }
}
