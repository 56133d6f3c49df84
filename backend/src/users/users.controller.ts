import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, TenantId, UserSessionOnly } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { INVITATION_EXAMPLE, MEMBER_EXAMPLE } from './users.examples';
import { InvitationsService } from './invitations.service';
import { CreateInvitationDto, CreateInvitationSchema, UpdateMemberDto, UpdateMemberSchema } from './users.schemas';
import { UsersService } from './users.service';

@ApiTags('team')
@ApiBearerAuth()
@Roles('OWNER')
@UserSessionOnly()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The business's members (OWNER)" })
  @ApiOkResponse({ schema: { example: { items: [MEMBER_EXAMPLE], total: 1 } } })
  list(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal) {
    return this.users.list(tenantId, principal);
  }

  @Post('invitations')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Invite a colleague: a link with a one-time code (valid 7 days), emailed when SMTP_URL is set',
    description:
      'The code is shown only in this answer. 409 if the address already has an account. Inviting the same address again withdraws the earlier link.',
  })
  @ApiBody({ schema: openApi(CreateInvitationSchema, { email: 'karim@example.dz', role: 'STAFF', language: 'ar' }) })
  @ApiResponse({ status: 201, schema: { example: INVITATION_EXAMPLE } })
  invite(
    @TenantId() tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @Body(zod(CreateInvitationSchema)) dto: CreateInvitationDto,
  ) {
    return this.invitations.create({ ...principal, tenantId }, dto);
  }

  @Get('invitations')
  @ApiOperation({ summary: 'Pending invitations (not accepted, withdrawn or expired)' })
  listInvitations(@TenantId() tenantId: string) {
    return this.invitations.listPending(tenantId);
  }

  @Delete('invitations/:id')
  @ApiOperation({ summary: 'Withdraw an invitation (its link stops working)' })
  revokeInvitation(@TenantId() tenantId: string, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.invitations.revoke(tenantId, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: "Change a member's role or name, disable or enable them",
    description:
      "Disabling ends at once the member's access tokens, refresh tokens, API keys and open chat sockets. 409 `reason: last_owner` when the change would leave the business without an active OWNER (race-safe); 409 `reason: self` to disable yourself.",
  })
  @ApiBody({ schema: openApi(UpdateMemberSchema, { active: false }) })
  @ApiOkResponse({ schema: { example: { ...MEMBER_EXAMPLE, active: false, disabledAt: '2026-12-04T10:00:00.000Z' } } })
  update(
    @TenantId() tenantId: string,
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(zod(UpdateMemberSchema)) dto: UpdateMemberDto,
  ) {
    return this.users.update(tenantId, principal, id, dto);
  }

  @Post(':id/password-reset')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Issue a password reset link for a colleague (valid 30 minutes, once); emailed too when SMTP_URL is set',
    description: 'For shops without email: the owner hands the link over. Using it ends every session of that account.',
  })
  @ApiResponse({
    status: 201,
    schema: {
      example: {
        userId: MEMBER_EXAMPLE.id,
        email: MEMBER_EXAMPLE.email,
        resetUrl: 'https://tajer.example.com/reset-password#token=hV3…',
        token: 'hV3…',
        expiresAt: '2026-12-04T10:30:00.000Z',
        emailed: false,
      },
    },
  })
  resetLink(@TenantId() tenantId: string, @CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.users.resetLink(tenantId, principal, id);
  }
}
