import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface AlertMail {
  subject: string;
  text: string;
}

/**
 * Sends alert emails (critical bug reports) over SMTP_URL to ALERT_EMAIL_TO. Sending happens after the HTTP
 * response, one mail at a time in submission order: a slow or broken mail server never delays or fails a request,
 * it is only logged.
 */
@Injectable()
export class AlertMailer implements OnModuleDestroy {
  private readonly logger = new Logger(AlertMailer.name);
  private transport?: Transporter;
  private queue: Promise<void> = Promise.resolve();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.SMTP_URL && this.config.ALERT_EMAIL_TO);
  }

  /** Queues the mail and returns at once; `onSent` runs once the server accepted it. */
  enqueue(mail: AlertMail, onSent?: () => Promise<unknown>): void {
    if (!this.enabled) return;
    this.queue = this.queue.then(async () => {
      try {
        // Short timeouts: a dead server must not hold the queue (or shutdown) for nodemailer's default minutes.
        // Loaded at the first mail, not at start (nodemailer is ~2 MB of heap a server without SMTP never uses).
        const { createTransport } = await import('nodemailer');
        this.transport ??= createTransport(
          { url: this.config.SMTP_URL!, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never,
          { from: this.config.ALERT_EMAIL_FROM },
        );
        await this.transport.sendMail({ to: this.config.ALERT_EMAIL_TO, subject: mail.subject, text: mail.text });
        await onSent?.();
      } catch (err) {
        this.logger.error({ err: (err as Error).message, subject: mail.subject }, 'Alert email could not be sent');
      }
    });
  }

  /** Resolves when every queued mail has been attempted (shutdown, tests). */
  idle(): Promise<void> {
    return this.queue;
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue;
    this.transport?.close();
  }
}
