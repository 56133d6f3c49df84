import OpenAI from 'openai';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { createTestDatabase, TestDatabase } from '../setup/test-database';
import { createTestApp, TestApp } from '../helpers/test-app';
import { seededApp } from '../helpers/seeded-app';
import { baseUrlOf, ChatClient } from '../helpers/chat-client';
import { OpenAiStubServer } from '../helpers/openai-stub-server';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function newKey(t: TestApp, ownerToken: string, scopes: string[]): Promise<string> {
  return (
    await t
      .http()
      .post('/api/api-keys')
      .set(bearer(ownerToken))
      .send({ name: `v1 ${scopes.join('+')}`, scopes })
      .expect(201)
  ).body.key;
}

describe('OpenAI-compatible API (/v1) driven by the official openai client', () => {
  let db: TestDatabase;
  let t: TestApp;
  let owner: string;
  let readKey: string;
  let writeKey: string;
  let client: OpenAI;
  const stock = async () =>
    (await db.prisma.product.findFirstOrThrow({ where: { sku: 'EPI-001', tenant: { users: { some: { email: 'owner@demo.dz' } } } } }))
      .stock;

  const app = seededApp({ logins: ['owner@demo.dz'] });
  beforeAll(async () => {
    ({
      t,
      db,
      tokens: [owner],
    } = app);
    readKey = await newKey(t, owner, ['read']);
    writeKey = await newKey(t, owner, ['read', 'write']);
    client = new OpenAI({ apiKey: readKey, baseURL: `${baseUrlOf(t.app)}/v1`, maxRetries: 0 });
  });

  it('lists the tajer model', async () => {
    const models = [];
    for await (const m of client.models.list()) models.push(m);
    expect(models).toEqual([{ id: 'tajer', object: 'model', created: expect.any(Number), owned_by: 'tajer' }]);
    expect(await client.models.retrieve('tajer')).toMatchObject({ id: 'tajer' });
  });

  it('answers a question through the agent, logs it in a Tajer conversation and fills usage', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'tajer', messages: [{ role: 'user', content: 'Il me reste combien de semoule ?' }] })
      .withResponse();
    expect(data).toMatchObject({
      object: 'chat.completion',
      model: 'tajer',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant' } }],
    });
    const answer = data.choices[0].message.content!;
    const { stock } = await db.prisma.product.findFirstOrThrow({ where: { sku: 'EPI-001', tenant: { slug: 'demo-superette' } } });
    expect(answer).toContain(`${stock} sacs`);
    expect(answer).toContain('Semoule');
    expect(data.usage!.prompt_tokens).toBeGreaterThan(0);
    expect(data.usage!.completion_tokens).toBeGreaterThan(0);
    expect(data.usage!.total_tokens).toBe(data.usage!.prompt_tokens + data.usage!.completion_tokens);
    // The offline model reports no tokens: they are counted with GPT-4o's tokenizer (o200k_base), as OpenAI counts chats.
    const enc = new Tiktoken(o200k);
    expect(data.usage!.prompt_tokens).toBe(3 + 3 + enc.encode('user').length + enc.encode('Il me reste combien de semoule ?').length);
    expect(data.usage!.completion_tokens).toBe(enc.encode(answer).length);

    const conversationId = response.headers.get('x-tajer-conversation')!;
    const conversation = await db.prisma.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      include: { messages: { orderBy: { createdAt: 'asc' } }, toolCalls: true },
    });
    expect(conversation.channel).toBe('openai-api');
    expect(conversation.messages.map((m) => [m.role, m.text])).toEqual([
      ['USER', 'Il me reste combien de semoule ?'],
      ['ASSISTANT', answer],
    ]);
    expect(data.id).toBe(`chatcmpl-${conversation.messages[1].id}`);
    expect(conversation.toolCalls).toEqual([expect.objectContaining({ name: 'inventory_search', status: 'SUCCEEDED' })]);
  });

  it('asks which customer in words an API caller can read, with the exact sentences to send back (no guess, nothing written)', async () => {
    const sales = () => db.prisma.sale.count();
    const before = await sales();
    const said = "J'ai vendu 3 sucre à crédit à Karim";
    // The demo's notebook has several Karims: the app shows buttons; an API caller gets the question and its choices.
    const completion = await client.chat.completions.create({ model: 'tajer', messages: [{ role: 'user', content: said }] });
    const text = completion.choices[0].message.content ?? '';
    expect(text).toMatch(/Plusieurs clients correspondent à « Karim »/);
    const choices = text.split('\n').filter((line) => line.startsWith('- '));
    expect(choices.length).toBeGreaterThan(1);
    for (const choice of choices) expect(choice).toMatch(/^- J'ai vendu 3 Sucre blanc 1kg à Karim \S+/);
    const rest = await t.http().post('/api/ai/chat').set(bearer(owner)).send({ message: said }).expect(200);
    expect(rest.body.answer).toBe(text);
    expect(await sales()).toBe(before);
  });

  it('streams OpenAI chunks whose deltas are exactly the stored answer, then usage and [DONE]', async () => {
    const stream = await client.chat.completions.create({
      model: 'tajer',
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: 'user', content: 'What are my expenses this month?' }],
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.every((c) => c.object === 'chat.completion.chunk' && c.model === 'tajer' && c.id === chunks[0].id)).toBe(true);
    expect(chunks[0].choices[0].delta).toMatchObject({ role: 'assistant', content: '' });
    const withChoices = chunks.filter((c) => c.choices.length);
    expect(withChoices.at(-1)!.choices[0]).toMatchObject({ finish_reason: 'stop', delta: {} });
    expect(withChoices.slice(0, -1).every((c) => c.choices[0].finish_reason === null && c.usage === null)).toBe(true);
    const usage = chunks.at(-1)!;
    expect(usage.choices).toEqual([]);
    expect(usage.usage).toMatchObject({ prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) });
    expect(usage.usage!.completion_tokens).toBeGreaterThan(0);

    const streamed = withChoices.map((c) => c.choices[0].delta.content ?? '').join('');
    expect(withChoices.length).toBeGreaterThan(5); // token by token, not one block
    const stored = await db.prisma.message.findUniqueOrThrow({ where: { id: chunks[0].id.replace('chatcmpl-', '') } });
    expect(streamed).toBe(stored.text);
    expect(stored.language).toBe('en');
    expect(streamed).toMatch(/expenses/i);

    // The raw wire format ends with data: [DONE].
    const raw = await fetch(`${baseUrlOf(t.app)}/v1/chat/completions`, {
      method: 'POST',
      headers: { ...bearer(readKey), 'Content-Type': 'application/json' },
      body: JSON.stringify({ model: 'tajer', stream: true, messages: [{ role: 'user', content: 'Bonjour' }] }),
    });
    expect(raw.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await raw.text();
    expect(text.trim().endsWith('data: [DONE]')).toBe(true);
    expect(text).not.toContain('"usage"'); // not asked for
  });

  it('a read-only key only proposes writes: the answer says how to approve, and the approval endpoint refuses it', async () => {
    const before = await stock();
    const stream = await client.chat.completions.create({
      model: 'tajer',
      stream: true,
      messages: [{ role: 'user', content: 'ajoute 30 semoule' }],
    });
    let streamed = '';
    let last: any;
    for await (const chunk of stream) {
      streamed += chunk.choices[0]?.delta.content ?? '';
      last = chunk.choices[0]?.finish_reason ? chunk : last;
    }
    expect(await stock()).toBe(before);
    const [approval] = last.tajer.approvals;
    expect(approval).toMatchObject({
      tool: 'inventory_adjust',
      summary: expect.stringContaining(`${before} → ${before + 30}`),
      approvePath: `/api/approvals/${approval.toolCallId}`,
    });
    expect(streamed).toContain(`${before} → ${before + 30}`);
    expect(streamed).toContain(`POST /api/approvals/${approval.toolCallId}`);
    expect(streamed).toContain('lecture seule');
    const stored = await db.prisma.message.findUniqueOrThrow({ where: { id: last.tajer.messageId } });
    expect(streamed).toBe(stored.text);

    const refused = await t
      .http()
      .post(`/api/approvals/${approval.toolCallId}`)
      .set(bearer(readKey))
      .send({ decision: 'approve' })
      .expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    // Nor through the chat socket, with an edit.
    const socket = new ChatClient(baseUrlOf(t.app), readKey);
    await socket.connected();
    const ack = await socket.emit('approval:decide', { toolCallId: approval.toolCallId, decision: 'edit', args: { quantity: 500 } });
    socket.close();
    expect(ack).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await stock()).toBe(before);

    // A key with the write scope lists and approves it (an edited quantity), once.
    const pending = await t.http().get('/api/approvals').set(bearer(writeKey)).expect(200);
    expect(pending.body.items).toContainEqual(
      expect.objectContaining({ toolCallId: approval.toolCallId, channel: 'openai-api', tool: 'inventory_adjust' }),
    );
    const applied = await t
      .http()
      .post(`/api/approvals/${approval.toolCallId}`)
      .set(bearer(writeKey))
      .send({ decision: 'approve', edit: { quantity: 10 } })
      .expect(200);
    expect(applied.body).toMatchObject({
      status: 'applied',
      decision: 'edited',
      toolStatus: 'succeeded',
      result: { stockBefore: before, stockAfter: before + 10 },
    });
    expect(await stock()).toBe(before + 10);
    const again = await t
      .http()
      .post(`/api/approvals/${approval.toolCallId}`)
      .set(bearer(writeKey))
      .send({ decision: 'approve' })
      .expect(200);
    expect(again.body.status).toBe('already-decided');
    expect(await stock()).toBe(before + 10);
    await t.http().post('/api/inventory/movements').set(bearer(owner)).send({ sku: 'EPI-001', quantity: -10, reason: 'reset' });
  });

  it('a key with the write scope still only proposes through /v1 (approval is a separate, explicit step)', async () => {
    const before = await stock();
    const writer = new OpenAI({ apiKey: writeKey, baseURL: `${baseUrlOf(t.app)}/v1`, maxRetries: 0 });
    const res: any = await writer.chat.completions.create({ model: 'tajer', messages: [{ role: 'user', content: 'ajoute 5 semoule' }] });
    expect(res.tajer.approvals).toHaveLength(1);
    expect(res.choices[0].message.content).toContain('POST /api/approvals/');
    expect(res.choices[0].message.content).not.toContain('lecture seule');
    // An API client has no card above the text: the proposed change is written below the answer, never « ci-dessus ».
    expect(res.choices[0].message.content).toMatch(/^Vérifiez la modification proposée :[^]*\nModification proposée : /);
    expect(await stock()).toBe(before);
    await t
      .http()
      .post(`/api/approvals/${res.tajer.approvals[0].toolCallId}`)
      .set(bearer(writeKey))
      .send({ decision: 'reject' })
      .expect(200);
    expect(await stock()).toBe(before);
  });

  it("continues a conversation by `user` or by the X-Tajer-Conversation header; a stateless client's history is stored", async () => {
    const a = await client.chat.completions
      .create({ model: 'tajer', user: 'caisse-1', messages: [{ role: 'user', content: 'Il me reste combien de sucre ?' }] })
      .withResponse();
    const b = await client.chat.completions
      .create({ model: 'tajer', user: 'caisse-1', messages: [{ role: 'user', content: 'et la semoule ?' }] })
      .withResponse();
    const conversationId = a.response.headers.get('x-tajer-conversation')!;
    expect(b.response.headers.get('x-tajer-conversation')).toBe(conversationId);
    const other = await client.chat.completions
      .create({ model: 'tajer', user: 'caisse-2', messages: [{ role: 'user', content: 'Bonjour' }] })
      .withResponse();
    expect(other.response.headers.get('x-tajer-conversation')).not.toBe(conversationId);
    const c = await client.chat.completions
      .create({ model: 'tajer', messages: [{ role: 'user', content: 'Merci' }] }, { headers: { 'X-Tajer-Conversation': conversationId } })
      .withResponse();
    expect(c.response.headers.get('x-tajer-conversation')).toBe(conversationId);
    const messages = await db.prisma.message.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' } });
    expect(messages.filter((m) => m.role === 'USER').map((m) => m.text)).toEqual([
      'Il me reste combien de sucre ?',
      'et la semoule ?',
      'Merci',
    ]);

    // A client that resends the whole chat (no user, no header): a new conversation holding that history first.
    const d = await client.chat.completions
      .create({
        model: 'tajer',
        messages: [
          { role: 'system', content: 'You are helpful.' },
          { role: 'user', content: 'Il me reste combien de sucre ?' },
          { role: 'assistant', content: 'Il vous reste 12 paquets de sucre.' },
          { role: 'user', content: 'et la semoule ?' },
        ],
      })
      .withResponse();
    const imported = await db.prisma.message.findMany({
      where: { conversationId: d.response.headers.get('x-tajer-conversation')! },
      orderBy: { createdAt: 'asc' },
    });
    expect(imported.map((m) => [m.role, m.text])).toEqual([
      ['USER', 'Il me reste combien de sucre ?'],
      ['ASSISTANT', 'Il vous reste 12 paquets de sucre.'],
      ['USER', 'et la semoule ?'],
      ['ASSISTANT', d.data.choices[0].message.content],
    ]);
    expect(d.data.choices[0].message.content).toContain('Semoule');
  });

  it("answers errors in OpenAI's shape, which the client raises as typed errors", async () => {
    const unknownModel = await client.chat.completions
      .create({ model: 'gpt-17', messages: [{ role: 'user', content: 'hi' }] })
      .catch((e) => e);
    expect(unknownModel).toBeInstanceOf(OpenAI.NotFoundError);
    expect(unknownModel.status).toBe(404);
    expect(unknownModel.error).toEqual({
      message: expect.stringContaining("'gpt-17' does not exist"),
      type: 'invalid_request_error',
      param: 'model',
      code: 'model_not_found',
    });

    const notUser = await client.chat.completions
      .create({ model: 'tajer', messages: [{ role: 'assistant', content: 'hi' }] })
      .catch((e) => e);
    expect(notUser).toBeInstanceOf(OpenAI.BadRequestError);
    expect(notUser.error).toMatchObject({ type: 'invalid_request_error', param: 'messages' });

    const invalid = await client.chat.completions.create({ model: 'tajer', messages: [] }).catch((e) => e);
    expect(invalid).toBeInstanceOf(OpenAI.BadRequestError);
    expect(invalid.error).toMatchObject({ type: 'invalid_request_error', param: 'messages', code: 'validation_failed' });

    const nul = await client.chat.completions.create({ model: 'tajer', messages: [{ role: 'user', content: 'a\u0000b' }] }).catch((e) => e);
    expect(nul).toBeInstanceOf(OpenAI.BadRequestError);

    const badKey = await new OpenAI({
      apiKey: 'tjr_000000000000_nope-nope-nope-nope-nope',
      baseURL: `${baseUrlOf(t.app)}/v1`,
      maxRetries: 0,
    }).models
      .list()
      .catch((e) => e);
    expect(badKey).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(badKey.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_api_key' });

    const unknownConversation = await client.chat.completions
      .create(
        { model: 'tajer', messages: [{ role: 'user', content: 'hi' }] },
        { headers: { 'X-Tajer-Conversation': '00000000-0000-4000-8000-000000000000' } },
      )
      .catch((e) => e);
    expect(unknownConversation).toBeInstanceOf(OpenAI.NotFoundError);
    expect(unknownConversation.error.code).toBe('conversation_not_found');

    const remoteImage = await client.chat.completions
      .create({
        model: 'tajer',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'scanne' },
              { type: 'image_url', image_url: { url: 'http://169.254.169.254/x.png' } },
            ],
          },
        ],
      })
      .catch((e) => e);
    expect(remoteImage).toBeInstanceOf(OpenAI.BadRequestError);
    expect(remoteImage.error).toMatchObject({ code: 'invalid_image_url', param: 'messages[0].content[1].image_url' });

    const malformed = await t
      .http()
      .post('/v1/chat/completions')
      .set(bearer(readKey))
      .set('Content-Type', 'application/json')
      .send('{"model": ')
      .expect(400);
    expect(malformed.body).toEqual({
      error: { message: expect.any(String), type: 'invalid_request_error', param: null, code: expect.any(String) },
    });
    const unknownUrl = await t.http().get('/v1/embeddings-or-whatever').set('Accept', 'text/html').expect(404);
    expect(unknownUrl.body.error).toMatchObject({ type: 'invalid_request_error', code: 'unknown_url' });
  });

  it("keeps businesses apart: another business's key sees its own stock and cannot continue this conversation", async () => {
    const oranOwner = await t.login('owner@oran.dz');
    const oran = new OpenAI({ apiKey: await newKey(t, oranOwner, ['read']), baseURL: `${baseUrlOf(t.app)}/v1`, maxRetries: 0 });
    const mine = await client.chat.completions
      .create({ model: 'tajer', messages: [{ role: 'user', content: 'Il me reste combien de semoule ?' }] })
      .withResponse();
    const demoConversation = mine.response.headers.get('x-tajer-conversation')!;
    const theirs = await oran.chat.completions
      .create({ model: 'tajer', messages: [{ role: 'user', content: 'Il me reste combien de semoule ?' }] })
      .withResponse();
    expect(theirs.data.choices[0].message.content).not.toBe(mine.data.choices[0].message.content);
    const oranConversation = await db.prisma.conversation.findUniqueOrThrow({
      where: { id: theirs.response.headers.get('x-tajer-conversation')! },
      include: { tenant: true },
    });
    expect(oranConversation.tenant.slug).not.toBe(
      (await db.prisma.conversation.findUniqueOrThrow({ where: { id: demoConversation }, include: { tenant: true } })).tenant.slug,
    );
    const hijack = await oran.chat.completions
      .create(
        { model: 'tajer', messages: [{ role: 'user', content: 'et le sucre ?' }] },
        { headers: { 'X-Tajer-Conversation': demoConversation } },
      )
      .catch((e) => e);
    expect(hijack).toBeInstanceOf(OpenAI.NotFoundError);
    // Same `user` value, other business: another conversation.
    const u1 = await client.chat.completions
      .create({ model: 'tajer', user: 'shared', messages: [{ role: 'user', content: 'Bonjour' }] })
      .withResponse();
    const u2 = await oran.chat.completions
      .create({ model: 'tajer', user: 'shared', messages: [{ role: 'user', content: 'Bonjour' }] })
      .withResponse();
    expect(u2.response.headers.get('x-tajer-conversation')).not.toBe(u1.response.headers.get('x-tajer-conversation'));
    // And the other business cannot decide this business's proposals.
    const proposal: any = await client.chat.completions.create({
      model: 'tajer',
      messages: [{ role: 'user', content: 'ajoute 3 semoule' }],
    });
    const oranWrite = await newKey(t, oranOwner, ['read', 'write']);
    await t
      .http()
      .post(`/api/approvals/${proposal.tajer.approvals[0].toolCallId}`)
      .set(bearer(oranWrite))
      .send({ decision: 'approve' })
      .expect(404);
  });
});

