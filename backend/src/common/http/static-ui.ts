import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { static as serveStatic, type NextFunction, type Request, type Response } from 'express';
import { extname } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The UI build writes a .br and a .gz next to every text asset: serve those to browsers that accept them (compressed
 * once at build time, not on every request) — about 4x less to download on a phone connection.
 */
export function precompressed(dir: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const type = TYPES[extname(req.path)];
    if (!type || req.path.includes('..')) return next();
    const accepts = String(req.headers['accept-encoding'] ?? '');
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      const file = join(dir, `${req.path}${suffix}`);
      if (!new RegExp(`\\b${encoding}\\b`).test(accepts) || !existsSync(file)) continue;
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Type', type);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      return res.sendFile(file);
    }
    next();
  };
}

/** Paths that are never the UI's: the API, sockets, metrics, the OpenAI-compatible API and MCP. */
const NOT_UI = /^\/(api|socket\.io|metrics|v1|mcp)(\/|$)/;

/** Where the built chat UI lives (same from src/ under ts-node/jest and from dist/ in production). */
export const CHAT_UI_DIST = resolve(__dirname, '../../../../chat-ui/dist');

/**
 * Serves the built chat UI on the same origin as the API: hashed assets with long caching, and index.html for any
 * other GET that isn't API, socket or metrics traffic (client-side routes like /support, /feedback).
 */
export function serveChatUi(app: NestExpressApplication, dir = CHAT_UI_DIST): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(precompressed(dir));
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d' });
  // Not for API traffic: the file lookup (a stat per request) was a measurable share of a cheap API request's CPU.
  const files = serveStatic(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => (NOT_UI.test(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || NOT_UI.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (/\bbr\b/.test(accepts) && existsSync(`${index}.br`)) {
      res.setHeader('Content-Encoding', 'br');
      res.setHeader('Content-Type', TYPES['.html']);
      return res.sendFile(`${index}.br`);
    }
    res.sendFile(index);
  });
  return true;
}
