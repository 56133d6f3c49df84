import { parse, serialize, type SerializeOptions } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Browsers keep the refresh token in an httpOnly cookie that script can't read (an XSS can't steal a long-lived
 * session), SameSite=Strict and scoped to /api/auth (sent to no other route, nor from another site). API clients keep
 * receiving it in the JSON body.
 *
 * A browser asks for cookie mode with `X-Refresh-Transport: cookie` on login, sign-up, invitation accept and refresh:
 * the body then carries no refresh token. A refresh that read its token from the cookie also answers through the
 * cookie only (and needs the header, which a cross-site form can't send).
 */
export const REFRESH_COOKIE = 'tajer_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
export const TRANSPORT_HEADER = 'x-refresh-transport';

export function wantsCookie(req: FastifyRequest): boolean {
  return String(req.headers[TRANSPORT_HEADER] ?? '').toLowerCase() === 'cookie';
}

export function refreshCookieOf(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parse(header)[REFRESH_COOKIE] || undefined;
}

/** Over HTTPS (directly or behind the ingress, whose X-Forwarded-Proto is trusted) the cookie is never sent in clear. */
function cookieOptions(req: FastifyRequest, publicUrl?: string): SerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https' || !!publicUrl?.startsWith('https:'),
    path: REFRESH_COOKIE_PATH,
  };
}

/** Appends a Set-Cookie (written as Express's res.cookie wrote it: Max-Age and Expires). */
function appendCookie(res: FastifyReply, value: string): void {
  const current = res.getHeader('set-cookie');
  res.header('set-cookie', [...(current === undefined ? [] : Array.isArray(current) ? current : [String(current)]), value]);
}

export function setRefreshCookie(req: FastifyRequest, res: FastifyReply, token: string, maxAgeMs: number, publicUrl?: string): void {
  const options = { ...cookieOptions(req, publicUrl), maxAge: Math.floor(maxAgeMs / 1000), expires: new Date(Date.now() + maxAgeMs) };
  appendCookie(res, serialize(REFRESH_COOKIE, token, options));
}

export function clearRefreshCookie(req: FastifyRequest, res: FastifyReply, publicUrl?: string): void {
  appendCookie(res, serialize(REFRESH_COOKIE, '', { ...cookieOptions(req, publicUrl), expires: new Date(0) }));
}

/** "15m", "30d", "3600" (seconds, like jsonwebtoken) → milliseconds. */
export function durationMs(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|y)?$/i.exec(value.trim());
  if (!m) throw new Error(`Unreadable duration "${value}" (use e.g. 15m, 12h, 30d)`);
  const unit = (m[2] ?? 's').toLowerCase();
  const factor: Record<string, number> = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3, y: 365.25 * 86400e3 };
  return Math.round(Number(m[1]) * factor[unit]);
}
