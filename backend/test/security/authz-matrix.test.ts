/**
 * Authorization matrix, generated: every documented operation × {no token, expired token, disabled user, another
 * business's owner, STAFF, SUPPORT, read-only key, read+write key} answers what the operation's declared access says
 * (lib/expectations.ts). Refused callers never reach validation (the guard runs first), so allowed calls send an
 * invalid body and random ids: nothing is written. The other business's owner aims at real records of the demo
 * business (found through the list operations) and must get 404; the lists it reads must not contain any of them.
 */
import sharp from 'sharp';
import { createTestApp, TestApp } from '../helpers/test-app';
import { baseUrlOf } from '../helpers/chat-client';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { Caller, CALLERS, Credentials, makeCredentials } from './lib/principals';
import { Expected, expectedFor, matches } from './lib/expectations';
import { baseBody, baseHeaders, baseQuery, fillPath, Operation, operationsOf } from './lib/openapi';

let db: TestDatabase;
let app: TestApp;
let base: string;
let ops: Operation[];
let creds: Credentials;
/** Demo records no list operation hands out to the owner (their parent path → an id). */
const fixtures: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  app = await createTestApp(db.url);
  base = baseUrlOf(app.app);
  ops = operationsOf((await app.http().get('/api/docs-json')).body);
  creds = await makeCredentials(app);
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#123456' } })
    .png()
    .toBuffer();
  const upload = await app.http().post('/api/attachments').set('Authorization', `Bearer ${creds.owner}`).attach('file', png, 'a.png');
  fixtures['/api/attachments'] = upload.body.id;
  const chat = await app
    .http()
    .post('/api/ai/chat')
    .set('Authorization', `Bearer ${creds.owner}`)
    .send({ message: 'combien de semoule ?' });
  fixtures['/api/feedback/messages'] = chat.body.messageId;
  fixtures['/api/conversations'] = chat.body.conversationId;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

async function call(op: Operation, caller: Caller, opts: { ids?: Record<string, string>; validBody?: boolean } = {}) {
  const token = creds[caller];
  const query = new URLSearchParams(baseQuery(op)).toString();
  const url = `${base}${fillPath(op, opts.ids)}${query ? `?${query}` : ''}`;
  const hasBody = op.method !== 'GET' && op.method !== 'DELETE';
  const body = opts.validBody ? baseBody(op) : { __matrix: true };
  const res = await fetch(url, {
    method: op.method,
    headers: {
      ...baseHeaders(op),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
    },
    body: hasBody ? JSON.stringify(body ?? {}) : undefined,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return { status: res.status, text };
}

/** Real ids of the demo business for each path parameter, found through the operation's list (GET on the parent path). */
async function demoRecordIds(op: Operation): Promise<Record<string, string> | null> {
  const names = op.params.filter((p) => p.in === 'path').map((p) => p.name);
  if (!names.length) return null;
  const parentPath = op.path.slice(0, op.path.indexOf(`/{${names[0]}}`));
  if (fixtures[parentPath]) return { [names[0]]: fixtures[parentPath] };
  const list = ops.find((o) => o.method === 'GET' && o.path === parentPath);
  if (!list) return null;
  const caller: Caller = list.access.roles && !list.access.roles.includes('OWNER') ? 'support' : 'owner';
  const res = await fetch(`${base}${parentPath}`, { headers: { authorization: `Bearer ${creds[caller]}` } });
  if (res.status !== 200) return null;
  const body = await res.json();
  const items: any[] = Array.isArray(body) ? body : (body.items ?? []);
  const demoTenant = await db.prisma.tenant
    .findUniqueOrThrow({ where: { slug: 'demo-superette' }, select: { id: true } })
    .catch(() => null);
  const mine = items.find(
    (i) => i?.id && (!i.tenantId || i.tenantId === demoTenant?.id) && (!i.tenant?.id || i.tenant.id === demoTenant?.id),
  );
  return mine ? { [names[0]]: mine.id } : null;
}

describe('authorization matrix (every operation × every kind of caller)', () => {
  it('answers each caller what the operation declares', async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const op of ops) {
      for (const caller of CALLERS) {
        const expected = expectedFor(op.access, caller);
        if (op.access.public) continue;
        const res = await call(op, caller);
        cells++;
        if (!matches(expected, res.status))
          wrong.push(`${op.method} ${op.path} as ${caller}: expected ${expected}, got ${res.status} ${res.text.slice(0, 160)}`);
      }
    }
    process.stdout.write(
      `[authz-matrix] ${cells} cells (${ops.filter((o) => !o.access.public).length} operations × ${CALLERS.length} callers)\n`,
    );
    expect(wrong).toEqual([]);
  }, 600_000);

  it("never lets another business's owner reach the demo business's records", async () => {
    const wrong: string[] = [];
    const seenIds = new Set<string>();
    let checked = 0;
    const aimed: string[] = [];
    for (const op of ops) {
      if (op.access.public) continue;
      const ids = await demoRecordIds(op);
      if (!ids) continue;
      Object.values(ids).forEach((id) => seenIds.add(id));
      const expected: Expected = expectedFor(op.access, 'otherTenant', true);
      const res = await call(op, 'otherTenant', { ids, validBody: true });
      checked++;
      aimed.push(`${op.method} ${op.path}`);
      if (!matches(expected, res.status))
        wrong.push(`${op.method} ${op.path} with a demo record: expected ${expected}, got ${res.status} ${res.text.slice(0, 160)}`);
    }
    // The lists the other owner may read hold none of the demo records.
    for (const op of ops.filter((o) => o.method === 'GET' && !o.path.includes('{') && !o.access.public)) {
      if (expectedFor(op.access, 'otherTenant') !== 'allowed') continue;
      const res = await call(op, 'otherTenant');
      for (const id of seenIds) if (res.text.includes(id)) wrong.push(`${op.path} shows the demo record ${id} to another business`);
    }
    process.stdout.write(`[authz-matrix] ${checked} operations aimed at another business's records: ${aimed.join(', ')}\n`);
    expect(checked).toBeGreaterThan(15);
    expect(wrong).toEqual([]);
  }, 300_000);
});
