import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { invitationEmail, mailLanguage } from '../auth/account-emails';
import { AccountMailer } from '../auth/account-mailer';
import { assertStrongPassword, AuthService, hashPassword, hashSecret } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { RateLimits } from '../auth/rate-limits';
import { UsersRepository } from '../auth/users.repository';
import { emailTaken } from '../auth/signup.service';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import { InvitationsRepository } from './invitations.repository';
import type { CreateInvitationDto } from './users.schemas';

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

const refused = (reason: 'unknown' | 'used' | 'expired' | 'revoked' | 'email_taken') => {
  if (reason === 'unknown') return notFound('Invitation');
  if (reason === 'used') return new AppError(ErrorCode.CONFLICT, 'This invitation was already used', { reason });
  if (reason === 'email_taken') return emailTaken();
  return new AppError(
    ErrorCode.GONE,
    reason === 'expired' ? 'This invitation has expired: ask for a new one' : 'This invitation was withdrawn',
    { reason },
  );
};

/** Invitations: a one-time code (only its hash is stored) that lets a colleague join with a name and a password. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly users: UsersRepository,
    private readonly auth: AuthService,
    private readonly mailer: AccountMailer,
    private readonly limits: RateLimits,
  ) {}

  inviteUrl(code: string): string {
    return `${this.mailer.appUrl}/invite#code=${code}`;
  }

  async create(principal: Principal & { tenantId: string }, dto: CreateInvitationDto) {
    if (await this.users.emailTaken(dto.email)) throw emailTaken();
    const inviter = principal.userId ? await this.users.findActiveById(principal.userId) : null;
    const language = dto.language ?? mailLanguage(inviter?.tenant?.locale);
    const code = randomBytes(32).toString('base64url');
    const now = new Date(); // security expiry: real clock
    const row = await this.invitations.create(
      {
        tenantId: principal.tenantId,
        email: dto.email,
        role: dto.role,
        language,
        codeHash: hashSecret(code),
        invitedById: principal.userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
      now,
    );
    const inviteUrl = this.inviteUrl(code);
    const emailed = await this.mailer.send(
      invitationEmail(dto.email, inviteUrl, inviter?.tenant?.name ?? '', inviter?.name ?? '', language),
    );
    return { ...row, code, inviteUrl, emailed };
  }

  listPending(tenantId: string) {
    return this.invitations.listPending(tenantId, new Date());
  }

  async revoke(tenantId: string, id: string) {
    if (await this.invitations.revoke(tenantId, id, new Date())) return { id, revoked: true };
    if (await this.invitations.exists(tenantId, id)) return { id, revoked: true };
    throw notFound('Invitation');
  }

  /** What the accept page shows before asking for a name and password. */
  async lookup(code: string, ip: string) {
    await this.limits.consume('codeIp', ip, 'Too many attempts from this address, try again later');
    const inv = await this.invitations.findByCode(hashSecret(code));
    if (!inv) throw refused('unknown');
    if (inv.acceptedAt) throw refused('used');
    if (inv.revokedAt) throw refused('revoked');
    if (inv.expiresAt <= new Date()) throw refused('expired');
    return { email: inv.email, role: inv.role, language: inv.language, business: inv.tenant.name, expiresAt: inv.expiresAt };
  }

  /** Creates the account and signs it in (same body as login). */
  async accept(code: string, name: string, password: string, ip: string) {
    await this.limits.consume('codeIp', ip, 'Too many attempts from this address, try again later');
    const codeHash = hashSecret(code);
    const inv = await this.invitations.findByCode(codeHash);
    if (!inv) throw refused('unknown');
    // Checked before the code is spent: a refused password leaves the invitation usable.
    assertStrongPassword(password, { email: inv.email });
    const outcome = await this.invitations.accept(codeHash, { name, passwordHash: await hashPassword(password) }, new Date());
    if (!outcome.ok) throw refused(outcome.reason);
    return this.auth.issueTokens(outcome.userId);
  }
}
