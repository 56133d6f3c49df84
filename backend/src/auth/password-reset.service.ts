import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { mailLanguage, resetEmail } from './account-emails';
import { AccountEvents } from './account-events';
import { AccountMailer } from './account-mailer';
import { assertStrongPassword, hashPassword, hashSecret } from './auth.service';
import { PasswordResetsRepository } from './password-resets.repository';
import { RateLimits } from './rate-limits';
import { UserStatusCache } from './user-status.cache';
import { UsersRepository } from './users.repository';

export const RESET_TTL_MS = 30 * 60_000;
const invalidToken = () =>
  new AppError(ErrorCode.VALIDATION_FAILED, 'This reset link is invalid, expired or already used', [
    { field: 'token', rule: 'invalid_token', message: 'invalid, expired or already used' },
  ]);

/** Password reset: by email when SMTP_URL is set; otherwise (or also) through a link the OWNER hands to a colleague. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly resets: PasswordResetsRepository,
    private readonly users: UsersRepository,
    private readonly statuses: UserStatusCache,
    private readonly mailer: AccountMailer,
    private readonly limits: RateLimits,
    private readonly events: AccountEvents,
  ) {}

  resetUrl(token: string): string {
    return `${this.mailer.appUrl}/reset-password#token=${token}`;
  }

  /**
   * Sends a reset link if the address has an active account. The answer is the same either way, and the email
   * leaves in the background, so neither the body nor the timing tells whether an account exists.
   */
  async requestByEmail(email: string, ip: string): Promise<{ accepted: true; emailEnabled: boolean }> {
    await this.limits.consume('resetIp', ip, 'Too many reset requests from this address, try again later');
    await this.limits.consume('resetEmail', email.toLowerCase(), 'Too many reset requests for this account, try again later');
    if (!this.mailer.enabled) return { accepted: true, emailEnabled: false };
    const user = await this.users.findByEmailWithHash(email);
    if (user && !user.disabledAt) {
      const { token } = await this.issue(user.id, null);
      this.mailer.enqueue(resetEmail(user.email, this.resetUrl(token), mailLanguage(user.locale)));
    }
    return { accepted: true, emailEnabled: true };
  }

  /** A new single-use token for the user (30 minutes). */
  async issue(userId: string, requestedById: string | null) {
    const token = randomBytes(32).toString('base64url');
    // Security expiry runs on the real clock, not on the business clock.
    const row = await this.resets.create({
      userId,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + RESET_TTL_MS),
      requestedById,
    });
    return { token, expiresAt: row.expiresAt };
  }

  /** Whether a link is still usable (the reset page checks before asking for a new password). */
  async check(token: string, ip: string): Promise<{ valid: true; email: string }> {
    await this.limits.consume('codeIp', ip, 'Too many attempts from this address, try again later');
    const row = await this.resets.findValid(hashSecret(token), new Date());
    if (!row) throw invalidToken();
    return { valid: true, email: row.user.email };
  }

  async reset(token: string, password: string, ip: string): Promise<{ reset: true; email: string }> {
    await this.limits.consume('codeIp', ip, 'Too many attempts from this address, try again later');
    const tokenHash = hashSecret(token);
    const row = await this.resets.findValid(tokenHash, new Date());
    if (!row) throw invalidToken();
    // Checked before the token is spent: a refused password leaves the link usable.
    assertStrongPassword(password, { email: row.user.email });
    const userId = await this.resets.consume(tokenHash, await hashPassword(password), new Date());
    if (!userId) throw invalidToken();
    await this.statuses.invalidate(userId);
    this.events.userAccessChanged(userId); // open sockets of the old sessions close
    return { reset: true, email: row.user.email };
  }
}
