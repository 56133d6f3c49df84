import { JobsService } from '../../src/jobs/jobs.service';
import { hasBinary, Managed, startRedis } from '../helpers/processes';
import { createTestApp, TestApp } from '../helpers/test-app';
import { algerianSuperetteRows, renderReceiptImage } from '../fixtures/receipts/receipt-image.factory';

const renderReceiptPng = () => renderReceiptImage({ rows: algerianSuperetteRows() });
import { createTestDatabase } from '../setup/test-database';

const run = hasBinary('redis-server') || process.env.CI ? describe : describe.skip;

run('long jobs on a BullMQ queue shared by two instances (real Redis)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let redis: Managed;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, DATA_DIR: `/tmp/tajer-jobs-${process.pid}` };
    a = await createTestApp(db.url, env);
    b = await createTestApp(db.url, env);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop();
    await db?.drop();
  });

  it('runs a receipt OCR requested on instance A on instance B when A has no free worker', async () => {
    const jobsA = a.app.get(JobsService);
    expect(jobsA.distributed).toBe(true);
    // A stops consuming: only B's worker can take the job.
    await (jobsA as any).remote.get('ocr-receipt').worker.close();

    const token = await a.login('owner@demo.dz');
    const png = await renderReceiptPng();
    const res = await a
      .http()
      .post('/api/expenses/ocr')
      .set('Authorization', `Bearer ${token}`)
      .attach('file', png, 'ticket.png')
      .expect(201);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.merchant).toMatch(/BARAKA/i);
    expect(res.body.saved).toBe(false);
    const metrics = await b.http().get('/metrics').expect(200);
    expect(metrics.text).toMatch(/ocr|job_queue_depth/);
  });

  it("refuses another business's receipt with a 404 on any instance", async () => {
    const owner = await a.login('owner@demo.dz');
    const png = await renderReceiptPng();
    const uploaded = await a
      .http()
      .post('/api/attachments')
      .set('Authorization', `Bearer ${owner}`)
      .attach('file', png, 't.png')
      .expect(201);
    const oran = await b.login('owner@oran.dz');
    const res = await b
      .http()
      .post('/api/expenses/ocr')
      .set('Authorization', `Bearer ${oran}`)
      .send({ attachmentId: uploaded.body.id })
      .expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
