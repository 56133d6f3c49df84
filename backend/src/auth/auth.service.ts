import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { verify } from '@node-rs/argon2';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { unauthenticated } from '../common/errors/app-error';
import type { Role } from '../generated/prisma/enums';
import type { Principal } from './principal';
import { UsersRepository } from './users.repository';

interface TokenClaims {
  sub: string;
  tid: string | null;
  role: Role;
  typ: 'access' | 'refresh';
}

// Verifying against a fixed dummy hash keeps "unknown email" and "wrong password" equally slow (no account probing).
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ajybyR/rzp3tAYt1qXs2xA$fKLhGMsF3o0baUXxXTfdVj7fea1MLVdnwFUqfLIjZx0';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string) {
    const user = await this.users.findByEmailWithHash(email);
    const ok = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!user || !ok || user.disabledAt) throw unauthenticated('Wrong email or password');
    await this.users.touchLogin(user.id);
    return this.issueTokens(user.id);
  }

  async refresh(refreshToken: string) {
    const claims = await this.verify(refreshToken, 'refresh');
    return this.issueTokens(claims.sub);
  }

  async me(userId: string) {
    const user = await this.users.findActiveById(userId);
    if (!user) throw unauthenticated('Account no longer active');
    return user;
  }

  /** Resolves a JWT access token to a principal; the user must still exist and be active. */
  async principalFromAccessToken(token: string): Promise<Principal> {
    const claims = await this.verify(token, 'access');
    const user = await this.users.findActiveById(claims.sub);
    if (!user) throw unauthenticated('Account no longer active');
    return { userId: user.id, tenantId: user.tenantId, role: user.role, via: 'jwt', scopes: ['read', 'write'], email: user.email };
  }

  private async issueTokens(userId: string) {
    const user = await this.users.findActiveById(userId);
    if (!user) throw unauthenticated('Account no longer active');
    const base = { sub: user.id, tid: user.tenantId, role: user.role };
    const accessToken = await this.jwt.signAsync({ ...base, typ: 'access' }, { expiresIn: this.config.JWT_ACCESS_TTL as any });
    const refreshToken = await this.jwt.signAsync({ ...base, typ: 'refresh' }, { expiresIn: this.config.JWT_REFRESH_TTL as any });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.config.JWT_ACCESS_TTL, user };
  }

  private async verify(token: string, typ: TokenClaims['typ']): Promise<TokenClaims> {
    const claims = await this.jwt.verifyAsync<TokenClaims>(token).catch(() => null);
    if (!claims || claims.typ !== typ) throw unauthenticated(`Invalid or expired ${typ} token`);
    return claims;
  }
}
