import { createTestApp, TestApp } from '../helpers/test-app';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { buildSupportFixtures, PII, SupportFixtures } from './support-fixtures';

const RAW_PII = [PII.phone, PII.email, PII.card, PII.intl, '0555123467', 'owner@demo.dz', 'staff@demo.dz'];
const expectMasked = (payload: unknown) => {
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  for (const raw of RAW_PII) expect({ leaked: raw, found: text.includes(raw) }).toEqual({ leaked: raw, found: false });
};

describe('support review API (real PostgreSQL)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let fx: SupportFixtures;
  let tok: Record<'owner' | 'staff' | 'support' | 'oran' | 'admin', string>;
  let supportId: string;
  let adminId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  let main: string[];
  /** Ids of the four main fixture conversations in a response, in response order. */
  const mainIds = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).filter((id) => main.includes(id));
  const list = async (token: string, query: string, status = 200) =>
    (
      await t
        .http()
        .get(`/api/support/conversations${query ? `?${query}` : ''}`)
        .set(auth(token))
        .expect(status)
    ).body;
  const audits = (userId: string) =>
    db.prisma.auditLog.findMany({ where: { userId, action: { startsWith: 'support.' } }, orderBy: { createdAt: 'asc' } });

  beforeAll(async () => {
    db = await createTestDatabase();
    fx = await buildSupportFixtures(db.prisma);
    main = [fx.demoFr, fx.demoAr, fx.demoEn, fx.oranFr];
    const support = await db.prisma.user.findUniqueOrThrow({ where: { email: 'support@demo.dz' } });
    supportId = support.id;
    // An administrator (platform staff like support), with the same password as the demo accounts.
    adminId = (
      await db.prisma.user.create({
        data: { email: 'admin@tajer.dz', name: 'Admin Tajer', role: 'ADMIN', tenantId: null, passwordHash: support.passwordHash },
      })
    ).id;
    t = await createTestApp(db.url);
    const [owner, staff, supportTok, oran, admin] = await Promise.all(
      ['owner@demo.dz', 'staff@demo.dz', 'support@demo.dz', 'owner@oran.dz', 'admin@tajer.dz'].map((e) => t.login(e)),
    );
    tok = { owner, staff, support: supportTok, oran, admin };
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  describe('access', () => {
    it('refuses staff (403) and anonymous callers (401) on every route', async () => {
      const id = fx.demoFr;
      await t.http().get('/api/support/conversations').set(auth(tok.staff)).expect(403);
      await t.http().get(`/api/support/conversations/${id}`).set(auth(tok.staff)).expect(403);
      await t.http().get('/api/support/conversations/export').set(auth(tok.staff)).expect(403);
      await t
        .http()
        .put(`/api/support/conversations/${id}/tags`)
        .set(auth(tok.staff))
        .send({ tags: ['x'] })
        .expect(403);
      await t.http().post(`/api/support/conversations/${id}/notes`).set(auth(tok.staff)).send({ text: 'x' }).expect(403);
      await t.http().get('/api/support/conversations').expect(401);
    });

    it('lets support see every business, newest activity first, and audits the listing', async () => {
      const before = (await audits(supportId)).length;
      const body = await list(tok.support, '');
      expect(mainIds(body)).toEqual([fx.demoAr, fx.oranFr, fx.demoFr, fx.demoEn]);
      expect(body.scope).toEqual({ tenantId: null, allBusinesses: true });
      expect(body.masked).toBe(true);
      const rows = await audits(supportId);
      expect(rows).toHaveLength(before + 1);
      expect(rows.at(-1)).toMatchObject({ action: 'support.list', tenantId: null, entityType: 'Conversation' });
      expect((rows.at(-1)!.data as any).conversationIds).toEqual(expect.arrayContaining(main));
    });

    it('confines an owner to their business: another tenant filter yields nothing, its conversation is a 404', async () => {
      const own = await list(tok.owner, '');
      expect(mainIds(own)).toEqual([fx.demoAr, fx.demoFr, fx.demoEn]);
      expect(own.scope).toEqual({ tenantId: fx.demoTenantId, allBusinesses: false });
      const foreign = await list(tok.owner, `tenantId=${fx.oranTenantId}`);
      expect(foreign).toMatchObject({ items: [], total: 0 });
      await t.http().get(`/api/support/conversations/${fx.oranFr}`).set(auth(tok.owner)).expect(404);
      await t
        .http()
        .put(`/api/support/conversations/${fx.oranFr}/tags`)
        .set(auth(tok.owner))
        .send({ tags: ['x'] })
        .expect(404);
      await t.http().post(`/api/support/conversations/${fx.oranFr}/notes`).set(auth(tok.owner)).send({ text: 'x' }).expect(404);
      const oran = await list(tok.oran, '');
      expect(mainIds(oran)).toEqual([fx.oranFr]);
      await t.http().get(`/api/support/conversations/${fx.demoFr}`).set(auth(tok.oran)).expect(404);
      // Owners reading their own business are not audited (only platform staff and writes are).
      expect(await audits(fx.ownerId)).toHaveLength(0);
    });

    it('answers 404 for an unknown conversation and 400 for a malformed id', async () => {
      await t.http().get('/api/support/conversations/7b0c6f3e-2a1d-4e5f-9a8b-7c6d5e4f3a2b').set(auth(tok.support)).expect(404);
      await t.http().get('/api/support/conversations/not-a-uuid').set(auth(tok.support)).expect(400);
    });
  });

  describe('filters', () => {
    it.each([
      ['from=2026-03-11&to=2026-03-12', () => [fx.demoAr, fx.oranFr]],
      ['to=2026-03-10', () => [fx.demoFr, fx.demoEn]],
      ['tenantId=TENANT_DEMO', () => [fx.demoAr, fx.demoFr, fx.demoEn]],
      ['userId=USER_STAFF', () => [fx.demoEn]],
      ['tool=inventory_search', () => [fx.oranFr, fx.demoFr]],
      ['tool=inventory_adjust', () => [fx.demoFr]],
      ['writeTool=true', () => [fx.oranFr, fx.demoFr]],
      ['writeTool=false', () => [fx.demoAr, fx.demoEn]],
      ['lang=ar', () => [fx.demoAr]],
      ['lang=EN', () => [fx.demoEn]],
      ['hasError=true', () => [fx.demoAr, fx.demoEn]],
      ['hasError=false', () => [fx.oranFr, fx.demoFr]],
      ['rating=up', () => [fx.demoFr]],
      ['rating=down', () => [fx.demoAr]],
      ['tool=inventory_search&tenantId=TENANT_ORAN', () => [fx.oranFr]],
    ])('%s', async (query, expected) => {
      const q = query.replace('TENANT_DEMO', fx.demoTenantId).replace('TENANT_ORAN', fx.oranTenantId).replace('USER_STAFF', fx.staffId);
      expect(mainIds(await list(tok.support, q))).toEqual(expected());
    });

    it.each([
      ['creme', 'French word typed without its accent'],
      ['crème', 'French word with its accent'],
      ['CRÈME FRAÎCHE', 'several words, any case'],
      ['sem', 'a word prefix'],
      ['moule', 'a fragment inside a word (semoule)'],
    ])('finds the French conversation by text: %s (%s)', async (q) => {
      const body = await list(tok.support, `q=${encodeURIComponent(q)}`);
      expect(mainIds(body)).toEqual([fx.demoFr]);
      expect(body.items[0].snippet).toMatch(/semoule|crème/i);
    });

    it('finds Arabic words, with or without the article', async () => {
      for (const q of ['السكر', 'سكر', 'المخزون']) {
        const body = await list(tok.support, `q=${encodeURIComponent(q)}`);
        expect({ q, ids: mainIds(body) }).toEqual({ q, ids: [fx.demoAr] });
        expect(body.items[0].snippet).toContain('السكر');
      }
      expect(mainIds(await list(tok.support, `q=${encodeURIComponent('حليب')}`))).toEqual([]);
    });

    it('summarises each conversation', async () => {
      const body = await list(tok.support, `q=semoule`);
      expect(body.items[0]).toEqual({
        id: fx.demoFr,
        tenant: { id: fx.demoTenantId, name: 'Supérette El Baraka' },
        user: { id: fx.ownerId, email: 'o•••@demo.dz' },
        title: 'Ajoute 30 sacs de semoule',
        language: 'fr',
        messageCount: 3,
        tools: ['inventory_adjust', 'inventory_search'],
        hasError: false,
        rating: 'up',
        tags: [],
        createdAt: '2026-03-10T08:00:00.000Z',
        updatedAt: '2026-03-10T08:05:00.000Z',
        deletedAt: null,
        snippet: expect.stringContaining(PII.phoneMasked),
      });
      expectMasked(body);
      const deleted = (await list(tok.support, 'lang=en')).items[0];
      expect(deleted).toMatchObject({ id: fx.demoEn, hasError: true, rating: null, deletedAt: '2026-02-01T16:00:00.000Z' });
    });

    it('paginates with a stable order', async () => {
      const extra = [];
      for (let i = 0; i < 5; i++) {
        extra.push(
          await db.prisma.conversation.create({
            data: {
              tenantId: fx.oranTenantId,
              userId: fx.oranOwnerId,
              title: `page ${i}`,
              tags: ['pagination'],
              createdAt: new Date(Date.UTC(2025, 0, 1 + i)),
              updatedAt: new Date(Date.UTC(2025, 0, 1 + i)),
            },
          }),
        );
      }
      const pages = await Promise.all([1, 2, 3].map((page) => list(tok.support, `tag=pagination&pageSize=2&page=${page}`)));
      expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
      expect(pages[0]).toMatchObject({ total: 5, totalPages: 3, page: 1, pageSize: 2 });
      expect(pages.flatMap((p) => p.items.map((i: { title: string }) => i.title))).toEqual([
        'page 4',
        'page 3',
        'page 2',
        'page 1',
        'page 0',
      ]);
      expect((await list(tok.support, 'tag=pagination&pageSize=2&page=4')).items).toEqual([]);
    });

    it('validates the query, naming the field', async () => {
      for (const [query, field] of [
        ['rating=maybe', 'rating'],
        ['hasError=yes', 'hasError'],
        ['from=2026-03-12&to=2026-03-01', 'to'],
        ['tenantId=42', 'tenantId'],
        ['pageSize=500', 'pageSize'],
        ['color=red', 'color'],
      ]) {
        const body = await list(tok.support, query, 400);
        expect({ query, fields: body.details.map((d: { field: string }) => d.field) }).toEqual({ query, fields: [field] });
      }
    });
  });

  describe('details', () => {
    it('shows messages with parts, tool calls with linked records, a timeline and feedback — masked — and audits the view', async () => {
      const before = (await audits(supportId)).length;
      const { body } = await t.http().get(`/api/support/conversations/${fx.demoFr}`).set(auth(tok.support)).expect(200);
      expect(body.masked).toBe(true);
      expect(body.conversation).toMatchObject({
        id: fx.demoFr,
        tenant: { name: 'Supérette El Baraka' },
        user: { email: 'o•••@demo.dz', role: 'OWNER' },
        messageCount: 3,
        rating: 'up',
        hasError: false,
      });
      expect(body.messages.map((m: any) => m.role)).toEqual(['user', 'assistant', 'user']);
      expect(body.messages[0].text).toContain(PII.phoneMasked);
      expect(body.messages[0].text).toContain(PII.emailMasked);
      expect(body.messages[0].parts[0].text).toContain(PII.phoneMasked);
      expect(body.messages[2].text).toBe(`Je paie avec la carte ${PII.cardMasked}, rappelle-moi au ${PII.intlMasked}`);
      expect(body.messages[1]).toMatchObject({ thumb: 'up', latencyMs: 1840, model: 'gpt-4o-mini', promptTokens: 1320 });
      expect(body.messages[1].parts[1]).toMatchObject({
        type: 'tool',
        toolCallId: fx.adjustCallId,
        args: { reason: `réception, fournisseur ${PII.phoneMasked}` },
      });

      const adjust = body.toolCalls.find((c: any) => c.name === 'inventory_adjust');
      expect(adjust).toMatchObject({
        id: fx.adjustCallId,
        kind: 'write',
        status: 'succeeded',
        confirmation: 'approved',
        durationMs: 37,
        error: null,
        args: { product: 'semoule 10kg', quantity: 30 },
        result: { before: 42, after: 72, supplierEmail: PII.emailMasked },
        startedAt: '2026-03-10T08:00:03.000Z',
        finishedAt: '2026-03-10T08:00:40.000Z',
        decidedAt: '2026-03-10T08:00:39.000Z',
        records: [
          { type: 'product', id: fx.productId, label: expect.stringMatching(/semoule/i), href: `/api/inventory/products/${fx.productId}` },
        ],
      });
      expect(body.timeline.map((e: any) => e.type)).toEqual(['message', 'message', 'tool', 'tool', 'approval', 'message', 'feedback']);
      expect(body.timeline[3]).toMatchObject({ name: 'inventory_adjust', durationMs: 37, offsetMs: 3000 });
      expect(body.feedback).toEqual([expect.objectContaining({ messageId: fx.replyFr, rating: 5, thumb: 'up', message: 'Parfait' })]);
      expectMasked(body);

      const rows = await audits(supportId);
      expect(rows).toHaveLength(before + 1);
      expect(rows.at(-1)).toMatchObject({ action: 'support.view', entityId: fx.demoFr, tenantId: fx.demoTenantId });
    });

    it('shows failures in the Arabic conversation', async () => {
      const { body } = await t.http().get(`/api/support/conversations/${fx.demoAr}`).set(auth(tok.owner)).expect(200);
      expect(body.conversation).toMatchObject({ hasError: true, rating: 'down', language: 'ar' });
      expect(body.toolCalls.map((c: any) => [c.name, c.status, c.confirmation, c.error])).toEqual([
        ['inventory_analyze_image', 'failed', 'not_required', 'Image illisible'],
        ['expenses_add', 'rejected', 'rejected', null],
      ]);
    });

    it('shows deleted conversations to support with their deletion date', async () => {
      const { body } = await t.http().get(`/api/support/conversations/${fx.demoEn}`).set(auth(tok.support)).expect(200);
      expect(body.conversation.deletedAt).toBe('2026-02-01T16:00:00.000Z');
      expect(body.messages[1]).toMatchObject({ status: 'failed', error: 'provider timeout' });
    });
  });

  describe('unmasking', () => {
    it('is refused to support and owners (403)', async () => {
      await t.http().get(`/api/support/conversations/${fx.demoFr}?unmask=true`).set(auth(tok.support)).expect(403);
      await t.http().get('/api/support/conversations?unmask=true').set(auth(tok.support)).expect(403);
      await t.http().get('/api/support/conversations/export?unmask=true').set(auth(tok.owner)).expect(403);
    });

    it('is honoured for an administrator, and audited as support.unmask', async () => {
      const { body } = await t.http().get(`/api/support/conversations/${fx.demoFr}?unmask=true`).set(auth(tok.admin)).expect(200);
      expect(body.masked).toBe(false);
      expect(body.messages[0].text).toContain(PII.phone);
      expect(body.messages[2].text).toContain(PII.card);
      expect(body.conversation.user.email).toBe('owner@demo.dz');
      const masked = await t.http().get(`/api/support/conversations/${fx.demoFr}`).set(auth(tok.admin)).expect(200);
      expectMasked(masked.body);
      const rows = await audits(adminId);
      expect(rows.map((r) => r.action)).toEqual(['support.unmask', 'support.view']);
      expect(rows[0]).toMatchObject({ entityId: fx.demoFr, tenantId: fx.demoTenantId, data: { access: 'support.view' } });
    });
  });

  describe('tags and notes', () => {
    it('replaces tags (normalised), filters on them, and leaves the activity date alone', async () => {
      const before = await db.prisma.conversation.findUniqueOrThrow({ where: { id: fx.demoAr } });
      const { body } = await t
        .http()
        .put(`/api/support/conversations/${fx.demoAr}/tags`)
        .set(auth(tok.support))
        .send({ tags: ['Stock', 'à revoir', 'stock', 'تسعير'] })
        .expect(200);
      expect(body).toEqual({ conversationId: fx.demoAr, tags: ['stock', 'à revoir', 'تسعير'] });
      expect(mainIds(await list(tok.support, 'tag=stock'))).toEqual([fx.demoAr]);
      expect(mainIds(await list(tok.owner, `tag=${encodeURIComponent('À revoir')}`))).toEqual([fx.demoAr]);
      const after = await db.prisma.conversation.findUniqueOrThrow({ where: { id: fx.demoAr } });
      expect(after.updatedAt).toEqual(before.updatedAt);
      const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'support.tag', entityId: fx.demoAr } });
      expect(audit).toMatchObject({
        userId: supportId,
        tenantId: fx.demoTenantId,
        data: { before: [], after: ['stock', 'à revoir', 'تسعير'] },
      });

      const bad = await t
        .http()
        .put(`/api/support/conversations/${fx.demoAr}/tags`)
        .set(auth(tok.support))
        .send({ tags: ['ok', '<script>'] })
        .expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['tags.1']);
    });

    it('keeps private notes: masked, platform notes hidden from owners, never in the user-facing API', async () => {
      const supportNote = `Rappeler le client au ${PII.phone}`;
      const posted = await t
        .http()
        .post(`/api/support/conversations/${fx.demoFr}/notes`)
        .set(auth(tok.support))
        .send({ text: supportNote })
        .expect(201);
      expect(posted.body.note).toMatchObject({
        text: `Rappeler le client au ${PII.phoneMasked}`,
        author: { email: 's•••@demo.dz', role: 'SUPPORT' },
        scope: 'platform',
      });
      await t
        .http()
        .post(`/api/support/conversations/${fx.demoFr}/notes`)
        .set(auth(tok.owner))
        .send({ text: 'Vérifié avec le fournisseur' })
        .expect(201);
      await t.http().post(`/api/support/conversations/${fx.demoFr}/notes`).set(auth(tok.owner)).send({ text: '   ' }).expect(400);

      const staffView = (await t.http().get(`/api/support/conversations/${fx.demoFr}`).set(auth(tok.support)).expect(200)).body;
      expect(staffView.notes.map((n: any) => [n.text, n.scope])).toEqual([
        [`Rappeler le client au ${PII.phoneMasked}`, 'platform'],
        ['Vérifié avec le fournisseur', 'tenant'],
      ]);
      const ownerView = (await t.http().get(`/api/support/conversations/${fx.demoFr}`).set(auth(tok.owner)).expect(200)).body;
      expect(ownerView.notes.map((n: any) => n.text)).toEqual(['Vérifié avec le fournisseur']);

      // The conversation's own user, through the chat API: no notes, no tags.
      const chat = await t.http().get(`/api/conversations/${fx.demoFr}`).set(auth(tok.owner)).expect(200);
      expect(chat.body).not.toHaveProperty('supportNotes');
      expect(chat.body).not.toHaveProperty('notes');
      expect(JSON.stringify(chat.body)).not.toContain('Rappeler le client');
      expect(JSON.stringify(chat.body)).not.toContain('Vérifié avec le fournisseur');

      const notes = await db.prisma.auditLog.findMany({ where: { action: 'support.note', entityId: fx.demoFr } });
      expect(notes.map((n) => n.userId).sort()).toEqual([supportId, fx.ownerId].sort());
      // The audit row says a note was written, without copying its (personal) text.
      expect(JSON.stringify(notes)).not.toContain(PII.phone);
    });
  });

  describe('export', () => {
    it('exports JSONL, one masked conversation per line, as an attachment, audited', async () => {
      const res = await t
        .http()
        .get(`/api/support/conversations/export?format=jsonl&tenantId=${fx.demoTenantId}`)
        .set(auth(tok.support))
        .buffer(true)
        .parse(text)
        .expect(200);
      expect(res.headers['content-type']).toContain('application/x-ndjson');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="tajer-conversations-\d{8}-\d{6}\.jsonl"$/);
      const lines = String(res.body)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(res.headers['x-export-count']).toBe(String(lines.length));
      const fr = lines.find((l) => l.conversation.id === fx.demoFr);
      expect(lines.map((l) => l.conversation.tenant.id)).toEqual(lines.map(() => fx.demoTenantId));
      expect(fr.conversation).toMatchObject({
        messageCount: 3,
        tools: ['inventory_adjust', 'inventory_search'],
        rating: 'up',
        hasError: false,
      });
      expect(fr.messages).toHaveLength(3);
      expect(fr.toolCalls.map((c: any) => c.name)).toEqual(['inventory_search', 'inventory_adjust']);
      expect(fr.messages[0].text).toContain(PII.phoneMasked);
      expectMasked(res.body);
      expect(
        await db.prisma.auditLog.findFirst({ where: { userId: supportId, action: 'support.export' }, orderBy: { createdAt: 'desc' } }),
      ).toMatchObject({
        tenantId: fx.demoTenantId,
        data: { format: 'jsonl', filters: { tenantId: fx.demoTenantId }, count: lines.length, truncated: false },
      });
    });

    it('exports CSV, one row per message, Excel-ready and masked', async () => {
      const res = await t
        .http()
        .get(`/api/support/conversations/export?format=csv&q=semoule`)
        .set(auth(tok.support))
        .buffer(true)
        .parse(text)
        .expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".*\.csv"$/);
      const body = String(res.body);
      expect(body.startsWith('\uFEFFconversation_id,tenant,user_email,')).toBe(true);
      const rows = body.trim().split('\r\n');
      expect(rows).toHaveLength(1 + 3);
      expect(rows[2]).toContain('inventory_search:succeeded; inventory_adjust:succeeded');
      expect(rows[2]).toContain(',up,');
      expect(body).toContain(PII.phoneMasked);
      expectMasked(body);
    });

    it('confines owners, caps with limit, and unmasks only for an administrator', async () => {
      const owner = await t
        .http()
        .get(`/api/support/conversations/export?tenantId=${fx.oranTenantId}`)
        .set(auth(tok.owner))
        .buffer(true)
        .parse(text)
        .expect(200);
      expect(owner.headers['x-export-count']).toBe('0');
      expect(String(owner.body)).toBe('');
      const capped = await t
        .http()
        .get('/api/support/conversations/export?limit=1')
        .set(auth(tok.support))
        .buffer(true)
        .parse(text)
        .expect(200);
      expect(capped.headers).toMatchObject({ 'x-export-count': '1', 'x-export-truncated': 'true' });
      const admin = await t
        .http()
        .get('/api/support/conversations/export?format=csv&q=carte&unmask=true')
        .set(auth(tok.admin))
        .buffer(true)
        .parse(text)
        .expect(200);
      expect(String(admin.body)).toContain(PII.card);
      expect(
        await db.prisma.auditLog.findFirst({
          where: { userId: adminId, action: 'support.unmask', data: { path: ['access'], equals: 'support.export' } },
        }),
      ).not.toBeNull();
      await t.http().get('/api/support/conversations/export?format=xml').set(auth(tok.support)).expect(400);
    });
  });

  describe('audit trail and query plans', () => {
    it("holds one row per access by the support account, each with the request's id", async () => {
      const rows = await audits(supportId);
      expect(rows.every((r) => r.requestId)).toBe(true);
      expect(new Set(rows.map((r) => r.action))).toEqual(
        new Set(['support.list', 'support.view', 'support.export', 'support.tag', 'support.note']),
      );
      // Every support call in this file wrote a row: the 403 unmask attempts wrote none.
      expect(rows.filter((r) => r.action === 'support.view').map((r) => r.entityId)).toEqual([fx.demoFr, fx.demoEn, fx.demoFr]);
    });

    it('serves the text search from the full-text and trigram indexes', async () => {
      const { whereClause, withClause } = await import('../../src/support/support-filters.sql');
      const { Prisma } = await import('../../src/generated/prisma/client');
      const filter = { tenantId: null, q: 'semoule' };
      const plan = await db.prisma.$transaction(async (tx) => {
        // Tiny tables: without this the planner rightly prefers scanning them.
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        const rows = await tx.$queryRaw<{ 'QUERY PLAN': unknown }[]>(
          Prisma.sql`EXPLAIN (FORMAT JSON) ${withClause(filter)} SELECT c.id FROM "Conversation" c ${whereClause(filter)}`,
        );
        return JSON.stringify(rows[0]['QUERY PLAN']);
      });
      expect(plan).toContain('"Index Name":"Message_text_fts_idx"');
      expect(plan).toContain('"Index Name":"Message_text_trgm_idx"');
    });
  });
});

/** supertest parser that keeps the body as text (CSV, JSONL). */
function text(res: NodeJS.ReadableStream, cb: (err: Error | null, body: string) => void) {
  let data = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (data += chunk));
  res.on('end', () => cb(null, data));
}
