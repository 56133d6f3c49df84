import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Where the built chat UI lives (same from src/ under ts-node/jest and from dist/ in production). */
export const CHAT_UI_DIST = resolve(__dirname, '../../../../chat-ui/dist');

/**
 * Serves the built chat UI on the same origin as the API: hashed assets with long caching, and index.html for any
 * other GET that isn't API, socket or metrics traffic (client-side routes like /support, /feedback).
 */
export function serveChatUi(app: NestExpressApplication, dir = CHAT_UI_DIST): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d' });
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || /^\/(api|socket\.io|metrics)(\/|$)/.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
