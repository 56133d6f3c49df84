import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { InventoryService } from '../../src/inventory/inventory.service';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { createTestDatabase } from '../setup/test-database';
import { codeImage, labelImage } from './test-images';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('inventory image analysis: barcodes, QR codes and label OCR (real zxing, real tesseract)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let owner: string;
  let oran: string;
  let demoId: string;

  const app = seededApp({ logins: ['owner@demo.dz', 'owner@oran.dz'] });
  beforeAll(async () => {
    ({
      t,
      db,
      tokens: [owner, oran],
    } = app);
    demoId = await app.tenantId('demo-superette');
  });

  const analyze = (image: Buffer, name = 'photo.jpg', token = owner) =>
    t.http().post('/api/inventory/analyze-image').set(bearer(token)).attach('file', image, name);

  it('recognises a product from an EAN-13 photo and returns its stock, matched by barcode', async () => {
    const semoule = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-001' } });
    const res = await analyze(await codeImage(semoule.barcode!, 'EAN13', 'jpeg')).expect(200);
    expect(res.body.codes).toEqual([{ text: semoule.barcode, format: 'EAN13' }]);
    expect(res.body.matches).toHaveLength(1);
    expect(res.body.matches[0]).toMatchObject({
      matchedBy: 'barcode',
      source: 'code',
      score: 1,
      evidence: semoule.barcode,
      product: { id: semoule.id, sku: 'EPI-001', stock: semoule.stock, unit: semoule.unit, names: { fr: semoule.nameFr } },
    });
    expect(res.body.ocrRan).toBe(false);
    expect(res.body.summary).toContain(`${semoule.nameFr}: ${semoule.stock} ${semoule.unit}`);
  });

  it('recognises a product from a QR code carrying its SKU', async () => {
    const milk = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'LAI-002' } });
    const res = await analyze(await codeImage('LAI-002', 'QRCode'), 'qr.png').expect(200);
    expect(res.body.codes).toEqual([{ text: 'LAI-002', format: 'QRCode' }]);
    expect(res.body.matches[0]).toMatchObject({
      matchedBy: 'sku',
      source: 'code',
      evidence: 'LAI-002',
      product: { id: milk.id, stock: milk.stock },
    });
  });

  it('reads a label with OCR and matches it to the product by its words', async () => {
    const semoule = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-001' } });
    const res = await analyze(await labelImage(['SEMOULE EXTRA', '10KG'])).expect(200);
    expect(res.body.codes).toEqual([]);
    expect(res.body.ocrRan).toBe(true);
    expect(res.body.text).toMatch(/SEMOULE/);
    expect(res.body.ocrConfidence).toBeGreaterThan(0.5);
    const [best, ...others] = res.body.matches;
    expect(best).toMatchObject({ matchedBy: 'label-text', source: 'text', product: { id: semoule.id, stock: semoule.stock } });
    expect(best.score).toBeGreaterThan(0.6);
    expect(best.evidence).toContain('semoule');
    expect(others.every((m: any) => m.score < best.score)).toBe(true);
  });

  it('reads an Arabic-only label (issue 14) and matches the product by its Arabic name', async () => {
    const milk = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'LAI-002' } });
    const res = await analyze(await labelImage(['حليب كانديا', '1 لتر'], 'منتج جزائري')).expect(200);
    expect(res.body.text).toMatch(/حليب كانديا/);
    expect(res.body.matches[0]).toMatchObject({ matchedBy: 'label-text', product: { id: milk.id } });
  });

  it('analyses an uploaded attachment by id (JSON), scoped to the business', async () => {
    const sugar = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-006' } });
    const upload = await t
      .http()
      .post('/api/attachments')
      .set(bearer(owner))
      .attach('file', await codeImage(sugar.barcode!, 'EAN13'), 'sucre.png')
      .expect(201);
    const res = await t.http().post('/api/inventory/analyze-image').set(bearer(owner)).send({ attachmentId: upload.body.id }).expect(200);
    expect(res.body).toMatchObject({
      attachmentId: upload.body.id,
      matches: [expect.objectContaining({ matchedBy: 'barcode', product: expect.objectContaining({ id: sugar.id }) })],
    });
    await t.http().post('/api/inventory/analyze-image').set(bearer(oran)).send({ attachmentId: upload.body.id }).expect(404);
    const neither = await t.http().post('/api/inventory/analyze-image').set(bearer(owner)).send({}).expect(400);
    expect(neither.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'file' })]));
    await t.http().post('/api/inventory/analyze-image').set(bearer(owner)).send({ attachmentId: 'x' }).expect(400);
  });

  it("matches codes against the caller's own catalogue only", async () => {
    // The Oran shop sells the same semolina under the same barcode: each business gets its own product.
    const demoSemoule = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-001' } });
    const oranTenant = await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'alimentation-generale-oran' } });
    const image = await codeImage(demoSemoule.barcode!, 'EAN13');
    const inventory = t.app.get(InventoryService);
    const forOran = await inventory.analyzeImage(oranTenant.id, image);
    expect(forOran.codes[0].text).toBe(demoSemoule.barcode);
    expect(forOran.matches.map((m) => m.product.id)).not.toContain(demoSemoule.id);
    const oranIds = (await db.prisma.product.findMany({ where: { tenantId: oranTenant.id }, select: { id: true } })).map((p) => p.id);
    expect(forOran.matches.every((m) => oranIds.includes(m.product.id))).toBe(true);
  });

  it('applies the upload rules: 415 for a non-image named .jpg, 400 without a file', async () => {
    const res = await analyze(Buffer.from('not a picture at all\n'.repeat(10)), 'label.jpg').expect(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    await expect(t.app.get(InventoryService).analyzeImage(demoId, Buffer.from('GIF89a but not really'))).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  });
});

describe('inventory image analysis: size limit', () => {
  let t: TestApp;

  const app = seededApp({ env: { UPLOAD_MAX_BYTES: '50000' } });
  beforeAll(() => ({ t } = app));

  it('answers 413 JSON above UPLOAD_MAX_BYTES', async () => {
    const token = await t.login('staff@demo.dz');
    const big = await sharp(randomBytes(160 * 160 * 3), { raw: { width: 160, height: 160, channels: 3 } })
      .png()
      .toBuffer();
    const res = await t.http().post('/api/inventory/analyze-image').set(bearer(token)).attach('file', big, 'big.png').expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 50000 } });
  });
});
