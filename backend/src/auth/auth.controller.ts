import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { openApi } from '../common/validation/openapi';
import { zod } from '../common/validation/zod-validation.pipe';
import { CurrentPrincipal, Public } from './auth.decorators';
import { LoginDto, LoginSchema, RefreshDto, RefreshSchema } from './auth.schemas';
import { AuthService } from './auth.service';
import { forbidden } from '../common/errors/app-error';
import type { Principal } from './principal';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard) // per IP and per account: see AuthModule
  @ApiOperation({ summary: 'Sign in; returns an access token, a refresh token and the user' })
  @ApiBody({ schema: openApi(LoginSchema, { email: 'owner@demo.dz', password: 'demo' }) })
  login(@Body(zod(LoginSchema)) dto: LoginDto) {
    return this.auth.login(dto.email, dto.password);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for a new token pair' })
  @ApiBody({ schema: openApi(RefreshSchema) })
  refresh(@Body(zod(RefreshSchema)) dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user and their business' })
  me(@CurrentPrincipal() principal: Principal) {
    if (!principal.userId) throw forbidden('API keys have no user profile');
    return this.auth.me(principal.userId);
  }
}
