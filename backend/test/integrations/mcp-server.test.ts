import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { MultiServerMCPClient } from '@langchain/mcp-adapters';
import { TOOLS } from '@tajer/tools';
import { ToolRegistry } from '../../src/agent/tool-registry';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { createTestApp, TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { OpenAiStubServer } from '../helpers/openai-stub-server';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
type CallResult = { content: { type: string; text: string }[]; isError?: boolean };

/** The demo's semolina stock now (the demo is topped up with sales to the test clock when the server starts). */
const semolina = (db: TestDatabase) =>
  db.prisma.product.findFirstOrThrow({ where: { sku: 'EPI-001', tenant: { slug: 'demo-superette' } } }).then((p) => p.stock);

describe('MCP server (/mcp) driven by the official MCP SDK client', () => {
  let db: TestDatabase;
  let t: TestApp;
  let owner: string;
  const keys: Record<string, string> = {};
  const clients: Client[] = [];
  const stock = async () =>
    (await db.prisma.product.findFirstOrThrow({ where: { sku: 'EPI-001', tenant: { users: { some: { email: 'owner@demo.dz' } } } } }))
      .stock;

  async function connect(key: string, query = '', headers: Record<string, string> = {}) {
    const client = new Client({ name: 'tajer-test', version: '1.0.0' });
    const transport = new StreamableHTTPClientTransport(new URL(`${baseUrlOf(t.app)}/mcp${query}`), {
      requestInit: { headers: { ...bearer(key), ...headers } },
    });
    await client.connect(transport);
    clients.push(client);
    return { client, transport };
  }
  const call = async (client: Client, name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallResult;
  const structured = (r: CallResult) => JSON.parse(r.content[1].text);

  // Declared before the fixture: afterAll hooks run in declaration order, so clients close before the app does.
  afterAll(async () => {
    for (const c of clients) await c.close().catch(() => undefined);
  });
  const app = seededApp({ logins: ['owner@demo.dz'] });
  beforeAll(async () => {
    ({
      t,
      db,
      tokens: [owner],
    } = app);
    for (const [name, scopes] of Object.entries({ read: ['read'], write: ['read', 'write'], mcp: ['read', 'mcp:write'] })) {
      keys[name] = (
        await t
          .http()
          .post('/api/api-keys')
          .set(bearer(owner))
          .send({ name: `mcp ${name}`, scopes })
          .expect(201)
      ).body.key;
    }
  });

  it("lists every Tajer tool with its JSON schema, described in the caller's language", async () => {
    const en = await (await connect(keys.read)).client.listTools();
    const fr = await (await connect(keys.read, '?lang=fr')).client.listTools();
    const ar = await (await connect(keys.read, '', { 'Accept-Language': 'ar-DZ,ar;q=0.9' })).client.listTools();
    expect(en.tools.map((x) => x.name).sort()).toEqual(TOOLS.map((x) => x.name).sort());
    const adjust = (list: typeof en) => list.tools.find((x) => x.name === 'inventory_adjust')!;
    expect(adjust(en).description).toMatch(/^Record a stock movement/);
    expect(adjust(fr).description).toMatch(/^Enregistre un mouvement de stock/);
    expect(adjust(ar).description).toMatch(/^تسجيل حركة مخزون/);
    expect(adjust(en).inputSchema).toMatchObject({
      type: 'object',
      required: ['product', 'quantity'],
      // A number, not an integer: a fraction (« 2.5 kg ») reaches the tool, which refuses it in words — « integer »
      // made models round it on their own.
      properties: { product: { type: 'string' }, quantity: { type: 'number' } },
    });
    expect((adjust(fr).inputSchema.properties as any).quantity.description).toMatch(/^Nombre d'unités signé/);
    expect((adjust(ar).inputSchema.properties as any).quantity.description).toMatch(/^عدد الوحدات/);
    expect(adjust(en).annotations).toMatchObject({ readOnlyHint: false });
    expect(en.tools.find((x) => x.name === 'inventory_search')!.annotations).toMatchObject({ readOnlyHint: true });
    for (const list of [fr, ar])
      for (const tool of list.tools) expect(tool.description).not.toBe(en.tools.find((x) => x.name === tool.name)!.description);
  });

  it('runs a read tool and logs the call like the chat (one conversation per MCP session, channel mcp)', async () => {
    const { client, transport } = await connect(keys.read, '?lang=fr');
    const stock = await semolina(db);
    const first = await call(client, 'inventory_search', { query: 'semoule' });
    expect(first.isError).toBeFalsy();
    expect(first.content[0].text).toContain(`Il vous reste **${stock} sacs** de Semoule 10kg`);
    expect(structured(first)).toMatchObject({ status: 'succeeded', data: { items: [expect.objectContaining({ sku: 'EPI-001', stock })] } });
    const second = await call(client, 'dashboard_stats', { period: 'month' });
    expect(second.isError).toBeFalsy();
    expect(structured(second).conversationId).toBe(structured(first).conversationId);
    expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);

    const conversation = await db.prisma.conversation.findUniqueOrThrow({
      where: { id: structured(first).conversationId },
      include: { messages: { orderBy: { createdAt: 'asc' } }, toolCalls: { orderBy: { createdAt: 'asc' } } },
    });
    expect(conversation).toMatchObject({ channel: 'mcp', language: 'fr' });
    expect(conversation.messages.map((m) => [m.role, m.status])).toEqual([
      ['USER', 'COMPLETED'],
      ['ASSISTANT', 'COMPLETED'],
      ['USER', 'COMPLETED'],
      ['ASSISTANT', 'COMPLETED'],
    ]);
    expect(conversation.messages[0].text).toBe('MCP · inventory_search {"query":"semoule"}');
    expect(conversation.messages[1].text).toBe(first.content[0].text);
    expect(conversation.toolCalls.map((c) => [c.name, c.status, c.args])).toEqual([
      ['inventory_search', 'SUCCEEDED', { query: 'semoule' }],
      ['dashboard_stats', 'SUCCEEDED', { period: 'month' }],
    ]);
    // The owner reviews it in the app like any conversation.
    const listed = await t.http().get(`/api/conversations/${conversation.id}`).set(bearer(owner)).expect(200);
    expect(JSON.stringify(listed.body)).toContain('inventory_search');
  });

  it('write tools return the proposal and wait for approval, with a read key and with a write key alike', async () => {
    const before = await stock();
    for (const key of [keys.read, keys.write]) {
      const { client } = await connect(key);
      const res = await call(client, 'inventory_adjust', { product: 'semoule', quantity: 30, reason: 'livraison' });
      expect(res.isError).toBeFalsy();
      const out = structured(res);
      expect(out).toMatchObject({
        status: 'awaiting_approval',
        approvals: [{ tool: 'inventory_adjust', summary: `Received: +30 — Semolina 10kg (SIM, medium): ${before} → ${before + 30} bags` }],
      });
      expect(res.content[0].text).toContain(`POST /api/approvals/${out.approvals[0].toolCallId}`);
      expect(await stock()).toBe(before);
      const recorded = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: out.approvals[0].toolCallId } });
      expect(recorded).toMatchObject({ status: 'AWAITING_APPROVAL', confirmation: 'PENDING', kind: 'write' });
    }
    // The read key cannot approve its own proposal through the API either.
    const pending = (await t.http().get('/api/approvals').set(bearer(keys.write)).expect(200)).body.items.filter(
      (i: any) => i.channel === 'mcp',
    );
    expect(pending).toHaveLength(2);
    await t.http().post(`/api/approvals/${pending[0].toolCallId}`).set(bearer(keys.read)).send({ decision: 'approve' }).expect(403);
    for (const p of pending)
      await t.http().post(`/api/approvals/${p.toolCallId}`).set(bearer(keys.write)).send({ decision: 'reject' }).expect(200);
    expect(await stock()).toBe(before);
  });

  it('a key created with mcp:write runs writes at once, through the same approval path (recorded as approved)', async () => {
    const before = await stock();
    const { client } = await connect(keys.mcp, '?lang=en');
    const res = await call(client, 'inventory_adjust', { product: 'semoule', quantity: 5, reason: 'delivery' });
    expect(res.isError).toBeFalsy();
    const out = structured(res);
    expect(out).toMatchObject({
      status: 'succeeded',
      approvedAtOnce: [expect.any(String)],
      data: { stockBefore: before, stockAfter: before + 5 },
    });
    expect(res.content[0].text).toMatch(/42 → 47|Semolina|Semoule/);
    expect(await stock()).toBe(before + 5);
    const call2 = await db.prisma.toolCall.findUniqueOrThrow({ where: { id: out.approvedAtOnce[0] } });
    expect(call2).toMatchObject({ status: 'SUCCEEDED', confirmation: 'APPROVED' });
    const movement = await db.prisma.stockMovement.findFirstOrThrow({ where: { toolCallId: call2.id } });
    expect(movement).toMatchObject({ quantity: 5, stockBefore: before, stockAfter: before + 5 });
    // Invalid arguments are an error result, and nothing is written.
    const bad = await call(client, 'inventory_adjust', { product: 'semoule' });
    expect(bad.isError).toBe(true);
    expect(structured(bad).error.code).toBe('INVALID_ARGUMENTS');
    const nul = await client.callTool({ name: 'inventory_search', arguments: { query: 'se\u0000moule' } }).catch((e) => e);
    expect(String(nul.message ?? nul)).toMatch(/NUL/);
    expect(await stock()).toBe(before + 5);
    await t.http().post('/api/inventory/movements').set(bearer(owner)).send({ sku: 'EPI-001', quantity: -5, reason: 'reset' });
  });

  it('refuses missing or revoked keys, and keeps businesses apart', async () => {
    const noKey = await t
      .http()
      .post('/mcp')
      .set('Accept', 'application/json, text/event-stream')
      .send({ jsonrpc: '2.0', id: 1, method: 'tools/list' })
      .expect(401);
    expect(noKey.body.code).toBe('UNAUTHENTICATED');
    const oranOwner = await t.login('owner@oran.dz');
    const oranKey = (
      await t
        .http()
        .post('/api/api-keys')
        .set(bearer(oranOwner))
        .send({ name: 'oran mcp', scopes: ['read', 'mcp:write'] })
        .expect(201)
    ).body.key;
    const { client } = await connect(oranKey, '?lang=fr');
    const theirs = structured(await call(client, 'inventory_search', { query: 'semoule' }));
    const mine = await db.prisma.product.findFirstOrThrow({
      where: { sku: 'EPI-001', tenant: { users: { some: { email: 'owner@demo.dz' } } } },
    });
    expect(theirs.data.items.map((i: any) => i.id)).not.toContain(mine.id);
    const conversation = await db.prisma.conversation.findUniqueOrThrow({
      where: { id: theirs.conversationId },
      include: { tenant: { include: { users: true } } },
    });
    expect(conversation.tenant.users.map((u) => u.email)).toContain('owner@oran.dz');
    // A session id from another business names no conversation of theirs: it starts a new one in the caller's business.
    const demo = await connect(keys.read);
    const demoCall = structured(await call(demo.client, 'inventory_search', { query: 'sucre' }));
    const hijack = new Client({ name: 'x', version: '1' });
    await hijack.connect(
      new StreamableHTTPClientTransport(new URL(`${baseUrlOf(t.app)}/mcp`), {
        requestInit: { headers: { ...bearer(oranKey) } },
        sessionId: demo.transport.sessionId,
      }),
    );
    clients.push(hijack);
    const other = structured((await hijack.callTool({ name: 'inventory_search', arguments: { query: 'sucre' } })) as CallResult);
    expect(other.conversationId).not.toBe(demoCall.conversationId);

    const revoked = (
      await t
        .http()
        .post('/api/api-keys')
        .set(bearer(owner))
        .send({ name: 'temp', scopes: ['read'] })
        .expect(201)
    ).body;
    await t.http().delete(`/api/api-keys/${revoked.id}`).set(bearer(owner)).expect(200);
    await expect(connect(revoked.key)).rejects.toThrow(/401|Unauthorized|invalid/i);
  });
});

