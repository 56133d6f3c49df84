/**
 * Catalogue import (CSV / XLSX) against a real PostgreSQL: column recognition in three languages, Algerian number
 * formats, dry run, per-row errors, all-or-nothing vs skipInvalid, upsert by SKU then barcode, the stock ledger, the
 * size guards (zip bomb, oversized file), the template round trip and tenant isolation.
 */
import ExcelJS from 'exceljs';
import { Zip, ZipDeflate } from 'fflate';
import { createFreshTenant, FreshTenant } from '../helpers/fresh-tenant';
import type { TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import type { TestDatabase } from '../setup/test-database';

const URL = '/api/inventory/products/import';

describe('POST /api/inventory/products/import (real PostgreSQL)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let shop: FreshTenant;
  let owner: string;
  let staff: string;
  let demoOwner: string;
  let demoId: string;

  const app = seededApp();
  beforeAll(async () => {
    ({ t, db } = app);
    shop = await createFreshTenant(db.prisma);
    [owner, staff, demoOwner] = await Promise.all([t.login(shop.ownerEmail), t.login(shop.staffEmail), t.login('owner@demo.dz')]);
    demoId = await app.tenantId('demo-superette');
  });

  const upload = (token: string, body: Buffer | string, query = '', name = 'catalogue.csv') =>
    t
      .http()
      .post(`${URL}${query}`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), name);
  const products = () => db.prisma.product.findMany({ where: { tenantId: shop.tenantId }, orderBy: { sku: 'asc' } });

  it('previews a French file with aliases and Algerian number formats, writing nothing', async () => {
    const csv = [
      "Désignation;Code barre;Prix (DA);Prix d'achat;Qté;Catégorie;Fournisseur",
      'Semoule 10kg;6130001000011;1 250,50;1 100;40;épicerie;SIM',
      'Huile Elio 5L;6130001000028;1.150,00;1020.5;24;épicerie;Cevital',
      'Sucre 1kg;;100 DA;85;60;;',
    ].join('\r\n');
    const res = await upload(owner, csv, '?dryRun=true').expect(200);
    const r = res.body;
    expect(r).toMatchObject({ dryRun: true, committed: false, file: { format: 'csv', encoding: 'utf-8', rows: 3 } });
    expect(r.columns.map((c: { header: string; field: string | null }) => [c.header, c.field])).toEqual([
      ['Désignation', 'name'],
      ['Code barre', 'barcode'],
      ['Prix (DA)', 'price'],
      ["Prix d'achat", 'cost'],
      ['Qté', 'stock'],
      ['Catégorie', 'category'],
      ['Fournisseur', null],
    ]);
    expect(r.preview.map((p: any) => [p.action, p.names.fr, p.price, p.cost, p.stock, p.category])).toEqual([
      ['create', 'Semoule 10kg', 1250.5, 1100, 40, 'épicerie'],
      ['create', 'Huile Elio 5L', 1150, 1020.5, 24, 'épicerie'],
      ['create', 'Sucre 1kg', 100, 85, 60, 'divers'],
    ]);
    expect(r.counts).toEqual({ rows: 3, valid: 3, invalid: 0, created: 3, updated: 0, unchanged: 0, skipped: 0 });
    expect(r.errors).toEqual([]);
    expect(await products()).toHaveLength(0);
  });

  it('refuses the whole file when a row is invalid (422, nothing written) and imports the rest with skipInvalid', async () => {
    const csv = [
      'name,price,cost,stock,barcode,sku',
      'Café Facto 250g,"1,250.50",210,12,,CAF-1',
      'Lait 1L,25,22,-3,,LAI-1',
      'Thé vert,12.3.4,,5,,THE-1',
      'Pâtes 500g,120,95,30,12ab,PAT-1',
      ',90,,10,,',
      'Biscuits,,,10,,BIS-1',
    ].join('\n');
    const refused = await upload(owner, csv).expect(422);
    expect(refused.body.code).toBe('UNPROCESSABLE');
    expect(refused.body.message).toContain('nothing was imported');
    const report = refused.body.details;
    expect(report.committed).toBe(false);
    expect(report.counts).toMatchObject({ rows: 6, valid: 1, invalid: 5 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { row: 3, column: 'stock', message: 'must not be negative', code: 'negative', params: { min: 0 } },
        expect.objectContaining({ row: 4, column: 'price' }),
        expect.objectContaining({ row: 5, column: 'barcode' }),
        expect.objectContaining({ row: 6, column: 'name' }),
        { row: 7, column: 'price', message: 'required for a new product', code: 'required_new' },
      ]),
    );
    expect(await products()).toHaveLength(0);

    const partial = await upload(owner, csv, '?skipInvalid=true').expect(200);
    expect(partial.body).toMatchObject({ committed: true, counts: { created: 1, invalid: 5, skipped: 5 } });
    const [cafe] = await products();
    expect(cafe).toMatchObject({ sku: 'CAF-1', nameFr: 'Café Facto 250g', stock: 12 });
    expect(cafe.price.toString()).toBe('1250.5');
    const moves = await db.prisma.stockMovement.findMany({ where: { productId: cafe.id } });
    expect(moves.map((m) => [m.quantity, m.stockBefore, m.stockAfter, m.reason])).toEqual([[12, 0, 12, 'stock initial (import)']]);
  });

  it('upserts by SKU, then barcode, then exact name, and records stock differences as inventory movements', async () => {
    const first = [
      'sku;barcode;nom;prix;coût;stock',
      'EPI-1;6130001000035;Farine 1kg;90;70;20',
      ';6130001000042;Levure;20;15;50',
      ';;Sel fin;30;;10',
    ].join('\n');
    const created = await upload(owner, first).expect(200);
    expect(created.body.counts).toMatchObject({ created: 3, updated: 0 });
    // A new product without SKU gets one; its cost stays unknown when the file gives none.
    const sel = (await products()).find((p) => p.nameFr === 'Sel fin')!;
    expect(sel.sku).toMatch(/^P-\d{5}$/);
    expect(sel.cost).toBeNull();

    const second = [
      'sku;barcode;nom;prix;stock;seuil',
      'epi-1;;;95;18;5', // by SKU (any case): price and stock change, the name stays
      ';6130001000042;Levure boulangère;;50;', // by barcode: renamed, stock unchanged
      ';;Sel fin;35;;', // neither: by exact name
      'NEW-9;;Vinaigre;60;6;',
    ].join('\n');
    const res = await upload(owner, second).expect(200);
    expect(res.body.counts).toMatchObject({ created: 1, updated: 3, unchanged: 0 });
    expect(res.body.preview.map((p: any) => [p.row, p.action, p.changed ?? null])).toEqual([
      [2, 'update', ['price', 'stock', 'reorderThreshold']],
      [3, 'update', ['nameFr']],
      [4, 'update', ['price']],
      [5, 'create', null],
    ]);
    const all = await products();
    const farine = all.find((p) => p.sku === 'EPI-1')!;
    expect([farine.nameFr, farine.price.toString(), farine.stock, farine.reorderThreshold]).toEqual(['Farine 1kg', '95', 18, 5]);
    expect(all.find((p) => p.barcode === '6130001000042')!.nameFr).toBe('Levure boulangère');
    expect(all.filter((p) => p.nameFr === 'Sel fin')).toHaveLength(1);
    const moves = await db.prisma.stockMovement.findMany({ where: { productId: farine.id }, orderBy: { createdAt: 'asc' } });
    expect(moves.map((m) => [m.quantity, m.stockBefore, m.stockAfter, m.reason])).toEqual([
      [20, 0, 20, 'stock initial (import)'],
      [-2, 20, 18, 'inventaire (import)'],
    ]);
    // The same file again changes nothing.
    const again = await upload(owner, second.replace('NEW-9;;Vinaigre;60;6;', 'NEW-9;;Vinaigre;60;6;')).expect(200);
    expect(again.body.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    const audit = await db.prisma.auditLog.findMany({ where: { tenantId: shop.tenantId, action: 'product.import' } });
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it('reports a barcode owned by another product and the same product twice in a file', async () => {
    const csv = ['sku,barcode,name,price', 'EPI-1,6130001000042,Farine,95', 'ZZZ-1,,Zeste,10', 'zzz-1,,Zeste bis,12'].join('\n');
    const res = await upload(owner, csv, '?dryRun=true').expect(200);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'barcode',
        code: 'barcode_taken',
        params: { barcode: '6130001000042', product: 'Levure boulangère' },
      }),
      { row: 4, column: null, message: 'same product as row 3', code: 'same_product', params: { row: 3 } },
    ]);
  });

  it('understands Arabic and English headers, Arabic-Indic digits and an Arabic-only name', async () => {
    const arabic = ['الاسم;السعر;الكمية;الباركود;الفئة', 'زيت الزيتون 1 لتر;١٢٥٠ دج;٧;6130001000059;زيوت'].join('\n');
    const ar = await upload(owner, arabic, '?dryRun=true').expect(200);
    expect(ar.body.columns.map((c: any) => c.field)).toEqual(['name', 'price', 'stock', 'barcode', 'category']);
    expect(ar.body.preview[0]).toMatchObject({
      action: 'create',
      names: { fr: 'زيت الزيتون 1 لتر', ar: 'زيت الزيتون 1 لتر' },
      price: 1250,
      stock: 7,
    });

    const english = ['Product Name,Selling price,Cost price,Qty,Reorder level,Unit', 'Tomato paste 400g,"1,250",95.5,12,4,can'].join('\n');
    const en = await upload(owner, english, '?dryRun=true').expect(200);
    expect(en.body.columns.map((c: any) => c.field)).toEqual(['name', 'price', 'cost', 'stock', 'reorderThreshold', 'unit']);
    expect(en.body.preview[0]).toMatchObject({ price: 1250, cost: 95.5, stock: 12, reorderThreshold: 4, unit: 'can' });
  });

  it('reads a CSV saved by Excel in the Arabic Windows code page', async () => {
    const text = 'الاسم;السعر\r\nسكر;100\r\n';
    const bytes = Buffer.from(new TextEncoder().encode(text)).length; // UTF-8 size, for contrast
    const cp1256 = encode1256(text);
    expect(cp1256.length).toBeLessThan(bytes);
    const res = await upload(owner, cp1256, '?dryRun=true').expect(200);
    expect(res.body.file.encoding).toBe('windows-1256');
    expect(res.body.preview[0].names.fr).toBe('سكر');
  });

  it('imports an XLSX sheet with numbers, dates and formulas as Excel stores them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Produits');
    ws.addRow(['Référence', 'Désignation', 'Prix de vente', 'Stock', 'Code-barres']);
    ws.addRow(['XL-1', 'Jus Rouiba 1L', 180, 24, 6130001000066]);
    ws.addRow(['XL-2', 'Eau Saïda 1,5L', { formula: '30+5', result: 35 }, 48, '6130001000073']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(owner, buffer, '', 'produits.xlsx').expect(200);
    expect(res.body.file).toMatchObject({ format: 'xlsx', sheet: 'Produits', rows: 2 });
    const rows = await db.prisma.product.findMany({
      where: { tenantId: shop.tenantId, sku: { in: ['XL-1', 'XL-2'] } },
      orderBy: { sku: 'asc' },
    });
    expect(rows.map((p) => [p.sku, p.price.toString(), p.stock, p.barcode])).toEqual([
      ['XL-1', '180', 24, '6130001000066'],
      ['XL-2', '35', 48, '6130001000073'],
    ]);
  });

  it('refuses a zip bomb, an oversized file, an old .xls and a damaged archive with a clear 4xx', async () => {
    const bomb = zipBomb(60);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const b = await upload(owner, bomb, '?dryRun=true', 'bomb.xlsx').expect(413);
    expect(b.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(b.body.message).toContain('decompressed');

    const big = Buffer.alloc(11 * 1024 * 1024, 'a,b\n');
    const o = await upload(owner, big, '?dryRun=true').expect(413);
    expect(o.body.message).toContain('10 MB');

    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect((await upload(owner, xls, '', 'old.xls').expect(415)).body.message).toContain('.xlsx');

    const damaged = Buffer.concat([Buffer.from('PK\x03\x04', 'binary'), Buffer.alloc(200, 7)]);
    expect((await upload(owner, damaged, '', 'x.xlsx').expect(400)).body.code).toBe('VALIDATION_FAILED');

    const rows = ['name,price', ...Array.from({ length: 20_001 }, (_, i) => `p${i},1`)].join('\n');
    expect((await upload(owner, rows, '?dryRun=true').expect(413)).body.message).toContain('20000 rows');
  });

  it('needs a file, a name-like column, the OWNER role and known query flags', async () => {
    const none = await t.http().post(URL).set('Authorization', `Bearer ${owner}`).field('x', '1').expect(400);
    expect(none.body.details[0].field).toBe('file');
    const noName = await upload(owner, 'prix;stock\n10;1', '?dryRun=true').expect(400);
    expect(noName.body.message).toContain('Missing column');
    expect((await upload(staff, 'nom;prix\nA;1').expect(403)).body.code).toBe('FORBIDDEN');
    expect((await upload(owner, 'nom;prix\nA;1', '?dryrun=true').expect(400)).body.message).toContain('dryrun');
  });

  it('serves templates in three languages that the import reads back', async () => {
    for (const lang of ['fr', 'ar', 'en']) {
      for (const format of ['csv', 'xlsx']) {
        const file = await t
          .http()
          .get(`${URL}/template?format=${format}&lang=${lang}`)
          .set('Authorization', `Bearer ${owner}`)
          .buffer(true)
          .parse(binary)
          .expect(200);
        expect(file.headers['content-disposition']).toContain(`tajer-catalogue-${lang}.${format}`);
        const res = await upload(owner, file.body as Buffer, '?dryRun=true', `t.${format}`).expect(200);
        expect({ lang, format, fields: res.body.columns.map((c: any) => c.field) }).toEqual({
          lang,
          format,
          fields: ['sku', 'barcode', 'nameFr', 'nameAr', 'category', 'unit', 'price', 'cost', 'stock', 'reorderThreshold'],
        });
        expect(res.body.errors).toEqual([]);
        expect(res.body.preview[1]).toMatchObject({ price: 1150, cost: 1020.5 });
      }
    }
  });

  it("keeps each business's catalogue apart: the demo's SKUs are free in a new shop and untouched by its imports", async () => {
    const demoBefore = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-001' } });
    const res = await upload(owner, `sku;nom;prix;stock\nEPI-001;Mon produit;10;3\n`).expect(200);
    expect(res.body.counts).toMatchObject({ created: 1, updated: 0 });
    const demoAfter = await db.prisma.product.findFirstOrThrow({ where: { tenantId: demoId, sku: 'EPI-001' } });
    expect(demoAfter).toEqual(demoBefore);
    // The demo owner's import never sees the new shop's products either.
    const demo = await upload(demoOwner, `sku;nom;prix\nCAF-1;Café;10\n`, '?dryRun=true').expect(200);
    expect(demo.body.preview[0].action).toBe('create');
  });
});

function binary(res: NodeJS.ReadableStream & { setEncoding?: unknown }, done: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/** `megabytes` of zeros deflated into a few hundred kB, named like a worksheet. */
function zipBomb(megabytes: number): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const wb = new ZipDeflate('xl/workbook.xml', { level: 6 });
  zip.add(wb);
  wb.push(new TextEncoder().encode('<workbook/>'), true);
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  const mb = new Uint8Array(1024 * 1024);
  for (let i = 0; i < megabytes; i++) sheet.push(mb, i === megabytes - 1);
  zip.end();
  return Buffer.concat(chunks.map((c) => Buffer.from(c)));
}

/** windows-1256 bytes of an Arabic/ASCII text (TextEncoder only writes UTF-8). */
function encode1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`no windows-1256 byte for ${ch}`);
      return b;
    }),
  );
}
