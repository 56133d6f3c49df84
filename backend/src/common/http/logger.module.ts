import { join } from 'node:path';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';
import { requestIdOf } from './fastify-setup';

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
  // pino-http (a Nest middleware: it sees the Node request and response) writes one line per request at `info`. Below that (LOG_LEVEL warn, error, silent) the line is never
  // written, yet pino-http would still build it — the user and tenant bound to a new child logger, serialised — before
  // the level check drops it: 'silent' skips that work on every request. The lines written at info and below are the
  // same as before.
  const requestLines = ['trace', 'debug', 'info'].includes(config.LOG_LEVEL);
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      customLogLevel: () => (requestLines ? 'info' : 'silent'),
      transport: config.LOG_LEVEL === 'silent' ? undefined : { targets },
      // The id Fastify gave the request (pino-http takes it from the Node request; the response's X-Request-Id is
      // set in app.factory.ts).
      genReqId: (req) => requestIdOf(req),
      // Compact request lines: method, route and status are what an operator reads; headers are noise (and risk).
      serializers: {
        req: (req: any) => ({ id: req.id, method: req.method, url: String(req.url).replace(/\?.*$/, '') }),
        res: (res: any) => ({ statusCode: res.statusCode }),
      },
      customProps: (req: any) => ({ tenantId: req.principal?.tenantId, userId: req.principal?.userId }),
      // Never log credentials or bodies (they hold the shop's data and chat text).
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], remove: true },
      autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/metrics' },
    },
  });
}
