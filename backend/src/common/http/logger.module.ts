import { join } from 'node:path';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';

/**
 * Structured JSON logs with pino. Every line of a request carries its id (taken from X-Request-Id when a proxy set
 * one). With LOG_DIR, logs also go to daily-rotated files.
 */
export function loggerModule(config: AppConfig) {
  const targets: any[] = [{ target: 'pino/file', options: { destination: 1 }, level: config.LOG_LEVEL }];
  if (config.LOG_DIR) {
    targets.push({
      target: 'pino-roll',
      options: {
        file: join(config.LOG_DIR, 'tajer'),
        frequency: 'daily',
        size: '50m',
        mkdir: true,
        extension: '.log',
        limit: { count: 14 },
      },
      level: config.LOG_LEVEL,
    });
  }
  // The request lines are written by Fastify hooks (request-log.ts), not by pino-http as a Nest middleware: no route
  // is given to the middleware. pino-http still builds the one root logger (its transport, level and serializers),
  // which the hooks and every service log through.
  return LoggerModule.forRoot({
    forRoutes: [],
    pinoHttp: {
      level: config.LOG_LEVEL,
      transport: config.LOG_LEVEL === 'silent' ? undefined : { targets },
      // Compact request lines: method, route and status are what an operator reads; headers are noise (and risk).
      serializers: {
        req: (req: any) => ({ id: req.id, method: req.method, url: String(req.url).replace(/\?.*$/, '') }),
        res: (res: any) => ({ statusCode: res.statusCode }),
      },
      // Never log credentials or bodies (they hold the shop's data and chat text).
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], remove: true },
    },
  });
}
