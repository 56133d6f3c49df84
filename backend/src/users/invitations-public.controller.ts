import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { Inject } from '@nestjs/common';
import { setRefreshCookie, wantsCookie } from '../auth/auth-cookie';
import { clientIp } from '../auth/auth.controller';
import { Public } from '../auth/auth.decorators';
import { SIGNUP_EXAMPLE } from '../auth/auth.examples';
import { AcceptInvitationDto, AcceptInvitationSchema, InvitationLookupDto, InvitationLookupSchema } from '../auth/auth.schemas';
import { AuthService } from '../auth/auth.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { InvitationsService } from './invitations.service';

/** The invitee's side (no account yet). The code travels in request bodies, never in URLs that logs keep. */
@ApiTags('auth')
@Controller('auth/invitations')
export class InvitationsPublicController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('lookup')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What an invitation is for (business, email, role), before accepting it',
    description: '404 unknown code, 409 already used, 410 expired or withdrawn.',
  })
  @ApiBody({ schema: openApi(InvitationLookupSchema, { code: 'Qm9u…' }) })
  @ApiOkResponse({
    schema: {
      example: {
        email: 'karim@example.dz',
        role: 'STAFF',
        language: 'ar',
        business: 'Supérette Nour',
        expiresAt: '2026-12-11T09:00:00.000Z',
      },
    },
  })
  lookup(@Body(zod(InvitationLookupSchema)) dto: InvitationLookupDto, @Req() req: Request) {
    return this.invitations.lookup(dto.code, clientIp(req));
  }

  @Public()
  @Post('accept')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Accept an invitation: sets the name and password, creates the account and signs in (same body as login)',
    description:
      'The code works once. 404 unknown, 409 already used (or the address got an account meanwhile), 410 expired or withdrawn, 400 naming the rule for a weak password.',
  })
  @ApiBody({ schema: openApi(AcceptInvitationSchema, { code: 'Qm9u…', name: 'Karim', password: 'caisse-du-matin-2026' }) })
  @ApiResponse({ status: 201, schema: { example: { ...SIGNUP_EXAMPLE, user: { ...SIGNUP_EXAMPLE.user, role: 'STAFF' } } } })
  async accept(
    @Body(zod(AcceptInvitationSchema)) dto: AcceptInvitationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const body = await this.invitations.accept(dto.code, dto.name, dto.password, clientIp(req));
    if (!wantsCookie(req)) return body;
    setRefreshCookie(req, res, body.refreshToken, this.auth.refreshCookieMaxAgeMs, this.config.PUBLIC_URL);
    const { refreshToken: _kept, ...rest } = body;
    return rest;
  }
}
