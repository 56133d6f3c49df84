import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface AccountMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Account emails (password reset links, invitations) over SMTP_URL. `send` waits for the server (the owner inviting
 * someone is told whether the email left); `enqueue` returns at once and sends in the background, so the answer to
 * "forgot password" takes the same time whether or not the address has an account.
 */
@Injectable()
export class AccountMailer implements OnModuleDestroy {
  private readonly logger = new Logger(AccountMailer.name);
  private transport?: Transporter;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.SMTP_URL);
  }

  /** The address links in emails start with (PUBLIC_URL, never the request's Host header, which a client controls). */
  get appUrl(): string {
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/+$/, '');
  }

  async send(mail: AccountMail): Promise<boolean> {
    if (!this.enabled) return false;
    try {
      // Loaded at the first mail, not at start (nodemailer is ~2 MB of heap a server without SMTP never uses).
      const { createTransport } = await import('nodemailer');
      this.transport ??= createTransport(
        // Short timeouts: a dead server must not hold a request for nodemailer's default minutes.
        { url: this.config.SMTP_URL!, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never,
        { from: this.config.MAIL_FROM ?? this.config.ALERT_EMAIL_FROM },
      );
      await this.transport.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
      return true;
    } catch (err) {
      this.logger.error({ err: (err as Error).message, subject: mail.subject }, 'Account email could not be sent');
      return false;
    }
  }

  enqueue(mail: AccountMail): void {
    if (!this.enabled) return;
    this.queue = this.queue.then(() => this.send(mail));
  }

  /** Resolves when every queued mail has been attempted (shutdown, tests). */
  idle(): Promise<unknown> {
    return this.queue;
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue;
    this.transport?.close();
  }
}
