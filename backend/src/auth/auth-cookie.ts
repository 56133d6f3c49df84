import { parse } from 'cookie';
import type { Request, Response } from 'express';

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

export function wantsCookie(req: Request): boolean {
  return String(req.headers[TRANSPORT_HEADER] ?? '').toLowerCase() === 'cookie';
}

export function refreshCookieOf(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parse(header)[REFRESH_COOKIE] || undefined;
}

export function setRefreshCookie(req: Request, res: Response, token: string, maxAgeMs: number, publicUrl?: string): void {
  res.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    // Over HTTPS (directly or behind the ingress) the cookie is never sent in clear.
    secure: req.secure || !!publicUrl?.startsWith('https:'),
    path: REFRESH_COOKIE_PATH,
    maxAge: maxAgeMs,
  });
}

export function clearRefreshCookie(req: Request, res: Response, publicUrl?: string): void {
  res.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure || !!publicUrl?.startsWith('https:'),
    path: REFRESH_COOKIE_PATH,
  });
}

/** "15m", "30d", "3600" (seconds, like jsonwebtoken) → milliseconds. */
export function durationMs(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w|y)?$/i.exec(value.trim());
  if (!m) throw new Error(`Unreadable duration "${value}" (use e.g. 15m, 12h, 30d)`);
  const unit = (m[2] ?? 's').toLowerCase();
  const factor: Record<string, number> = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3, y: 365.25 * 86400e3 };
  return Math.round(Number(m[1]) * factor[unit]);
}
