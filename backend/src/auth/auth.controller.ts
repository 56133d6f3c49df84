import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Inject } from '@nestjs/common';
import { forbidden, unauthenticated } from '../common/errors/app-error';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie, TRANSPORT_HEADER, wantsCookie } from './auth-cookie';
import { CurrentPrincipal, Public, UserSessionOnly } from './auth.decorators';
import { LOGIN_EXAMPLE, SIGNUP_EXAMPLE } from './auth.examples';
import {
  ForgotPasswordDto,
  ForgotPasswordSchema,
  LoginDto,
  LoginSchema,
  LogoutDto,
  LogoutSchema,
  RefreshDto,
  RefreshSchema,
  ResetPasswordDto,
  ResetPasswordSchema,
  SignupDto,
  SignupSchema,
} from './auth.schemas';
import { AuthService, type TokenBody } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import type { Principal } from './principal';
import { SignupService } from './signup.service';

const cookieHeader = () =>
  ApiHeader({
    name: TRANSPORT_HEADER,
    required: false,
    description: '"cookie": keep the refresh token in an httpOnly cookie (browsers) instead of the body',
  });

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly signups: SignupService,
    private readonly resets: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('signup')
  @HttpCode(201)
  @cookieHeader()
  @ApiOperation({
    summary: 'Create a business and its OWNER account; signs in (same body as login)',
    description:
      '409 when the email already has an account; 400 naming the rule (`details[0].rule`: min_length, common, contains_email) for a weak password; 429 with Retry-After beyond SIGNUP_RATE_LIMIT sign-ups per IP per hour.',
  })
  @ApiBody({
    schema: openApi(SignupSchema, {
      businessName: 'Supérette Nour',
      email: 'nour@example.dz',
      password: 'sel-et-semoule-2026',
      wilaya: '31',
      language: 'fr',
      phone: '0550 12 34 56',
    }),
  })
  @ApiResponse({ status: 201, schema: { example: SIGNUP_EXAMPLE } })
  async signup(@Body(zod(SignupSchema)) dto: SignupDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer(req, res, await this.signups.signup(dto, clientIp(req)), wantsCookie(req));
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @cookieHeader()
  @ApiOperation({
    summary: 'Sign in; returns an access token, a refresh token, the user and their business',
    description: 'Failed attempts are limited per account + IP and per IP (429 with Retry-After).',
  })
  @ApiBody({ schema: openApi(LoginSchema, { email: 'owner@demo.dz', password: 'demo' }) })
  @ApiOkResponse({ schema: { example: LOGIN_EXAMPLE } })
  async login(@Body(zod(LoginSchema)) dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.answer(req, res, await this.auth.login(dto.email, dto.password, clientIp(req)), wantsCookie(req));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @cookieHeader()
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair (the old one is spent)',
    description:
      'Send `{refreshToken}` (API clients) or, from a browser, the httpOnly cookie with `X-Refresh-Transport: cookie`. Each refresh token works once: presenting a spent one again is treated as theft and ends that sign-in everywhere (401).',
  })
  @ApiBody({ schema: openApi(RefreshSchema, { refreshToken: 'rt_2Jk9…' }) })
  @ApiOkResponse({ schema: { example: LOGIN_EXAMPLE } })
  async refresh(@Body(zod(RefreshSchema)) dto: RefreshDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const fromBody = dto.refreshToken;
    const fromCookie = fromBody ? undefined : refreshCookieOf(req);
    if (!fromBody && !fromCookie) throw unauthenticated('No refresh token');
    // The cookie is only honoured with the header a cross-site form cannot send (CSRF).
    if (fromCookie && !wantsCookie(req)) throw forbidden(`Send "${TRANSPORT_HEADER}: cookie" to refresh with the cookie`);
    try {
      return this.answer(req, res, await this.auth.refresh((fromBody ?? fromCookie)!), !!fromCookie);
    } catch (err) {
      if (fromCookie) clearRefreshCookie(req, res, this.config.PUBLIC_URL);
      throw err;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: revokes the refresh token (body or cookie) and its whole session; always 204' })
  @ApiBody({ schema: openApi(LogoutSchema, { refreshToken: 'rt_2Jk9…' }) })
  async logout(@Body(zod(LogoutSchema)) dto: LogoutDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.auth.logout(dto.refreshToken ?? refreshCookieOf(req));
    clearRefreshCookie(req, res, this.config.PUBLIC_URL);
  }

  @Public()
  @Post('password/forgot')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Email a password reset link (valid 30 minutes, once) when the address has an account',
    description:
      'Same answer whether or not the account exists. `emailEnabled: false` when the server has no SMTP_URL: then ask the business OWNER for a reset link.',
  })
  @ApiBody({ schema: openApi(ForgotPasswordSchema, { email: 'staff@demo.dz' }) })
  @ApiResponse({ status: 202, schema: { example: { accepted: true, emailEnabled: true } } })
  forgot(@Body(zod(ForgotPasswordSchema)) dto: ForgotPasswordDto, @Req() req: Request) {
    return this.resets.requestByEmail(dto.email, clientIp(req));
  }

  @Public()
  @Post('password/check')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tell whether a reset link is still valid (without using it)' })
  @ApiBody({ schema: openApi(ResetPasswordSchema.pick({ token: true }), { token: 'hV3…' }) })
  @ApiOkResponse({ schema: { example: { valid: true, email: 'staff@demo.dz' } } })
  check(@Body(zod(ResetPasswordSchema.pick({ token: true }).strict())) dto: { token: string }, @Req() req: Request) {
    return this.resets.check(dto.token, clientIp(req));
  }

  @Public()
  @Post('password/reset')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Set a new password with a reset link token; ends every session of the account',
    description:
      '400 with `rule: invalid_token` for an invalid, expired or used link; a weak password names its rule and leaves the link usable.',
  })
  @ApiBody({ schema: openApi(ResetPasswordSchema, { token: 'hV3…', password: 'un-nouveau-mot-de-passe' }) })
  @ApiOkResponse({ schema: { example: { reset: true, email: 'staff@demo.dz' } } })
  reset(@Body(zod(ResetPasswordSchema)) dto: ResetPasswordDto, @Req() req: Request) {
    return this.resets.reset(dto.token, dto.password, clientIp(req));
  }

  @Get('me')
  @UserSessionOnly()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user and their business' })
  me(@CurrentPrincipal() principal: Principal) {
    if (!principal.userId || principal.via !== 'jwt') throw forbidden('API keys have no user profile');
    return this.auth.me(principal.userId);
  }

  /** Cookie mode: the refresh token goes into the httpOnly cookie and out of the body. */
  private answer(req: Request, res: Response, body: TokenBody, cookie: boolean) {
    if (!cookie) return body;
    setRefreshCookie(req, res, body.refreshToken, this.auth.refreshCookieMaxAgeMs, this.config.PUBLIC_URL);
    const { refreshToken: _kept, ...rest } = body;
    return rest;
  }
}

/** The client's address as Fastify sees it (X-Forwarded-For is trusted only from the proxies app.factory lists). */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