describe('OpenAI-compatible API with an OpenAI-compatible provider (local stub speaking the real wire format)', () => {
  let db: TestDatabase;
  let t: TestApp;
  let llm: OpenAiStubServer;
  let client: OpenAI;

  beforeAll(async () => {
    db = await createTestDatabase();
    llm = new OpenAiStubServer((body, i) => {
      if (body.messages?.some((m: any) => m.role === 'user' && String(m.content).includes('panne')))
        return { status: 500, body: { error: { message: 'provider down' } } };
      if (llm.requests[i].path === '/v1/models')
        return {
          status: 200,
          body: {
            object: 'list',
            data: [
              { id: 'gpt-4o-mini', object: 'model', created: 1, owned_by: 'openai' },
              { id: 'qwen2.5-7b', object: 'model', created: 2, owned_by: 'local' },
            ],
          },
        };
      return body.messages.some((m: any) => m.role === 'tool')
        ? { text: 'Il vous reste 42 sacs de semoule.' }
        : { toolCall: { name: 'inventory_search', args: { query: 'semoule' } } };
    });
    const base = await llm.start();
    t = await createTestApp(db.url, {
      LLM_PROVIDER: 'openai',
      OPENAI_API_BASE: base,
      OPENAI_API_KEY: 'sk-test',
      OPENAI_MODEL: 'gpt-4o-mini',
      LLM_FALLBACK_LOCAL: 'false',
    });
    const owner = await t.login('owner@demo.dz');
    client = new OpenAI({ apiKey: await newKey(t, owner, ['read']), baseURL: `${baseUrlOf(t.app)}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await t?.close();
    await llm?.stop();
    await db?.drop();
  });

  it("lists the provider's models beside tajer and runs the agent on the one asked for, with the provider's usage", async () => {
    const ids = [];
    for await (const m of client.models.list()) ids.push(m.id);
    expect(ids).toEqual(['tajer', 'gpt-4o-mini', 'qwen2.5-7b']);

    const res = await client.chat.completions.create({
      model: 'qwen2.5-7b',
      messages: [{ role: 'user', content: 'Il me reste combien de semoule ?' }],
    });
    expect(res.model).toBe('qwen2.5-7b');
    expect(res.choices[0].message.content).toBe('Il vous reste 42 sacs de semoule.');
    const completions = llm.requests.filter((r) => r.path === '/v1/chat/completions');
    expect(completions.map((r) => r.body.model)).toEqual(['qwen2.5-7b', 'qwen2.5-7b']);
    // The stub reports 120 + 18 tokens per call (two calls: the tool choice, then the answer).
    expect(res.usage).toEqual({ prompt_tokens: 240, completion_tokens: 36, total_tokens: 276 });

    const tajer = await client.chat.completions.create({
      model: 'tajer',
      messages: [{ role: 'user', content: 'Il me reste combien de semoule ?' }],
    });
    expect(tajer.model).toBe('tajer');
    expect(llm.requests.filter((r) => r.path === '/v1/chat/completions').at(-1)!.body.model).toBe('gpt-4o-mini');
  });

  it('a turn that fails is an error for the client, streaming or not (the apology stays in the log)', async () => {
    const plain = await client.chat.completions
      .create({ model: 'tajer', messages: [{ role: 'user', content: 'panne ?' }] })
      .catch((e) => e);
    expect(plain).toBeInstanceOf(OpenAI.InternalServerError);
    expect(plain.status).toBe(502);
    expect(plain.error).toMatchObject({ type: 'server_error', code: 'assistant_failed' });
    const stream = await client.chat.completions.create({
      model: 'tajer',
      stream: true,
      messages: [{ role: 'user', content: 'encore une panne ?' }],
    });
    const failure = await (async () => {
      for await (const _chunk of stream) void _chunk;
    })().catch((e) => e);
    expect(failure).toBeInstanceOf(OpenAI.APIError);
    expect(failure.error).toMatchObject({ type: 'server_error', code: 'assistant_failed' });
    const failed = await db.prisma.message.findMany({ where: { status: 'FAILED', conversation: { channel: 'openai-api' } } });
    expect(failed).toHaveLength(2);
  });
});
