import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AUTH_REDIS, type AuthRedis } from './auth-redis';
import type { Principal } from './principal';
import { RateLimitedError } from './rate-limits';

type Scope = 'ip' | 'user' | 'key' | 'tenant';

/**
 * Request and chat-turn allowances, per client IP, per user, per API key and per business, counted over a minute and
 * shared by every instance through Redis when REDIS_URL is set (each instance falls back to its own counters while
 * Redis is away). Past an allowance: 429 with Retry-After (HTTP) or a RATE_LIMITED chat error with retryAfterSeconds.
 */
@Injectable()
export class RequestLimits {
  private readonly http: Record<Scope, RateLimiterAbstract>;
  private readonly turns: Record<Exclude<Scope, 'ip'>, RateLimiterAbstract>;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(AUTH_REDIS) redis: AuthRedis | null) {
    const make = (keyPrefix: string, points: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: 60 });
      if (!redis) return memory;
      return new RateLimiterRedis({
        storeClient: redis.client,
        keyPrefix: `tajer:rl:${keyPrefix}`,
        points,
        duration: 60,
        insuranceLimiter: memory,
      });
    };
    this.http = {
      ip: make('http-ip', config.RATE_LIMIT_IP),
      user: make('http-user', config.RATE_LIMIT_USER),
      key: make('http-key', config.RATE_LIMIT_API_KEY),
      tenant: make('http-tenant', config.RATE_LIMIT_TENANT),
    };
    this.turns = {
      user: make('turn-user', config.TURN_RATE_USER),
      key: make('turn-key', config.TURN_RATE_API_KEY),
      tenant: make('turn-tenant', config.TURN_RATE_TENANT),
    };
  }

  /** One HTTP request: counted per IP, and per user or key and per business once authenticated. */
  async request(ip: string | undefined, principal: Principal | null): Promise<void> {
    const checks: [RateLimiterAbstract, string, string][] = [];
    if (ip) checks.push([this.http.ip, ip, 'Too many requests from this address']);
    if (principal?.apiKeyId) checks.push([this.http.key, principal.apiKeyId, 'Too many requests with this API key']);
    else if (principal?.userId) checks.push([this.http.user, principal.userId, 'Too many requests from this account']);
    if (principal?.tenantId) checks.push([this.http.tenant, principal.tenantId, 'Too many requests for this business']);
    await this.consume(checks);
  }

  /** One chat turn (socket, REST, any channel): per user or key, and per business. */
  async turn(principal: Principal): Promise<void> {
    const checks: [RateLimiterAbstract, string, string][] = [];
    if (principal.apiKeyId) checks.push([this.turns.key, principal.apiKeyId, 'Too many messages with this API key']);
    else if (principal.userId) checks.push([this.turns.user, principal.userId, 'Too many messages: wait a moment before sending more']);
    if (principal.tenantId) checks.push([this.turns.tenant, principal.tenantId, 'Too many messages for this business right now']);
    await this.consume(checks);
  }

  private async consume(checks: [RateLimiterAbstract, string, string][]): Promise<void> {
    for (const [limiter, key, message] of checks) {
      try {
        await limiter.consume(key);
      } catch (err) {
        if (err instanceof RateLimiterRes) throw new RateLimitedError(message, Math.max(1, Math.ceil(err.msBeforeNext / 1000)));
        throw err;
      }
    }
  }
}
