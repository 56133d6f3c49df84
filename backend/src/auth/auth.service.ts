import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppError, ErrorCode, unauthenticated } from '../common/errors/app-error';
import type { Role } from '../generated/prisma/enums';
import { durationMs } from './auth-cookie';
import { passwordProblem } from './password-policy';
import type { Principal } from './principal';
import { RateLimits } from './rate-limits';
import { SessionsRepository } from './sessions.repository';
import { UserStatusCache } from './user-status.cache';
import { UsersRepository } from './users.repository';
import { VerifiedTokens } from './verified-tokens';

interface TokenClaims {
  sub: string;
  tid: string | null;
  role: Role;
  typ: 'access';
  /** The user's token version when issued: a password reset or a disable moves it and ends every access token. */
  ver: number;
  /** The session (refresh-token family) the access token belongs to. */
  sid: string;
}

// Verifying against a fixed dummy hash keeps "unknown email" and "wrong password" equally slow (no account probing).
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ajybyR/rzp3tAYt1qXs2xA$fKLhGMsF3o0baUXxXTfdVj7fea1MLVdnwFUqfLIjZx0';
const REFRESH_PREFIX = 'rt_';
const TOO_MANY_LOGINS = 'Too many failed sign-in attempts, try again in a minute';

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
/** Argon2id with OWASP's parameters (the library's defaults), as for the demo accounts. */
export const hashPassword = (password: string) => hash(password);

/** A 400 naming the password rule that was broken (`details[0].rule`). */
export function assertStrongPassword(password: string, context: { email?: string } = {}): void {
  const problem = passwordProblem(password, context);
  if (problem) {
    throw new AppError(ErrorCode.VALIDATION_FAILED, `Invalid request: password: ${problem.message}`, [
      { field: 'password', rule: problem.rule, message: problem.message },
    ]);
  }
}

export type TokenBody = Awaited<ReturnType<AuthService['issueTokens']>>;

@Injectable()
export class AuthService {
  private readonly refreshTtlMs: number;
  /** Access tokens verified once, until their expiry (the user's status is still checked per request, below). */
  private readonly verified = new VerifiedTokens<TokenClaims & { exp?: number; nbf?: number }>(5_000);

  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly statuses: UserStatusCache,
    private readonly limits: RateLimits,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.refreshTtlMs = durationMs(config.JWT_REFRESH_TTL);
  }

  get refreshCookieMaxAgeMs(): number {
    return this.refreshTtlMs;
  }

  /**
   * Failed attempts are limited per IP and per account + IP (see RateLimits). Each attempt is counted before the
   * password is checked (concurrent guesses can't slip past the limit) and given back when it succeeds.
   */
  async login(email: string, password: string, ip: string) {
    const accountKey = `${email.toLowerCase()}|${ip}`;
    await this.limits.consume('loginIp', ip, TOO_MANY_LOGINS);
    await this.limits.consume('loginAccount', accountKey, TOO_MANY_LOGINS);
    const user = await this.users.findByEmailWithHash(email);
    const ok = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!user || !ok || user.disabledAt) throw unauthenticated('Wrong email or password');
    await Promise.all([this.limits.reset('loginAccount', accountKey), this.limits.reward('loginIp', ip)]);
    await this.users.touchLogin(user.id);
    return this.issueTokens(user.id);
  }

  /** Exchanges a refresh token for a new pair; the old one is spent (see SessionsRepository.rotate). */
  async refresh(refreshToken: string) {
    if (!refreshToken.startsWith(REFRESH_PREFIX)) throw unauthenticated('Invalid or expired refresh token');
    const next = this.newRefreshToken();
    const outcome = await this.sessions.rotate(hashSecret(refreshToken), new Date(), { tokenHash: next.hash, expiresAt: next.expiresAt });
    if (!outcome.ok) {
      if (outcome.reason === 'reused')
        throw unauthenticated('This refresh token was already used: every session of this sign-in was ended');
      throw unauthenticated('Invalid or expired refresh token');
    }
    return this.tokenBody(outcome.userId, outcome.familyId, next.token);
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored (logging out twice is fine). */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (refreshToken?.startsWith(REFRESH_PREFIX)) await this.sessions.revokeFamilyOf(hashSecret(refreshToken), new Date());
  }

  /** Ends every session of a user at once: refresh tokens revoked, and (with `bumpVersion` done by the caller) access tokens. */
  async endAllSessions(userId: string): Promise<void> {
    await this.sessions.revokeAllForUser(userId, new Date());
    await this.statuses.invalidate(userId);
  }

  async me(userId: string) {
    const user = await this.users.findActiveById(userId);
    if (!user) throw unauthenticated('Account no longer active');
    return user;
  }

  /** Resolves a JWT access token to a principal: the user must still be active and the token of the current version. */
  async principalFromAccessToken(token: string): Promise<Principal> {
    const claims = await this.verified.claims(token, (t) => this.jwt.verifyAsync<TokenClaims & { exp?: number }>(t).catch(() => null));
    if (!claims || claims.typ !== 'access') throw unauthenticated('Invalid or expired access token');
    const status = await this.statuses.get(claims.sub);
    if (!status?.active) throw unauthenticated('Account no longer active');
    if ((claims.ver ?? 0) !== status.tokenVersion) throw unauthenticated('This session has ended: sign in again');
    return {
      userId: status.id,
      tenantId: status.tenantId,
      role: status.role,
      via: 'jwt',
      scopes: ['read', 'write'],
      email: status.email,
      tokenVersion: status.tokenVersion,
      expiresAt: typeof (claims as { exp?: number }).exp === 'number' ? (claims as { exp?: number }).exp! * 1000 : undefined,
    };
  }

  /** Starts a new session (refresh-token family) for the user: the body of login, sign-up and invitation accept. */
  async issueTokens(userId: string) {
    const next = this.newRefreshToken();
    const familyId = randomUUID();
    await this.sessions.create({ userId, familyId, tokenHash: next.hash, expiresAt: next.expiresAt });
    return this.tokenBody(userId, familyId, next.token);
  }

  private async tokenBody(userId: string, familyId: string, refreshToken: string) {
    const [user, status] = await Promise.all([this.users.findActiveById(userId), this.statuses.get(userId)]);
    if (!user || !status?.active) throw unauthenticated('Account no longer active');
    const claims: TokenClaims = {
      sub: user.id,
      tid: user.tenantId,
      role: user.role,
      typ: 'access',
      ver: status.tokenVersion,
      sid: familyId,
    };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.JWT_ACCESS_TTL as any });
    const { tenant, ...rest } = user;
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.config.JWT_ACCESS_TTL, user: { ...rest, tenant }, tenant };
  }

  private newRefreshToken() {
    const token = `${REFRESH_PREFIX}${randomBytes(32).toString('base64url')}`;
    // Security expiry runs on the real clock (like the JWT's exp), not on the business clock.
    return { token, hash: hashSecret(token), expiresAt: new Date(Date.now() + this.refreshTtlMs) };
  }
}
