import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { ApiKeysModule } from '../api-keys/api-keys.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { CredentialsService } from './credentials.service';
import { UsersRepository } from './users.repository';

const loginEmail = (req: any) => String(req.body?.email ?? '').trim().toLowerCase() || 'anonymous';

@Global()
@Module({
  imports: [
    ApiKeysModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.secretKey, signOptions: { issuer: 'tajer' }, verifyOptions: { issuer: 'tajer' } }),
    }),
    // Only the login route uses ThrottlerGuard: brute force is limited both per client IP and per targeted account.
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'login-ip', ttl: 60_000, limit: config.LOGIN_RATE_LIMIT * 3 },
          { name: 'login-account', ttl: 60_000, limit: config.LOGIN_RATE_LIMIT, getTracker: loginEmail },
        ],
        errorMessage: 'Too many login attempts, try again in a minute',
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, UsersRepository, CredentialsService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, CredentialsService],
})
export class AuthModule {}
