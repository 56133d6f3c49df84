import { Injectable } from '@nestjs/common';
import { AccountEvents } from '../auth/account-events';
import { resetEmail, mailLanguage } from '../auth/account-emails';
import { AccountMailer } from '../auth/account-mailer';
import { PasswordResetService } from '../auth/password-reset.service';
import type { Principal } from '../auth/principal';
import { UserStatusCache } from '../auth/user-status.cache';
import { AppError, ErrorCode, notFound } from '../common/errors/app-error';
import { TeamRepository } from './team.repository';
import type { UpdateMemberDto } from './users.schemas';

type Member = Awaited<ReturnType<TeamRepository['list']>>[number];

const view = (m: Member, selfId: string | null) => {
  const { disabledAt, ...rest } = m;
  return { ...rest, active: !disabledAt, disabledAt, you: m.id === selfId };
};

/** The OWNER's team page: list, roles, disable / enable, reset links. */
@Injectable()
export class UsersService {
  constructor(
    private readonly team: TeamRepository,
    private readonly statuses: UserStatusCache,
    private readonly events: AccountEvents,
    private readonly resets: PasswordResetService,
    private readonly mailer: AccountMailer,
  ) {}

  async list(tenantId: string, principal: Principal) {
    const items = (await this.team.list(tenantId)).map((m) => view(m, principal.userId));
    return { items, total: items.length };
  }

  async update(tenantId: string, principal: Principal, id: string, dto: UpdateMemberDto) {
    if (id === principal.userId && dto.active === false) {
      throw new AppError(ErrorCode.CONFLICT, 'You cannot disable your own account', { reason: 'self' });
    }
    const result = await this.team.updateMember(tenantId, id, dto, principal.userId, new Date());
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound('User');
      throw new AppError(ErrorCode.CONFLICT, 'A business keeps at least one active OWNER: make someone else owner first', {
        reason: 'last_owner',
      });
    }
    if (result.accessChanged) {
      // After the commit: every instance forgets the cached status, open sockets close (a re-enabled or re-roled
      // user reconnects with a fresh principal).
      await this.statuses.invalidate(id);
      this.events.userAccessChanged(id);
    }
    return view(result.member, principal.userId);
  }

  /**
   * A password reset link for a colleague (valid 30 minutes, once), to hand over in person or by message when the
   * server sends no email; it is also emailed when SMTP_URL is set.
   */
  async resetLink(tenantId: string, principal: Principal, id: string) {
    const member = await this.team.find(tenantId, id);
    if (!member) throw notFound('User');
    if (member.id === principal.userId)
      throw new AppError(ErrorCode.CONFLICT, 'Use "forgot password" for your own account', { reason: 'self' });
    if (member.disabledAt) throw new AppError(ErrorCode.CONFLICT, 'This account is disabled: enable it first', { reason: 'disabled' });
    const { token, expiresAt } = await this.resets.issue(member.id, principal.userId);
    const resetUrl = this.resets.resetUrl(token);
    const emailed = await this.mailer.send(resetEmail(member.email, resetUrl, mailLanguage(member.locale)));
    return { userId: member.id, email: member.email, resetUrl, token, expiresAt, emailed };
  }
}
