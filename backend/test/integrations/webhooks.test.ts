import { BusinessEvents } from '../../src/events/business-events';
import { SaleEvents } from '../../src/events/sale-events';
import { WebhookSubscribers } from '../../src/webhooks/webhook-subscribers';
import { WebhookDispatcher } from '../../src/webhooks/webhook-dispatcher';
import { BullQueue } from '../../src/webhooks/webhook-queue';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { createTestApp, TestApp } from '../helpers/test-app';
import { HttpsReceiver } from '../helpers/https-receiver';
import { hasBinary, Managed, startRedis } from '../helpers/processes';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const MIN = 60_000;
const HOUR = 3600_000;

describe('webhooks: signed deliveries to a real HTTPS receiver (PostgreSQL queue)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let receiver: HttpsReceiver;
  let owner: string;
  let dispatcher: WebhookDispatcher;
  let events: BusinessEvents;

  beforeAll(async () => {
    db = await createTestDatabase();
    receiver = await new HttpsReceiver().init();
    // WEBHOOK_POLL_MS=0: no background worker; the test runs the deliveries, at the times it chooses.
    t = await createTestApp(db.url, { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_CA_FILE: receiver.caFile, WEBHOOK_POLL_MS: '0' });
    owner = await t.login('owner@demo.dz');
    dispatcher = t.app.get(WebhookDispatcher);
    events = t.app.get(BusinessEvents);
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.stop();
    await db?.drop();
  });

  async function register(path: string, eventTypes: string[], token = owner) {
    const res = await t
      .http()
      .post('/api/webhooks')
      .set(bearer(token))
      .send({ url: receiver.url(path), events: eventTypes, description: path })
      .expect(201);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    receiver.secrets.set(path, res.body.secret);
    return res.body as { id: string; secret: string };
  }
  const expense = (amount: number, token = owner) =>
    t
      .http()
      .post('/api/expenses')
      .set(bearer(token))
      .send({ amount, category: 'transport', description: `livraison ${amount}` })
      .expect(201);
  const deliveriesOf = async (endpointId: string) =>
    (await t.http().get(`/api/webhooks/${endpointId}/deliveries`).set(bearer(owner)).expect(200)).body;

  it('registers HTTPS endpoints (secret shown once) and signs each delivery per Standard Webhooks', async () => {
    const hook = await register('signed', ['expense.created']);
    const listed = await t.http().get('/api/webhooks').set(bearer(owner)).expect(200);
    expect(listed.body.find((h: any) => h.id === hook.id)).toMatchObject({
      url: receiver.url('signed'),
      events: ['expense.created'],
      enabled: true,
    });
    expect(JSON.stringify(listed.body)).not.toContain(hook.secret);

    const created = await expense(1800);
    await events.settled();
    expect(await dispatcher.processDue()).toBe(1);
    const got = receiver.received.filter((r) => r.payload.data?.expenseId === created.body.id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ verified: true, status: 204 });
    expect(got[0].id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(got[0].signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(Math.abs(Number(got[0].timestamp) - Date.now() / 1000)).toBeLessThan(300);
    expect(got[0].payload).toMatchObject({ type: 'expense.created', data: { amount: 1800, currency: 'DZD', category: 'transport' } });

    const log = await deliveriesOf(hook.id);
    expect(log.items[0]).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 204,
      event: { id: got[0].id, type: 'expense.created' },
    });
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('a receiver that is down for a while gets every event exactly once after it returns', async () => {
    const hook = await register('flaky', ['expense.created']);
    await receiver.stop();
    const ids = [];
    for (const amount of [310, 320, 330]) ids.push((await expense(amount)).body.id);
    await events.settled();

    const t0 = Date.now();
    await dispatcher.processDue(new Date(t0 + 1000)); // first attempts: connection refused
    await dispatcher.processDue(new Date(t0 + 5 * MIN)); // first retry (30 s ±20 %): still down
    await dispatcher.processDue(new Date(t0 + 12 * MIN)); // second retry (1 min): still down
    let log = await deliveriesOf(hook.id);
    expect(log.items).toHaveLength(3);
    for (const d of log.items) {
      expect(d).toMatchObject({ status: 'pending', attempts: 3 });
      expect(d.log.map((a: any) => a.error)).toEqual([
        expect.stringMatching(/ECONNREFUSED/),
        expect.stringMatching(/ECONNREFUSED/),
        expect.stringMatching(/ECONNREFUSED/),
      ]);
    }

    await receiver.start(); // back on the same port
    await dispatcher.processDue(new Date(t0 + 3 * HOUR));
    await dispatcher.processDue(new Date(t0 + 30 * HOUR)); // nothing left to send
    const accepted = receiver.accepted();
    const forHook = [...accepted.values()].filter((list) => ids.includes(list[0].payload.data.expenseId));
    expect(forHook).toHaveLength(3);
    for (const list of forHook) expect(list).toHaveLength(1);
    expect(forHook.every(([r]) => r.verified)).toBe(true);
    log = await deliveriesOf(hook.id);
    expect(log.items.map((d: any) => [d.status, d.attempts])).toEqual([
      ['succeeded', 4],
      ['succeeded', 4],
      ['succeeded', 4],
    ]);
    const metrics = (await t.http().get('/metrics').expect(200)).text;
    expect(Number(/webhook_attempts_total\{outcome="retry"\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(9);
    expect(Number(/webhook_attempts_total\{outcome="delivered"\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(3);
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('is idempotent by event id: the same fact emitted twice is delivered once', async () => {
    const hook = await register('idem', ['sale.created']);
    const { tenantId } = await db.prisma.user.findFirstOrThrow({ where: { email: 'owner@demo.dz' } });
    const sale = {
      saleId: 'sale-42',
      total: 450,
      currency: 'DZD',
      soldAt: new Date().toISOString(),
      source: 'api',
      lines: [{ productId: 'p1', quantity: 3, unitPrice: 150 }],
    };
    const first = events.emit(tenantId!, 'sale.created', sale, 'sale-42');
    const second = events.emit(tenantId!, 'sale.created', sale, 'sale-42');
    expect(second.id).toBe(first.id);
    await events.settled();
    await dispatcher.processDue();
    expect(receiver.received.filter((r) => r.id === first.id)).toHaveLength(1);
    expect((await deliveriesOf(hook.id)).total).toBe(1);
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('turns a recorded sale into sale.created, and stock.low / stock.out for the products it took across a threshold', async () => {
    const hook = await register('sales', ['sale.created', 'stock.low', 'stock.out']);
    const semoule = await db.prisma.product.findFirstOrThrow({
      where: { sku: 'EPI-001', tenant: { users: { some: { email: 'owner@demo.dz' } } } },
    });
    const { tenantId } = semoule;
    const sale = {
      id: 'sale-77',
      total: 3 * 1250,
      currency: 'DZD',
      soldAt: '2026-11-18T09:30:00.000Z',
      paymentMethod: 'cash',
      customer: null,
      lines: [{ product: { id: semoule.id, names: { fr: semoule.nameFr } }, quantity: 3, unitPrice: 1250 }],
    };
    const saleEvents = t.app.get(SaleEvents);
    await saleEvents.saleRecorded(tenantId, sale, 'api', [{ productId: semoule.id, stockBefore: 21, stockAfter: 18 }]);
    await saleEvents.saleRecorded(tenantId, sale, 'api', [{ productId: semoule.id, stockBefore: 21, stockAfter: 18 }]); // a retried call: same events
    await events.settled();
    await dispatcher.processDue();
    const got = receiver.received.filter((r) => r.path === 'sales');
    expect(got.map((r) => r.payload.type).sort()).toEqual(['sale.created', 'stock.low']);
    expect(got.every((r) => r.verified)).toBe(true);
    expect(got.find((r) => r.payload.type === 'sale.created')!.payload.data).toEqual({
      saleId: 'sale-77',
      total: 3750,
      currency: 'DZD',
      soldAt: '2026-11-18T09:30:00.000Z',
      paymentMethod: 'cash',
      customerId: null,
      source: 'api',
      lines: [{ productId: semoule.id, name: semoule.nameFr, quantity: 3, unitPrice: 1250 }],
    });
    expect(got.find((r) => r.payload.type === 'stock.low')!.payload.data).toMatchObject({
      stockBefore: 21,
      stockAfter: 18,
      reorderThreshold: 20,
      cause: { type: 'sale', id: `sale-77:${semoule.id}` },
    });
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('a sale recorded through POST /api/sales or a till import sends sale.created once (an idempotent retry sends nothing)', async () => {
    const hook = await register('rest-sales', ['sale.created']);
    const sale = { lines: [{ sku: 'CON-001', quantity: 1 }], paymentMethod: 'cash' };
    const first = await t.http().post('/api/sales').set(bearer(owner)).set('Idempotency-Key', 'webhook-sale-1').send(sale).expect(201);
    await t.http().post('/api/sales').set(bearer(owner)).set('Idempotency-Key', 'webhook-sale-1').send(sale).expect(200);
    const till = ['Date;N° ticket;Référence;Qté;PU', '18/11/2026;WH-1;CON-001;2;1250'].join('\n');
    await t.http().post('/api/sales/import').set(bearer(owner)).attach('file', Buffer.from(till, 'utf8'), 'till.csv').expect(200);
    await t.http().post('/api/sales/import').set(bearer(owner)).attach('file', Buffer.from(till, 'utf8'), 'till.csv').expect(200);
    await events.settled();
    await dispatcher.processDue();
    const got = receiver.received
      .filter((r) => r.path === 'rest-sales')
      .map((r) => r.payload.data as { saleId: string; source: string; total: number });
    expect(got.map((d) => d.source).sort()).toEqual(['api', 'till_import']);
    expect(got.find((d) => d.source === 'api')!.saleId).toBe(first.body.sale.id);
    expect(got.find((d) => d.source === 'till_import')!.total).toBe(2500);
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('emits stock.low and stock.out when a movement crosses the thresholds, and feedback.created', async () => {
    const hook = await register('stock', ['stock.low', 'stock.out', 'feedback.created']);
    const product = await db.prisma.product.findFirstOrThrow({
      where: { sku: 'EPI-001', tenant: { users: { some: { email: 'owner@demo.dz' } } } },
    });
    const move = (quantity: number) =>
      t
        .http()
        .post('/api/inventory/movements')
        .set(bearer(owner))
        .send({ sku: 'EPI-001', quantity, reason: 'test' })
        .expect((r) => expect(r.status).toBeLessThan(300));
    const above = product.stock - product.reorderThreshold; // e.g. 42 - 20 = 22
    await move(-(above - 1)); // still above the threshold: nothing
    await move(-2); // crosses it: stock.low
    await move(-1); // already low: nothing new
    const left = (await db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock;
    await move(-left); // reaches 0: stock.out
    await t.http().post('/api/feedback').set(bearer(owner)).send({ message: "L'export PDF ne marche pas", category: 'bug' }).expect(201);
    await events.settled();
    await dispatcher.processDue();
    await move(product.stock); // back to the seeded stock for the other tests
    const mine = receiver.received.filter((r) => r.path === 'stock');
    expect(mine.every((r) => r.verified)).toBe(true);
    expect(mine.map((r) => r.payload.type).sort()).toEqual(['feedback.created', 'stock.low', 'stock.out']);
    const low = mine.find((r) => r.payload.type === 'stock.low')!.payload.data;
    expect(low).toMatchObject({
      product: { id: product.id, sku: 'EPI-001' },
      reorderThreshold: product.reorderThreshold,
      cause: { type: 'stock_movement' },
    });
    expect(low.stockBefore).toBeGreaterThan(product.reorderThreshold);
    expect(low.stockAfter).toBeLessThanOrEqual(product.reorderThreshold);
    expect(mine.find((r) => r.payload.type === 'stock.out')!.payload.data).toMatchObject({ stockAfter: 0 });
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('emits approval.pending, approval.decided and conversation.completed from an assistant turn', async () => {
    const hook = await register('assistant', ['approval.pending', 'approval.decided', 'conversation.completed']);
    const { stock } = await db.prisma.product.findFirstOrThrow({
      where: { sku: 'EPI-001', tenant: { users: { some: { email: 'owner@demo.dz' } } } },
    });
    const turn = await t
      .http()
      .post('/v1/chat/completions')
      .set(bearer(owner))
      .send({ model: 'tajer', messages: [{ role: 'user', content: 'ajoute 30 semoule' }] })
      .expect(200);
    const [approval] = turn.body.tajer.approvals;
    await t
      .http()
      .post(`/api/approvals/${approval.toolCallId}`)
      .set(bearer(owner))
      .send({ decision: 'approve', edit: { quantity: 25 } })
      .expect(200);
    await events.settled();
    await dispatcher.processDue();
    const got = receiver.received.filter((r) => r.path === 'assistant');
    expect(got.every((r) => r.verified)).toBe(true);
    const byType = Object.fromEntries(got.map((r) => [r.payload.type, r.payload.data]));
    expect(byType['approval.pending']).toMatchObject({
      toolCallId: approval.toolCallId,
      conversationId: turn.body.tajer.conversationId,
      tool: 'inventory_adjust',
      proposal: { summary: expect.stringContaining(`${stock} → ${stock + 30}`) },
      approvePath: `/api/approvals/${approval.toolCallId}`,
    });
    expect(byType['conversation.completed']).toMatchObject({
      conversationId: turn.body.tajer.conversationId,
      channel: 'openai-api',
      status: 'completed',
      language: 'fr',
      tools: [{ name: 'inventory_adjust', status: 'awaiting_approval' }],
    });
    expect(byType['approval.decided']).toMatchObject({
      toolCallId: approval.toolCallId,
      decision: 'edited',
      outcome: 'applied',
      args: expect.objectContaining({ quantity: 25 }),
    });
    await t
      .http()
      .post('/api/inventory/movements')
      .set(bearer(owner))
      .send({ sku: 'EPI-001', quantity: -25, reason: 'test reset' })
      .expect((r) => expect(r.status).toBeLessThan(300));
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('retries for a day, then disables an endpoint that never succeeded; the owner re-enables it and redelivers', async () => {
    const hook = await register('down', ['expense.created']);
    receiver.respond = () => ({ status: 503 });
    const created = await expense(990);
    await events.settled();
    const t0 = Date.now();
    for (let h = 0; h <= 26; h++) await dispatcher.processDue(new Date(t0 + h * HOUR + 1000));
    const [delivery] = (await deliveriesOf(hook.id)).items;
    expect(delivery.status).toBe('failed');
    expect(delivery.attempts).toBeGreaterThanOrEqual(8);
    expect(delivery.log.every((a: any) => a.statusCode === 503 && a.error === 'HTTP 503' && a.response === 'nope')).toBe(true);
    const endpoint = (await t.http().get(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200)).body;
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: expect.stringContaining('no successful delivery for a day') });

    // Disabled: new events are not queued for it.
    await expense(991);
    await events.settled();
    expect((await deliveriesOf(hook.id)).total).toBe(1);

    receiver.respond = () => ({ status: 204 });
    await t.http().patch(`/api/webhooks/${hook.id}`).set(bearer(owner)).send({ enabled: true }).expect(200);
    await t.http().post(`/api/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`).set(bearer(owner)).expect(202);
    await dispatcher.processDue();
    const after = (await deliveriesOf(hook.id)).items[0];
    expect(after).toMatchObject({ status: 'succeeded', lastStatusCode: 204 });
    expect(receiver.accepted().get(delivery.event.id)?.[0].payload.data.expenseId).toBe(created.body.id);
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('never follows a redirect', async () => {
    const hook = await register('moved', ['expense.created']);
    receiver.respond = (r) =>
      r.payload.type ? { status: 302, headers: { Location: 'https://169.254.169.254/latest/meta-data/' } } : { status: 204 };
    await expense(120);
    await events.settled();
    await dispatcher.processDue();
    const [delivery] = (await deliveriesOf(hook.id)).items;
    expect(delivery).toMatchObject({ status: 'pending', lastStatusCode: 302, lastError: expect.stringContaining('redirect not followed') });
    expect(receiver.received.filter((r) => r.status === 302)).toHaveLength(1);
    receiver.respond = () => ({ status: 204 });
    await t.http().delete(`/api/webhooks/${hook.id}`).set(bearer(owner)).expect(200);
  });

  it('only the signed-in owner manages webhooks: not API keys (read or write), not staff, not other businesses', async () => {
    const keys = async (scopes: string[]) =>
      (
        await t
          .http()
          .post('/api/api-keys')
          .set(bearer(owner))
          .send({ name: `hooks ${scopes}`, scopes })
          .expect(201)
      ).body.key as string;
    const readKey = await keys(['read']);
    const writeKey = await keys(['read', 'write', 'mcp:write']);
    const body = { url: receiver.url('k'), events: ['sale.created'] };
    for (const call of [
      t.http().post('/api/webhooks').set(bearer(readKey)).send(body),
      t.http().get('/api/webhooks').set(bearer(readKey)),
      t.http().post('/api/webhooks').set(bearer(writeKey)).send(body),
      t.http().get('/api/webhooks').set(bearer(writeKey)),
      t
        .http()
        .post('/api/webhooks')
        .set(bearer(await t.login('staff@demo.dz')))
        .send(body),
    ]) {
      const res = await call;
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    const mine = await t.http().post('/api/webhooks').set(bearer(owner)).send(body).expect(201);
    for (const call of [
      t.http().patch(`/api/webhooks/${mine.body.id}`).set(bearer(writeKey)).send({ url: 'https://exfil.example.com/x' }),
      t.http().delete(`/api/webhooks/${mine.body.id}`).set(bearer(writeKey)),
      t.http().post(`/api/webhooks/${mine.body.id}/rotate-secret`).set(bearer(writeKey)),
    ])
      expect((await call).status).toBe(403);

    const oran = await t.login('owner@oran.dz');
    await t.http().get(`/api/webhooks/${mine.body.id}`).set(bearer(oran)).expect(404);
    await t.http().patch(`/api/webhooks/${mine.body.id}`).set(bearer(oran)).send({ enabled: false }).expect(404);
    await t.http().get(`/api/webhooks/${mine.body.id}/deliveries`).set(bearer(oran)).expect(404);
    await t.http().delete(`/api/webhooks/${mine.body.id}`).set(bearer(oran)).expect(404);
    expect((await t.http().get('/api/webhooks').set(bearer(oran)).expect(200)).body).toEqual([]);

    // Each business receives its own events only.
    const oranHook = await register('oran', ['expense.created'], oran);
    const demoHook = await register('demo', ['expense.created']);
    await expense(777);
    await expense(555, oran);
    await events.settled();
    await dispatcher.processDue();
    const toOran = receiver.received.filter((r) => r.path === 'oran');
    expect(toOran.map((r) => [r.payload.type, r.payload.data.amount, r.verified])).toEqual([['expense.created', 555, true]]);
    expect(receiver.received.filter((r) => r.path === 'demo').map((r) => r.payload.data.amount)).toEqual([777]);
    await t.http().delete(`/api/webhooks/${oranHook.id}`).set(bearer(oran)).expect(200);
    await t.http().delete(`/api/webhooks/${demoHook.id}`).set(bearer(owner)).expect(200);
    await t.http().delete(`/api/webhooks/${mine.body.id}`).set(bearer(owner)).expect(200);
  });

  it('refuses bad registrations with the usual 400 body', async () => {
    for (const body of [
      { url: 'http://hooks.example.com/x', events: ['sale.created'] },
      { url: receiver.url('x'), events: [] },
      { url: receiver.url('x'), events: ['sale.deleted'] },
      { url: receiver.url('x\u0000'), events: ['sale.created'] },
    ]) {
      const res = await t.http().post('/api/webhooks').set(bearer(owner)).send(body).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    }
  });
});

describe('webhooks: SSRF guard with private targets refused (production setting)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let receiver: HttpsReceiver;

  beforeAll(async () => {
    db = await createTestDatabase();
    receiver = await new HttpsReceiver().init();
    t = await createTestApp(db.url, { WEBHOOK_CA_FILE: receiver.caFile, WEBHOOK_POLL_MS: '0' });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.stop();
    await db?.drop();
  });

  it('refuses loopback and private URLs at registration, and again at delivery time', async () => {
    const owner = await t.login('owner@demo.dz');
    for (const url of [
      receiver.url('x'),
      'https://localhost/x',
      'https://10.0.0.8/x',
      'https://[::1]/x',
      'https://169.254.169.254/latest',
    ]) {
      const res = await t
        .http()
        .post('/api/webhooks')
        .set(bearer(owner))
        .send({ url, events: ['expense.created'] })
        .expect(400);
      expect(res.body.details).toEqual([{ field: 'url', message: expect.stringMatching(/private|reserved|public host/) }]);
    }
    // An endpoint whose address became private after it was registered (DNS changed): the delivery is refused.
    const user = await db.prisma.user.findFirstOrThrow({ where: { email: 'owner@demo.dz' } });
    const endpoint = await db.prisma.webhookEndpoint.create({
      data: {
        tenantId: user.tenantId!,
        url: receiver.url('x'),
        events: ['expense.created'],
        secret: 'whsec_dGVzdHNlY3JldHRlc3RzZWNyZXR0ZXN0c2VjcmV0',
      },
    });
    // Written behind the app's back (as an operator's SQL would be): the endpoints cached for the fan-out are told.
    await t.app.get(WebhookSubscribers).changed(user.tenantId!);
    await t.http().post('/api/expenses').set(bearer(owner)).send({ amount: 100, category: 'transport' }).expect(201);
    await t.app.get(BusinessEvents).settled();
    await t.app.get(WebhookDispatcher).processDue();
    const delivery = await db.prisma.webhookDelivery.findFirstOrThrow({ where: { endpointId: endpoint.id } });
    expect(delivery.lastError).toMatch(/^refused: 127\.0\.0\.1 is a private or reserved address/);
    expect(receiver.received).toHaveLength(0);
  });
});

(hasBinary('redis-server') ? describe : describe.skip)('webhooks: BullMQ queue with Redis', () => {
  let db: TestDatabase;
  let t: TestApp;
  let receiver: HttpsReceiver;
  let redis: Managed;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await startRedis();
    receiver = await new HttpsReceiver().init();
    t = await createTestApp(db.url, {
      REDIS_URL: redis.url,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_CA_FILE: receiver.caFile,
      WEBHOOK_POLL_MS: '50',
      WEBHOOK_RETRY_BASE_MS: '100',
    });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.stop();
    await redis?.stop();
    await db?.drop();
  });

  it('retries through delayed jobs and delivers each event exactly once', async () => {
    expect((t.app.get(WebhookDispatcher) as unknown as { queue: unknown }).queue).toBeInstanceOf(BullQueue);
    const owner = await t.login('owner@demo.dz');
    const hook = (
      await t
        .http()
        .post('/api/webhooks')
        .set(bearer(owner))
        .send({ url: receiver.url('bull'), events: ['expense.created'] })
        .expect(201)
    ).body;
    receiver.secrets.set('bull', hook.secret);
    let refusals = 0;
    receiver.respond = () => (refusals++ < 3 ? { status: 503 } : { status: 204 });
    for (const amount of [11, 12])
      await t.http().post('/api/expenses').set(bearer(owner)).send({ amount, category: 'transport' }).expect(201);

    const deadline = Date.now() + 30_000;
    let statuses: string[] = [];
    while (Date.now() < deadline) {
      statuses = (await db.prisma.webhookDelivery.findMany({ where: { endpointId: hook.id } })).map((d) => d.status);
      if (statuses.length === 2 && statuses.every((s) => s === 'SUCCEEDED')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(statuses).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    const accepted = receiver.accepted();
    expect(accepted.size).toBe(2);
    for (const list of accepted.values()) expect(list).toHaveLength(1);
    expect(receiver.received.filter((r) => r.status === 503)).toHaveLength(3);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  });
});
