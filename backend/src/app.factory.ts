import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { serveChatUi } from './common/http/static-ui';
import { RedisIoAdapter } from './chat/redis-io.adapter';
import { httpMetricsMiddleware } from './observability/http-metrics.middleware';
import { MetricsService } from './observability/metrics.service';
import type { AppConfig } from './config/app-config';

/** Builds the configured Nest application (used by main.ts and by the integration tests). */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, bodyParser: true });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(httpMetricsMiddleware(app.get(MetricsService)));
  app.useBodyParser('json', { limit: '1mb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'connect-src': ["'self'", 'ws:', 'wss:'] },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.enableCors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: true });
  // The OpenAI-compatible API and the MCP endpoint live where their clients look for them: /v1/… and /mcp.
  app.setGlobalPrefix('api', { exclude: ['metrics', 'v1/{*path}', 'mcp'] });

  if (config.REDIS_URL) app.useWebSocketAdapter(new RedisIoAdapter(app, config.REDIS_URL));
  serveChatUi(app);

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
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
