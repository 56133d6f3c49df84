import { createTestDatabase } from '../setup/test-database';
import { createTestApp, TestApp } from '../helpers/test-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { OpenAiStubServer } from '../helpers/openai-stub-server';
import { AgentRepository } from '../../src/agent/agent.repository';
import { ask, decide } from './tools-chat';

describe('the openai provider, against a local OpenAI-compatible server (real wire format)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const apps: TestApp[] = [];
  const servers: OpenAiStubServer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    for (const s of servers) await s.stop();
    await db?.drop();
  });

  async function setup(script: ConstructorParameters<typeof OpenAiStubServer>[0], env: Record<string, string> = {}) {
    const server = new OpenAiStubServer(script);
    servers.push(server);
    const base = await server.start();
    const t = await createTestApp(db.url, {
      LLM_PROVIDER: 'openai',
      OPENAI_API_BASE: base,
      OPENAI_API_KEY: 'sk-test-key',
      OPENAI_MODEL: 'gpt-test',
      ...env,
    });
    apps.push(t);
    const client = new ChatClient(baseUrlOf(t.app), await t.login('owner@demo.dz'));
    await client.connected();
    return { server, t, client };
  }

  it('streams tool calls from the provider, runs the tool, sends the result back and streams the answer', async () => {
    const { server, client } = await setup((body) =>
      body.messages.some((m: any) => m.role === 'tool')
        ? { text: 'Il vous reste 42 sacs de semoule.' }
        : { toolCall: { name: 'inventory_search', args: { query: 'semoule' } } },
    );
    const ack = await client.emit('message:send', { clientMessageId: 'oa-1', text: 'Il me reste combien de semoule ?' });
    const done = await client.completed();
    client.close();

    // What the provider received: the tools as JSON schemas, the system prompt, then the tool result.
    const first = server.requests[0];
    expect(first.path).toBe('/v1/chat/completions');
    expect(first.headers.authorization).toBe('Bearer sk-test-key');
    expect(first.body).toMatchObject({ model: 'gpt-test', stream: true });
    const names = first.body.tools.map((t: any) => t.function.name);
    expect(names).toEqual(expect.arrayContaining(['inventory_search', 'inventory_adjust', 'dashboard_stats', 'expenses_add']));
    const search = first.body.tools.find((t: any) => t.function.name === 'inventory_search').function;
    expect(search.parameters.properties.query).toMatchObject({ type: 'string', description: expect.any(String) });
    expect(first.body.messages[0].role).toBe('system');
    expect(JSON.stringify(first.body.messages[0].content)).toContain('Supérette El Baraka');
    const second = server.requests[1].body;
    const toolMsg = second.messages.find((m: any) => m.role === 'tool');
    expect(toolMsg.tool_call_id).toBe('call_abc123');
    expect(JSON.parse(toolMsg.content)).toHaveProperty('status');

    // What the user got: tool events, streamed tokens, the final text; all stored.
    const types = client.events.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['message.accepted', 'tool.started', 'tool.finished', 'message.delta', 'message.completed']),
    );
    expect(types.indexOf('tool.finished')).toBeLessThan(types.indexOf('message.delta'));
    expect(done.message.text).toBe('Il vous reste 42 sacs de semoule.');
    const call = await db.prisma.toolCall.findFirstOrThrow({ where: { conversationId: ack.conversationId } });
    expect(call).toMatchObject({ name: 'inventory_search', args: { query: 'semoule' } });
    const row = await db.prisma.message.findUniqueOrThrow({ where: { id: done.message.id } });
    expect(row).toMatchObject({ provider: 'openai', model: 'gpt-test', status: 'COMPLETED', promptTokens: 240, completionTokens: 36 });
  });

  it('reads the shop profile for the system prompt once for a burst of turns of one business', async () => {
    const { t, client } = await setup((body) =>
      body.messages.some((m: any) => m.role === 'tool')
        ? { text: 'Il vous reste 42 sacs de semoule.' }
        : { toolCall: { name: 'inventory_search', args: { query: 'semoule' } } },
    );
    const profiles = jest.spyOn(t.app.get(AgentRepository), 'tenantProfile');
    // Three new conversations at once: every turn needs the profile before its first model request.
    const acks = await Promise.all(
      ['burst-1', 'burst-2', 'burst-3'].map((id) =>
        client.emit('message:send', { clientMessageId: id, text: 'Il me reste combien de semoule ?' }),
      ),
    );
    const done = await Promise.all(
      acks.map((ack) => client.waitFor((e) => e.type === 'message.completed' && e.conversationId === ack.conversationId)),
    );
    client.close();
    expect(done.map((e: any) => e.message.text)).toEqual(Array(3).fill('Il vous reste 42 sacs de semoule.'));
    expect(profiles).toHaveBeenCalledTimes(1);
  });

  it('records a tool call whose arguments do not match the schema and tells the model why, in words it can act on', async () => {
    const { server, client } = await setup((body) =>
      body.messages.some((m: any) => m.role === 'tool')
        ? { text: 'Pardon, je reformule.' }
        : { toolCall: { name: 'inventory_search', args: { query: 42, limit: 'beaucoup' } } },
    );
    const ack = await client.emit('message:send', { clientMessageId: 'oa-bad-args', text: 'Il me reste combien de semoule ?' });
    const done = await client.completed();
    client.close();

    const toolMsg = server.requests[1].body.messages.find((m: any) => m.role === 'tool');
    const outcome = JSON.parse(toolMsg.content);
    expect(outcome).toMatchObject({ status: 'failed', error: { code: 'INVALID_ARGUMENTS', message: expect.stringMatching(/query/) } });
    const call = await db.prisma.toolCall.findFirstOrThrow({ where: { conversationId: ack.conversationId } });
    expect(call).toMatchObject({ name: 'inventory_search', status: 'FAILED', args: { query: 42, limit: 'beaucoup' } });
    expect(call.error).toMatch(/INVALID_ARGUMENTS|query/);
    expect(done.message).toMatchObject({ status: 'completed', text: 'Pardon, je reformule.' });
  });

  it('stops a turn while the provider is still streaming: the request is aborted and the partial answer kept as cancelled', async () => {
    const { server, client } = await setup(() => ({ textThenHold: 'Je regarde ' }));
    const ack = await client.emit('message:send', { clientMessageId: 'oa-stop', text: 'Il me reste combien de semoule ?' });
    await client.waitFor((e) => e.type === 'message.delta');
    expect(await client.emit('generation:stop', { conversationId: ack.conversationId })).toMatchObject({ ok: true, stopped: true });
    const done = await client.completed();
    client.close();
    expect(done.message).toMatchObject({ status: 'cancelled', text: 'Je regarde ' });
    // The provider's response was closed by the backend: a stopped turn does not keep a connection (and a model) busy.
    for (let i = 0; i < 50 && server.closedByClient === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(server.closedByClient).toBe(1);
    const row = await db.prisma.message.findUniqueOrThrow({ where: { id: done.message.id } });
    expect(row.status).toBe('CANCELLED');
  });

  it('tells the user clearly and records the turn as failed when the provider fails', async () => {
    const { client } = await setup(() => ({ status: 500, body: { error: { message: 'upstream exploded' } } }), {
      LLM_FALLBACK_LOCAL: 'false',
    });
    const ack = await client.emit('message:send', { clientMessageId: 'oa-2', text: 'Quel est mon chiffre du mois ?' });
    const error = await client.waitFor((e) => e.type === 'error');
    const done = await client.completed();
    client.close();
    expect(error).toMatchObject({ code: 'MODEL_FAILED', message: expect.stringMatching(/Désolé/) });
    expect(done.message.status).toBe('failed');
    const row = await db.prisma.message.findUniqueOrThrow({ where: { id: done.message.id } });
    expect(row).toMatchObject({ status: 'FAILED', error: 'MODEL_FAILED', provider: 'openai' });
    expect(await db.prisma.message.count({ where: { conversationId: ack.conversationId, role: 'USER' } })).toBe(1);
  });

  it('falls back to the offline model when configured', async () => {
    const { client } = await setup(() => ({ status: 503, body: { error: { message: 'overloaded' } } }), { LLM_FALLBACK_LOCAL: 'true' });
    await client.emit('message:send', { clientMessageId: 'oa-3', text: 'Bonjour' });
    const done = await client.completed();
    client.close();
    expect(done.message.status).toBe('completed');
    expect(done.message.text).toMatch(/Bonjour/);
    const row = await db.prisma.message.findUniqueOrThrow({ where: { id: done.message.id } });
    expect(row.provider).toBe('openai→local');
  });
  it('replaces a waiting card by the same change with other figures (« non, 12 »): only the corrected one can be approved', async () => {
    // An OpenAI-compatible model has no follow-up flag: a card of the same tool about the same goods is the correction.
    const { client } = await setup((body) => {
      const last = body.messages[body.messages.length - 1];
      if (last.role === 'tool') return { text: 'La carte attend votre validation.' };
      const quantity = /non/.test(String(last.content)) ? 12 : 10;
      return { toolCall: { name: 'inventory_adjust', args: { product: 'Sucre blanc 1kg', quantity } } };
    });
    const sugar = () => db.prisma.product.findFirstOrThrow({ where: { sku: 'EPI-006', tenant: { slug: 'demo-superette' } } });
    const before = await sugar();
    const first = await ask(client, 'ajoute 10 sucre');
    const fixed = await ask(client, 'non, 12', { conversationId: first.conversationId });
    expect(fixed.approvals).toHaveLength(1);
    const ack = await client.emit('approval:decide', { toolCallId: first.approvals[0].toolCallId, decision: 'approve' });
    expect(ack).toMatchObject({ ok: false, code: 'CONFLICT' });
    await decide(client, first.conversationId, fixed.approvals[0].toolCallId, 'approve');
    expect((await sugar()).stock).toBe(before.stock + 12);
    client.close();
  });
});
