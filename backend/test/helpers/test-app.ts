import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { TEST_CLOCK_ENV } from '../setup/test-clock';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  /** Logs in and returns an access token. */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

import { GENEROUS_LIMITS } from './harness-limits';

/** A real app (real PostgreSQL, real HTTP server on a random port) for integration tests. */
export async function createTestApp(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    ENVIRONMENT: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    SECRET_KEY: 'test-secret-key-0123456789abcdef',
    DATA_DIR: `${require('node:os').tmpdir()}/tajer-test-data-${process.pid}`,
    // Suites send thousands of requests and messages from one address: the limits have their own tests.
    ...GENEROUS_LIMITS,
    ...TEST_CLOCK_ENV,
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer();
  const http = () => request(server);
  return {
    app,
    config,
    http: http as any,
    async login(email, password = 'demo') {
      const res = await request(server).post('/api/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    close: () => app.close(),
  };
}
