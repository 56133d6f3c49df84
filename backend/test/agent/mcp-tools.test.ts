import { resolve } from 'node:path';
import { ToolRegistry } from '../../src/agent/tool-registry';
import { createTestDatabase } from '../setup/test-database';
import { createTestApp, TestApp } from '../helpers/test-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { OpenAiStubServer } from '../helpers/openai-stub-server';

describe('tools served by an MCP server (real stdio MCP server, @langchain/mcp-adapters)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let t: TestApp;
  let llm: OpenAiStubServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    llm = new OpenAiStubServer((body) =>
      body.messages.some((m: any) => m.role === 'tool')
        ? { text: 'Le taux officiel : 1 EUR = 150,25 DA.' }
        : { toolCall: { name: 'exchange_rate', args: { currency: 'EUR' } } },
    );
    const base = await llm.start();
    const server = resolve(__dirname, '../fixtures/mcp/rates-server.mjs');
    t = await createTestApp(db.url, {
      LLM_PROVIDER: 'openai',
      OPENAI_API_BASE: base,
      OPENAI_API_KEY: 'sk-test',
      MCP_SERVERS: JSON.stringify({ rates: { transport: 'stdio', command: process.execPath, args: [server] } }),
    });
  });
  afterAll(async () => {
    await t?.close();
    await llm?.stop();
    await db?.drop();
  });

  it('registers the MCP tools beside the built-in ones, offers them to the model and runs them', async () => {
    const registry = t.app.get(ToolRegistry);
    expect(registry.get('exchange_rate')).toMatchObject({ kind: 'read', requiresApproval: false });
    expect(registry.get('inventory_search')).toBeDefined();

    const client = new ChatClient(baseUrlOf(t.app), await t.login('owner@demo.dz'));
    await client.connected();
    const ack = await client.emit('message:send', { clientMessageId: 'mcp-1', text: "C'est combien l'euro ?" });
    const finished: any = await client.waitFor((e) => e.type === 'tool.finished');
    const done = await client.completed();
    client.close();

    expect(llm.requests[0].body.tools.map((x: any) => x.function.name)).toContain('exchange_rate');
    expect(finished).toMatchObject({ name: 'exchange_rate', status: 'succeeded', summary: expect.stringContaining('150.25 DZD') });
    expect(done.message.text).toContain('150,25');
    const call = await db.prisma.toolCall.findFirstOrThrow({ where: { conversationId: ack.conversationId } });
    expect(call).toMatchObject({ name: 'exchange_rate', status: 'SUCCEEDED', args: { currency: 'EUR' } });
  });
});
