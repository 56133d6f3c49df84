import { createSecretKey } from 'node:crypto';
import { Global, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AccountEventsModule } from './account-events';
import { AccountMailer } from './account-mailer';
import { ApiKeyCache } from './api-keys/api-key-cache';
import { AUTH_REDIS, type AuthRedis, createAuthRedis } from './auth-redis';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { CredentialsService } from './credentials.service';
import { PasswordResetService } from './password-reset.service';
import { PasswordResetsRepository } from './password-resets.repository';
import { RateLimits } from './rate-limits';
import { RequestLimits } from './request-limits';
import { SessionsRepository } from './sessions.repository';
import { SignupService } from './signup.service';
import { UserStatusCache } from './user-status.cache';
import { UsersRepository } from './users.repository';

// One algorithm, pinned both ways: a token naming another ("none", RS256 with our secret as a public key) is refused.
const JWT_ALGORITHM = 'HS256' as const;

@Global()
@Module({
  imports: [
    AccountEventsModule,
    ApiKeysModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries it as a PEM public key on every verify
        // (a throw and a catch per request, the biggest CPU cost of a cheap authenticated request when profiled).
        secret: createSecretKey(Buffer.from(config.secretKey)),
        signOptions: { issuer: 'tajer', algorithm: JWT_ALGORITHM },
        verifyOptions: { issuer: 'tajer', algorithms: [JWT_ALGORITHM] },
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SignupService,
    PasswordResetService,
    PasswordResetsRepository,
    SessionsRepository,
    UsersRepository,
    UserStatusCache,
    ApiKeyCache,
    RateLimits,
    RequestLimits,
    AccountMailer,
    CredentialsService,
    { provide: AUTH_REDIS, inject: [APP_CONFIG], useFactory: createAuthRedis },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [
    AUTH_REDIS,
    AuthService,
    CredentialsService,
    UserStatusCache,
    AccountMailer,
    PasswordResetService,
    RateLimits,
    RequestLimits,
    UsersRepository,
  ],
})
export class AuthModule implements OnModuleDestroy {
  constructor(@Inject(AUTH_REDIS) private readonly redis: AuthRedis | null) {}

  onModuleDestroy(): void {
    this.redis?.close();
  }
}
