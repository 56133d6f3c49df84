/**
 * The request log: with LOG_LEVEL=info every request is one JSON line (request id, method, route without the query,
 * status, tenant and user); with LOG_LEVEL=warn there is none (pino-http is told to skip building it), while the
 * response still carries its X-Request-Id.
 */
import { Managed, startBackend } from '../helpers/processes';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { login, SECRET } from '../faults/lib';

/** The fields of a pino-http line this suite reads. */
interface LogLine {
  req?: { id?: string };
  tenantId?: unknown;
  userId?: unknown;
  responseTime?: unknown;
}

describe('request log lines', () => {
  let db: TestDatabase;
  let info: Managed;
  let warn: Managed;

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, SECRET_KEY: SECRET, DATA_DIR: `/tmp/tajer-request-log-${process.pid}` };
    [info, warn] = await Promise.all([startBackend({ ...env, LOG_LEVEL: 'info' }), startBackend({ ...env, LOG_LEVEL: 'warn' })]);
  }, 150_000);

  afterAll(async () => {
    await Promise.all([info?.stop(), warn?.stop()]);
    await db?.drop();
  });

  const lineOf = (output: string, id: string) =>
    output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as LogLine)
      .find((l) => l.req?.id === id);

  async function get(server: Managed, id: string): Promise<Response> {
    const token = await login(server.url, 'owner@demo.dz');
    return fetch(`${server.url}/api/dashboard/stats?period=month`, { headers: { Authorization: `Bearer ${token}`, 'X-Request-Id': id } });
  }

  it('writes one line per request at info, with who asked and the answer', async () => {
    const res = await get(info, 'req-log-info-1');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-log-info-1');
    let line: LogLine | undefined;
    for (let i = 0; i < 50 && !line; i++) {
      await new Promise((r) => setTimeout(r, 100));
      line = lineOf(info.output(), 'req-log-info-1');
    }
    expect(line).toMatchObject({
      level: 30,
      req: { id: 'req-log-info-1', method: 'GET', url: '/api/dashboard/stats' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(typeof line!.tenantId).toBe('string');
    expect(typeof line!.userId).toBe('string');
    expect(typeof line!.responseTime).toBe('number');
    expect(JSON.stringify(line)).not.toContain('authorization');
  });

  it('writes none at warn, and the answer still carries its request id', async () => {
    const res = await get(warn, 'req-log-warn-1');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('req-log-warn-1');
    // A line at info would have been written by now on the other server (same process start, same request).
    await new Promise((r) => setTimeout(r, 1000));
    expect(lineOf(warn.output(), 'req-log-warn-1')).toBeUndefined();
  });
});
