import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger, PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureImageLimits } from './attachments/image-limits';
import { s3DownloadOrigin } from './attachments/s3-config';
import { answerClientError } from './common/http/client-errors';
import { answerFrameworkError, requestIdOf, TajerFastifyAdapter, useJsonBodies } from './common/http/fastify-setup';
import { documentRouteAccess } from './auth/route-access';
import { serveChatUi } from './common/http/static-ui';
import { rejectInvalidText } from './common/validation/text-guard';
import { useRequestLog } from './common/http/request-log';
import { recordHttpMetrics } from './observability/http-metrics.middleware';
import { MetricsService } from './observability/metrics.service';
import type { AppConfig } from './config/app-config';

/**
 * Where the UI may connect: its own origin (HTTP and the chat's WebSocket), PUBLIC_URL's and the CORS origins
 * configured — not any host (a script injected into the page could otherwise send data anywhere).
 */
export function connectSources(config: Pick<AppConfig, 'PUBLIC_URL' | 'corsOrigins'>): string[] {
  const origins = [config.PUBLIC_URL, ...config.corsOrigins].flatMap((o) => (o && URL.canParse(o) ? [new URL(o).origin] : []));
  const sockets = origins.map((o) => o.replace(/^http/, 'ws'));
  return [...new Set(["'self'", ...origins, ...sockets])];
}

/** Builds the configured Nest application (used by main.ts and by the integration tests). */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  configureImageLimits(config);
  // Fastify, not Express: an empty Nest handler costs 1.7x bare Node's CPU per request on Fastify against 6-10x on
  // Express (bench/README.md, seventh pass).
  const adapter = new TajerFastifyAdapter({
    // Behind the ingress: the client's address and protocol come from X-Forwarded-* only when a private hop sent them.
    trustProxy: 'loopback,linklocal,uniquelocal',
    bodyLimit: 1024 * 1024,
    genReqId: requestIdOf,
    // Requests Node's parser refuses (URL or headers too large, garbage) get the API's JSON error body too.
    clientErrorHandler: answerClientError,
    // The router's own 400s (a path whose %-escapes are not UTF-8) get the API's JSON error body as well.
    frameworkErrors: answerFrameworkError,
    // Uploads are read by the upload interceptors (attachments/image-upload.ts, imports/table-upload.ts).
    multipart: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  useRequestLog(fastify, await app.resolve(PinoLogger), ['trace', 'debug', 'info'].includes(config.LOG_LEVEL));
  recordHttpMetrics(fastify, app.get(MetricsService));
  // Every answer names its request (taken from X-Request-Id when a proxy set one): errors' bodies carry it too.
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header('X-Request-Id', req.id);
    done();
  });
  useJsonBodies(app);
  fastify.addHook('preValidation', rejectInvalidText);
  // With S3 storage, attachment downloads redirect to the bucket's presigned URLs: the UI fetches the images there.
  const bucket = [s3DownloadOrigin(config)].filter((o): o is string => !!o);
  // helmet's middleware built once, its headers set on every answer. @fastify/helmet built it anew on every request
  // (the CSP parsed, the middlewares assembled: 4 % of a cached dashboard read when profiled, two async hooks).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'connect-src': [...connectSources(config), ...bucket] },
    },
    crossOriginEmbedderPolicy: false,
  });
  fastify.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)));
  app.enableCors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: true });
  // The OpenAI-compatible API and the MCP endpoint live where their clients look for them: /v1/… and /mcp.
  app.setGlobalPrefix('api', { exclude: ['metrics', 'v1/{*path}', 'mcp'] });

  if (config.REDIS_URL) {
    // Loaded only with Redis: the Socket.IO Redis adapter and ioredis are not needed by a single instance.
    const { RedisIoAdapter } = await import('./chat/redis-io.adapter');
    app.useWebSocketAdapter(new RedisIoAdapter(app, config.REDIS_URL));
  }
  await serveChatUi(app);

  const docs = new DocumentBuilder()
    .setTitle('Tajer API')
    .setDescription(
      'REST API of Tajer, the chat-first business assistant for small shops. Authenticate with `Authorization: Bearer <token>` ' +
        '(a JWT from /api/auth/login or an API key) or `X-API-Key: <key>`. Errors are JSON: `{ statusCode, code, message, details?, requestId }`.',
    )
    .setVersion('1.0')
    .addBearerAuth()
    .addApiKey({ type: 'apiKey', name: 'X-API-Key', in: 'header' }, 'api-key')
    .build();
  const document = SwaggerModule.createDocument(app, docs);
  documentRouteAccess(app, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  await fastify.ready();
  return app;
}
