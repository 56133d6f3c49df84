/**
 * Runs in its own process (spawned by sentry.test.ts): Sentry.init patches process-wide hooks (pg, http, uncaught
 * exceptions) that must not leak into the other test files sharing Jest's process. Starts the real app with
 * SENTRY_DSN pointing at the test's local HTTP server, makes a real route fail the way a bug would, and prints what
 * the client saw as JSON on its last line.
 */
import * as Sentry from '@sentry/node';
import { ConversationsService } from '../../src/conversations/conversations.service';
import { initSentry } from '../../src/observability/sentry';
import { createTestApp } from '../helpers/test-app';

async function main() {
  const t = await createTestApp(process.env.PROBE_DATABASE_URL!, { SENTRY_DSN: process.env.PROBE_SENTRY_DSN! });
  await initSentry(t.config);
  const token = await t.login('owner@demo.dz');
  t.app.get(ConversationsService).list = () => {
    throw new Error('database exploded');
  };
  const res = await t
    .http()
    .get(`/api/conversations?q=${encodeURIComponent(process.env.PROBE_SECRET_TEXT!)}`)
    .set('Authorization', `Bearer ${token}`)
    .set('X-Request-Id', 'req-sentry-42')
    .set('Cookie', 'session=topsecret');
  await Sentry.flush(5000);
  await t.close();
  process.stdout.write(`\n${JSON.stringify({ status: res.status, body: res.body, token, secretKey: t.config.secretKey })}\n`);
  await Sentry.close(2000);
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(String(err?.stack ?? err));
  process.exit(1);
});
