// The chat protocol (issue 12): one definition in this package, parsed by the chat UI on every incoming event and by
// the gateway on every client payload. Run `npm run build -w @tajer/contract` first.
const test = require('node:test');
const assert = require('node:assert/strict');
const c = require('../dist');

const base = { conversationId: 'c1', seq: 3, at: '2026-11-18T09:30:00.000Z' };
const message = {
  id: 'm1',
  conversationId: 'c1',
  role: 'assistant',
  status: 'completed',
  text: 'Il vous reste 42 sacs.',
  parts: [{ type: 'text', text: 'Il vous reste 42 sacs.' }],
  language: 'fr',
  createdAt: base.at,
};
const proposal = {
  summary: 'Semoule 10kg : 42 → 72',
  changes: [{ field: 'stock', label: 'Stock', before: 42, after: 72 }],
  editable: ['quantity'],
};
const toolPart = {
  type: 'tool',
  toolCallId: 't1',
  name: 'inventory_adjust',
  kind: 'write',
  args: { product: 'semoule', quantity: 30 },
  state: 'awaiting-approval',
  proposal,
};

const VALID = [
  { ...base, type: 'message.accepted', message: { ...message, role: 'user', clientMessageId: 'k1' }, assistantMessageId: 'm2' },
  { ...base, type: 'message.delta', messageId: 'm2', delta: 'Il vous' },
  { ...base, type: 'tool.started', messageId: 'm2', toolCallId: 't1', name: 'inventory_search', kind: 'read', args: { query: 'semoule' } },
  {
    ...base,
    type: 'tool.finished',
    messageId: 'm2',
    toolCallId: 't1',
    name: 'inventory_search',
    status: 'succeeded',
    summary: '42 sacs',
    result: { any: 'shape' },
    durationMs: 12,
  },
  {
    ...base,
    type: 'tool.finished',
    messageId: 'm2',
    toolCallId: 't1',
    name: 'inventory_adjust',
    status: 'failed',
    durationMs: 3,
    clarification: { question: 'Lequel ?', choices: [{ label: 'Lait 1L', text: 'Lait 1L' }] },
  },
  { ...base, type: 'approval.required', messageId: 'm2', toolCallId: 't1', name: 'inventory_adjust', args: { quantity: 30 }, proposal },
  {
    ...base,
    type: 'approval.resolved',
    messageId: 'm2',
    toolCallId: 't1',
    decision: 'edited',
    args: { quantity: 20 },
    proposal: { ...proposal, notes: ['Stock bas'] },
  },
  {
    ...base,
    type: 'message.completed',
    message: { ...message, parts: [toolPart, { type: 'attachment', attachmentId: 'a1' }, { type: 'clarification', choices: [] }] },
  },
  { ...base, type: 'error', code: 'RATE_LIMITED', message: 'Trop de messages' },
];

test('every server event type has a valid example that parses', () => {
  assert.deepEqual([...new Set(VALID.map((e) => e.type))].sort(), [...c.SERVER_EVENT_TYPES].sort());
  for (const e of VALID) {
    const r = c.parseServerEvent(e);
    assert.ok(r.event, `${e.type}: ${r.error}`);
    assert.equal(r.event.seq, 3);
  }
});

test('malformed events are refused with the reason', () => {
  const bad = [
    { ...VALID[1], type: 'message.unknown' },
    { ...VALID[1], seq: 0 },
    { ...VALID[1], seq: '4' },
    { ...VALID[1], conversationId: undefined },
    { ...VALID[3], status: 'running' },
    { ...VALID[5], proposal: { summary: 'x' } },
    { ...VALID[7], message: { ...message, role: 'system' } },
    { ...VALID[7], message: { ...message, parts: [{ type: 'tool', name: 'x' }] } },
    null,
    'chat:event',
  ];
  for (const e of bad) {
    const r = c.parseServerEvent(e);
    assert.equal(r.event, null, JSON.stringify(e));
    assert.equal(typeof r.error, 'string');
  }
});

test('client payloads: what the gateway takes, and what it refuses', () => {
  const id = '0b9f4c3e-1d2a-4c5b-8e6f-7a8b9c0d1e2f';
  assert.deepEqual(c.SendMessagePayloadSchema.parse({ clientMessageId: 'k1', text: 'bonjour' }), {
    clientMessageId: 'k1',
    text: 'bonjour',
    attachmentIds: [],
  });
  assert.ok(c.SendMessagePayloadSchema.safeParse({ clientMessageId: 'k1', attachmentIds: [id], lang: 'ar' }).success);
  assert.equal(c.SendMessagePayloadSchema.safeParse({ clientMessageId: 'k1', text: '  ' }).success, false, 'no text and no image');
  assert.equal(c.SendMessagePayloadSchema.safeParse({ clientMessageId: 'k1', text: 'x', extra: 1 }).success, false, 'strict');
  assert.equal(c.SendMessagePayloadSchema.safeParse({ clientMessageId: 'k1', text: 'x', lang: 'de' }).success, false);
  assert.ok(c.ResumePayloadSchema.safeParse({ conversationId: id, afterSeq: 0 }).success);
  assert.equal(c.ResumePayloadSchema.safeParse({ conversationId: id, afterSeq: -1 }).success, false);
  assert.equal(c.StopPayloadSchema.safeParse({ conversationId: 'c1' }).success, false, 'a uuid');
  assert.ok(c.DecidePayloadSchema.safeParse({ toolCallId: id, decision: 'edit', args: { quantity: 20 } }).success);
  assert.equal(c.DecidePayloadSchema.safeParse({ toolCallId: id, decision: 'maybe' }).success, false);
  assert.equal(c.CHAT_NAMESPACE, '/chat');
});
