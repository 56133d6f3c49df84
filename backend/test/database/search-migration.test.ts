/** 20261122000100_search: the extensions, the immutable unaccent wrapper and the message full-text index. */
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../setup/test-database';

const MATCHING = `to_tsvector('simple', immutable_unaccent("text")) @@ plainto_tsquery('simple', immutable_unaccent($1))`;

describe('search migration (real PostgreSQL)', () => {
  let db: TestDatabase;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase({ template: 'empty' });
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    const tenant = await db.prisma.tenant.create({ data: { name: 'Search', slug: 'search' } });
    const conversation = await db.prisma.conversation.create({ data: { tenantId: tenant.id } });
    const texts = [
      'Je veux 3 bouteilles de CRÈME fraîche',
      'بغيت زوج حليب كانديا',
      'How much did I sell yesterday?',
      'Rupture de stock sur le café',
    ];
    for (const text of texts)
      await db.prisma.message.create({ data: { tenantId: tenant.id, conversationId: conversation.id, role: 'USER', text } });
  });

  afterAll(async () => {
    await pg?.end();
    await db?.drop();
  });

  it('installs pg_trgm and unaccent', async () => {
    const { rows } = await pg.query("SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent') ORDER BY extname");
    expect(rows.map((r) => r.extname)).toEqual(['pg_trgm', 'unaccent']);
  });

  it('provides an immutable unaccent whose meaning does not depend on search_path', async () => {
    const { rows } = await pg.query("SELECT provolatile FROM pg_proc WHERE proname = 'immutable_unaccent'");
    expect(rows).toEqual([{ provolatile: 'i' }]);
    await pg.query('SET search_path = pg_catalog');
    try {
      const result = await pg.query("SELECT public.immutable_unaccent('Crème brûlée à Béjaïa') AS plain");
      expect(result.rows[0].plain).toBe('Creme brulee a Bejaia');
    } finally {
      await pg.query('RESET search_path');
    }
  });

  it('finds messages ignoring case and accents, in French and Arabic', async () => {
    const search = async (q: string) =>
      (await pg.query(`SELECT "text" FROM "Message" WHERE ${MATCHING} ORDER BY "text"`, [q])).rows.map((r) => r.text);
    expect(await search('creme fraiche')).toEqual(['Je veux 3 bouteilles de CRÈME fraîche']);
    expect(await search('CAFÉ')).toEqual(['Rupture de stock sur le café']);
    expect(await search('حليب')).toEqual(['بغيت زوج حليب كانديا']);
    expect(await search('yesterday sell')).toEqual(['How much did I sell yesterday?']);
  });

  it('serves that search from the Message_text_fts_idx index', async () => {
    await pg.query('SET enable_seqscan = off');
    try {
      const { rows } = await pg.query(`EXPLAIN (FORMAT JSON) SELECT id FROM "Message" WHERE ${MATCHING}`, ['creme']);
      expect(JSON.stringify(rows[0]['QUERY PLAN'])).toContain('"Index Name":"Message_text_fts_idx"');
    } finally {
      await pg.query('RESET enable_seqscan');
    }
  });
});
