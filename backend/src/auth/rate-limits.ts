import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AUTH_REDIS, type AuthRedis } from './auth-redis';

/** A 429 that carries how long to wait; the controller turns `retryAfterSeconds` into a Retry-After header. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
  }
}

type LimitName = 'loginIp' | 'loginAccount' | 'signupIp' | 'resetIp' | 'resetEmail' | 'codeIp';

/**
 * Counters of the account endpoints, shared by every instance through Redis when REDIS_URL is set (each falls back
 * to an in-memory counter while Redis is unreachable, rather than failing logins), in memory otherwise.
 *
 * Logins count failures only, per IP and per account + IP: an attacker exhausts their own allowance, never the
 * owner's (who signs in from another address), and a correct password clears the account + IP counter.
 */
@Injectable()
export class RateLimits {
  private readonly limiters: Record<LimitName, RateLimiterAbstract>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(AUTH_REDIS) redis: AuthRedis | null) {
    const make = (keyPrefix: string, points: number, duration: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      if (!redis) return memory;
      return new RateLimiterRedis({
        storeClient: redis.client,
        keyPrefix: `tajer:rl:${keyPrefix}`,
        points,
        duration,
        insuranceLimiter: memory,
      });
    };
    this.limiters = {
      loginAccount: make('login-account', config.LOGIN_RATE_LIMIT, 60),
      loginIp: make('login-ip', config.LOGIN_RATE_LIMIT * 3, 60),
      signupIp: make('signup-ip', config.SIGNUP_RATE_LIMIT, 3600),
      // Reset emails: a few per address per hour (no mail bombing), more per IP.
      resetEmail: make('reset-email', 3, 3600),
      resetIp: make('reset-ip', 20, 3600),
      // Invitation lookups and accepts, and reset submissions: codes are 256-bit, this only keeps scanners slow.
      codeIp: make('code-ip', 30, 900),
    };
  }

  /** Counts one attempt; throws a 429 once the allowance is spent. */
  async consume(name: LimitName, key: string, message: string): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (err) {
      if (err instanceof RateLimiterRes) throw new RateLimitedError(message, Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
      throw err;
    }
  }

  /** Throws a 429 if the allowance is already spent, without counting this attempt. */
  async check(name: LimitName, key: string, message: string): Promise<void> {
    const limiter = this.limiters[name];
    const res = await limiter.get(key);
    if (res && res.consumedPoints >= limiter.points) throw new RateLimitedError(message, Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
  }

  /** Counts a failure without throwing (the caller answers with its own error). */
  async penalize(name: LimitName, key: string): Promise<void> {
    await this.limiters[name].penalty(key, 1).catch(() => undefined);
  }

  /** Gives one attempt back (a successful login does not count against its IP). */
  async reward(name: LimitName, key: string): Promise<void> {
    await this.limiters[name].reward(key, 1).catch(() => undefined);
  }

  async reset(name: LimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key).catch(() => undefined);
  }
}