describe("Tajer calling Tajer through LangChain's MCP adapters (MCP_SERVERS)", () => {
  let db: TestDatabase;
  let shop: TestApp;
  let assistant: TestApp | undefined;
  let llm: OpenAiStubServer;
  let key: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    shop = await createTestApp(db.url);
    const owner = await shop.login('owner@demo.dz');
    key = (
      await shop
        .http()
        .post('/api/api-keys')
        .set(bearer(owner))
        .send({ name: 'other tajer', scopes: ['read'] })
        .expect(201)
    ).body.key;
  });
  afterAll(async () => {
    await assistant?.close();
    await shop?.close();
    await llm?.stop();
    await db?.drop();
  });

  it("LangChain's MultiServerMCPClient loads Tajer's tools and calls one", async () => {
    const client = new MultiServerMCPClient({
      mcpServers: { shop: { url: `${baseUrlOf(shop.app)}/mcp?lang=fr`, headers: bearer(key) } },
      throwOnLoadError: true,
    });
    try {
      const tools = await client.getTools();
      const search = tools.find((x) => x.name.endsWith('inventory_search'))!;
      expect(search).toBeDefined();
      const out = await search.invoke({ query: 'semoule' });
      expect(JSON.stringify(out)).toContain(`${await semolina(db)} sacs`);
    } finally {
      await client.close();
    }
  });

  it('another Tajer registers them beside its own (prefixed), as reads or approval-gated writes, and its assistant uses them', async () => {
    llm = new OpenAiStubServer((body) =>
      body.messages.some((m: any) => m.role === 'tool')
        ? { text: "L'autre boutique a 42 sacs de semoule." }
        : { toolCall: { name: 'shop_inventory_search', args: { query: 'semoule' } } },
    );
    const base = await llm.start();
    const other = await createTestDatabase();
    try {
      assistant = await createTestApp(other.url, {
        LLM_PROVIDER: 'openai',
        OPENAI_API_BASE: base,
        OPENAI_API_KEY: 'sk-test',
        MCP_SERVERS: JSON.stringify({ shop: { url: `${baseUrlOf(shop.app)}/mcp?lang=fr`, headers: bearer(key) } }),
      });
      const registry = assistant.app.get(ToolRegistry);
      expect(registry.get('inventory_search')).toBeDefined(); // its own
      expect(registry.get('shop_inventory_search')).toMatchObject({ kind: 'read', requiresApproval: false });
      expect(registry.get('shop_inventory_adjust')).toMatchObject({ kind: 'write', requiresApproval: true });
      expect(registry.isBorrowed('shop_inventory_search')).toBe(true);

      const chat = new ChatClient(baseUrlOf(assistant.app), await assistant.login('owner@oran.dz'));
      await chat.connected();
      await chat.emit('message:send', { clientMessageId: 'tajer-tajer-1', text: "Combien de semoule dans l'autre boutique ?" });
      const finished: any = await chat.waitFor((e) => e.type === 'tool.finished');
      const done = await chat.completed();
      chat.close();
      expect(finished).toMatchObject({ name: 'shop_inventory_search', status: 'succeeded' });
      expect(finished.summary).toContain(`${await semolina(db)} sacs`);
      expect(done.message.text).toBe("L'autre boutique a 42 sacs de semoule.");
      // The serving Tajer logged the call in its own MCP conversation.
      const logged = await db.prisma.toolCall.findFirstOrThrow({ where: { name: 'inventory_search', conversation: { channel: 'mcp' } } });
      expect(logged).toMatchObject({ status: 'SUCCEEDED', args: { query: 'semoule' } });
      // Tajer's own MCP endpoint does not re-serve borrowed tools.
      const mcp = new Client({ name: 'x', version: '1' });
      const ownerB = await assistant.login('owner@demo.dz');
      const keyB = (
        await assistant
          .http()
          .post('/api/api-keys')
          .set(bearer(ownerB))
          .send({ name: 'b', scopes: ['read'] })
          .expect(201)
      ).body.key;
      await mcp.connect(
        new StreamableHTTPClientTransport(new URL(`${baseUrlOf(assistant.app)}/mcp`), { requestInit: { headers: bearer(keyB) } }),
      );
      expect((await mcp.listTools()).tools.map((x) => x.name)).not.toContain('shop_inventory_search');
      await mcp.close();
    } finally {
      await assistant?.close();
      assistant = undefined;
      await other.drop();
    }
  });
});
