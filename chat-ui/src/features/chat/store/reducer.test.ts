import { describe, expect, it } from 'vitest';
import type { ChatMessage, ServerEvent } from '@tajer/contract';
import { chatReducer, initialChatState } from './reducer';
import { isGenerating, nextToSend, outboxFor } from './selectors';
import type { ChatAction, ChatState, OutboxItem, ToolPart } from './types';

const C = 'conv-1';
const at = '2025-05-01T10:00:00.000Z';

const userMessage = (over: Partial<ChatMessage> = {}): ChatMessage => ({
  id: 'u1',
  conversationId: C,
  role: 'user',
  status: 'completed',
  text: 'Il me reste combien de semoule ?',
  parts: [{ type: 'text', text: 'Il me reste combien de semoule ?' }],
  clientMessageId: 'client-1',
  createdAt: at,
  ...over,
});

/** Builds the event stream of one turn so tests can pick, reorder and replay events by seq. */
function turn(startSeq = 1): ServerEvent[] {
  let seq = startSeq;
  const base = () => ({ conversationId: C, seq: seq++, at });
  return [
    { ...base(), type: 'message.accepted', message: userMessage(), assistantMessageId: 'a1' },
    {
      ...base(),
      type: 'tool.started',
      messageId: 'a1',
      toolCallId: 't1',
      name: 'inventory_search',
      kind: 'read',
      args: { query: 'semoule' },
    },
    {
      ...base(),
      type: 'tool.finished',
      messageId: 'a1',
      toolCallId: 't1',
      name: 'inventory_search',
      status: 'succeeded',
      result: { items: [{ name: 'Semoule 10kg', stock: 42 }] },
      durationMs: 12,
    },
    { ...base(), type: 'message.delta', messageId: 'a1', delta: 'Il vous reste ' },
    { ...base(), type: 'message.delta', messageId: 'a1', delta: '42 sacs.' },
    {
      ...base(),
      type: 'message.completed',
      message: {
        id: 'a1',
        conversationId: C,
        role: 'assistant',
        status: 'completed',
        text: 'Il vous reste 42 sacs.',
        parts: [{ type: 'text', text: 'Il vous reste 42 sacs.' }],
        createdAt: at,
      },
    },
  ];
}

const run = (events: ServerEvent[], state: ChatState = initialChatState()) =>
  events.reduce((s, event) => chatReducer(s, { type: 'server/event', event }), state);
const reduce = (state: ChatState, ...actions: ChatAction[]) => actions.reduce(chatReducer, state);
const conv = (s: ChatState) => s.conversations[C];
const assistant = (s: ChatState) => conv(s).messages.find((m) => m.id === 'a1')!;

const outboxItem = (over: Partial<OutboxItem> = {}): OutboxItem => ({
  clientMessageId: 'client-1',
  threadKey: 'draft:1',
  text: 'Il me reste combien de semoule ?',
  attachmentIds: [],
  state: 'queued',
  createdAt: at,
  ...over,
});

describe('chatReducer: ordering and streaming', () => {
  it('streams deltas into the assistant message in seq order', () => {
    const s = run(turn().slice(0, 5));
    expect(conv(s).lastSeq).toBe(5);
    expect(conv(s).messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(assistant(s).text).toBe('Il vous reste 42 sacs.');
    expect(assistant(s).status).toBe('streaming');
    expect(isGenerating(conv(s))).toBe(true);
    const tool = assistant(s).parts[0] as ToolPart;
    expect(tool).toMatchObject({ type: 'tool', name: 'inventory_search', state: 'succeeded', durationMs: 12 });
    expect(assistant(s).parts[1]).toEqual({ type: 'text', text: 'Il vous reste 42 sacs.' });
  });

  it('replaces the streamed message with the completed one', () => {
    const s = run(turn());
    expect(assistant(s).status).toBe('completed');
    expect(isGenerating(conv(s))).toBe(false);
  });

  it('ignores events at or below the last applied seq (duplicates)', () => {
    const events = turn().slice(0, 5);
    const once = run(events);
    const twice = run([events[3], events[4], events[1]], once);
    expect(twice).toBe(once);
    expect(assistant(twice).text).toBe('Il vous reste 42 sacs.');
  });

  it('holds events after a gap, asks for a resume, and applies them once the gap is filled', () => {
    const [e1, e2, e3, e4, e5] = turn();
    let s = run([e1, e2, e4, e5]);
    expect(conv(s).lastSeq).toBe(2);
    expect(conv(s).pending.map((e) => e.seq)).toEqual([4, 5]);
    expect(conv(s).resume).toBe('needed');
    expect(assistant(s).text).toBe('');

    s = reduce(s, { type: 'resume/requested', conversationId: C });
    expect(conv(s).resume).toBe('inflight');
    // The replay re-sends 3, 4 and 5; 4 and 5 are then duplicates of the held ones.
    s = run([e3, e4, e5], s);
    s = reduce(s, { type: 'resume/done', conversationId: C, lastSeq: 5 });
    expect(conv(s).lastSeq).toBe(5);
    expect(conv(s).pending).toEqual([]);
    expect(conv(s).resume).toBe('idle');
    expect(assistant(s).text).toBe('Il vous reste 42 sacs.');
  });

  it('asks for a snapshot when the resume ends behind the server', () => {
    let s = run(turn().slice(0, 2));
    s = reduce(s, { type: 'resume/requested', conversationId: C }, { type: 'resume/done', conversationId: C, lastSeq: 6 });
    expect(conv(s).resume).toBe('reload');
    s = reduce(s, { type: 'resume/failed', conversationId: C });
    expect(conv(s).resume).toBe('reload');
  });
});

describe('chatReducer: reconnect and snapshots', () => {
  it('marks conversations for resume after a reconnect and requeues unacknowledged sends', () => {
    let s = run(turn().slice(0, 3));
    s = reduce(
      s,
      { type: 'connection/changed', state: 'online' },
      { type: 'outbox/enqueued', item: outboxItem({ clientMessageId: 'client-2', threadKey: C, conversationId: C }) },
      { type: 'outbox/sending', clientMessageId: 'client-2' },
      { type: 'connection/changed', state: 'reconnecting' },
    );
    expect(s.outbox[0].state).toBe('queued');
    s = reduce(s, { type: 'connection/changed', state: 'online' });
    expect(conv(s).resume).toBe('needed');
  });

  it('resumes a reloaded snapshot without duplicating the replayed answer', () => {
    const events = turn();
    // The snapshot was taken mid-answer (seq 4, partial text); the replay restarts the turn from seq 1.
    const partial: ChatMessage = {
      ...userMessage({ id: 'a1', role: 'assistant', status: 'streaming', text: 'Il vous reste ', clientMessageId: null }),
    };
    let s = reduce(initialChatState(), {
      type: 'conversation/loaded',
      conversation: { id: C, lastSeq: 0, messages: [userMessage(), partial] },
    });
    expect(conv(s).resume).toBe('needed');
    s = run(events, s);
    expect(assistant(s).text).toBe('Il vous reste 42 sacs.');
    expect(conv(s).messages).toHaveLength(2);
  });

  it('keeps live state when a snapshot is older than what was applied', () => {
    const s1 = run(turn());
    const s2 = reduce(s1, { type: 'conversation/loaded', conversation: { id: C, lastSeq: 2, messages: [userMessage()] } });
    expect(conv(s2).messages).toHaveLength(2);
    expect(conv(s2).lastSeq).toBe(6);
  });

  it('applies held events above the snapshot seq after loading it', () => {
    const events = turn();
    let s = run([events[4]]); // seq 5 arrives before the conversation was ever loaded
    expect(conv(s).pending).toHaveLength(1);
    const partial = userMessage({
      id: 'a1',
      role: 'assistant',
      status: 'streaming',
      text: 'Il vous reste ',
      parts: [{ type: 'text', text: 'Il vous reste ' }],
      clientMessageId: null,
    });
    s = reduce(s, { type: 'conversation/loaded', conversation: { id: C, lastSeq: 4, messages: [userMessage(), partial] } });
    expect(conv(s).lastSeq).toBe(5);
    expect(assistant(s).text).toBe('Il vous reste 42 sacs.');
  });
});

describe('chatReducer: approvals, stop and failures', () => {
  const approvalTurn = (): ServerEvent[] => [
    {
      conversationId: C,
      seq: 1,
      at,
      type: 'message.accepted',
      message: userMessage({ text: 'Ajoute 10 sacs de semoule' }),
      assistantMessageId: 'a1',
    },
    {
      conversationId: C,
      seq: 2,
      at,
      type: 'approval.required',
      messageId: 'a1',
      toolCallId: 't1',
      name: 'inventory_adjust',
      args: { product: 'Semoule 10kg', quantity: 10 },
      proposal: {
        summary: 'Semoule 10kg : 42 → 52',
        changes: [{ field: 'stock', label: 'Stock', before: 42, after: 52 }],
        editable: ['quantity'],
      },
    },
  ];

  it('shows an approval, then the rejection', () => {
    let s = run(approvalTurn());
    const tool = () => assistant(s).parts.find((p): p is ToolPart => p.type === 'tool')!;
    expect(tool()).toMatchObject({ state: 'awaiting-approval', kind: 'write', proposal: { summary: 'Semoule 10kg : 42 → 52' } });
    s = run([{ conversationId: C, seq: 3, at, type: 'approval.resolved', messageId: 'a1', toolCallId: 't1', decision: 'rejected' }], s);
    expect(tool().state).toBe('rejected');
  });

  it('runs the write with edited arguments after an edit-and-approve', () => {
    let s = run(approvalTurn());
    s = run(
      [
        {
          conversationId: C,
          seq: 3,
          at,
          type: 'approval.resolved',
          messageId: 'a1',
          toolCallId: 't1',
          decision: 'edited',
          args: { product: 'Semoule 10kg', quantity: 12 },
        },
      ],
      s,
    );
    const tool = assistant(s).parts[0] as ToolPart;
    expect(tool.state).toBe('running');
    expect(tool.args).toEqual({ product: 'Semoule 10kg', quantity: 12 });
  });

  it('keeps the question a tool asked instead of failing, with its choices', () => {
    const clarification = { question: 'Lequel ?', choices: [{ label: 'Huile Elio 5L', text: 'Huile de table Elio 5L' }] };
    const s = run([
      {
        conversationId: C,
        seq: 1,
        at,
        type: 'message.accepted',
        message: userMessage({ text: "J'ai reçu 6 bidons d'huile" }),
        assistantMessageId: 'a1',
      },
      {
        conversationId: C,
        seq: 2,
        at,
        type: 'tool.started',
        messageId: 'a1',
        toolCallId: 't1',
        name: 'inventory_adjust',
        kind: 'write',
        args: { product: 'huile', quantity: 6 },
      },
      {
        conversationId: C,
        seq: 3,
        at,
        type: 'tool.finished',
        messageId: 'a1',
        toolCallId: 't1',
        name: 'inventory_adjust',
        status: 'failed',
        error: 'Lequel ?',
        durationMs: 3,
        clarification,
      },
    ]);
    expect(assistant(s).parts[0]).toMatchObject({ type: 'tool', state: 'failed', clarification });
  });

  it('shows the change recomputed after an edit, not the first proposal', () => {
    let s = run(approvalTurn());
    const proposal = {
      summary: 'Semoule 10kg : 42 → 54 (+12)',
      changes: [{ field: 'stock', label: 'Stock', before: 42, after: 54 }],
      editable: ['quantity'],
    };
    s = run(
      [
        {
          conversationId: C,
          seq: 3,
          at,
          type: 'approval.resolved',
          messageId: 'a1',
          toolCallId: 't1',
          decision: 'edited',
          args: { quantity: 12 },
          proposal,
        },
      ],
      s,
    );
    expect((assistant(s).parts[0] as ToolPart).proposal).toEqual(proposal);
    // A plain approval keeps the proposal that was shown.
    let t = run(approvalTurn());
    t = run([{ conversationId: C, seq: 3, at, type: 'approval.resolved', messageId: 'a1', toolCallId: 't1', decision: 'approved' }], t);
    expect((assistant(t).parts[0] as ToolPart).proposal?.summary).toBe('Semoule 10kg : 42 → 52');
  });

  it('clears the stop flag when the cancelled answer completes', () => {
    let s = run(turn().slice(0, 4));
    s = reduce(s, { type: 'stop/requested', conversationId: C });
    expect(conv(s).stopping).toBe(true);
    s = run(
      [
        {
          conversationId: C,
          seq: 5,
          at,
          type: 'message.completed',
          message: { ...assistant(s), status: 'cancelled', text: 'Il vous reste ' },
        },
      ],
      s,
    );
    expect(conv(s).stopping).toBe(false);
    expect(assistant(s).status).toBe('cancelled');
    expect(isGenerating(conv(s))).toBe(false);
  });

  it('marks a failed turn with its error', () => {
    let s = run(turn().slice(0, 2));
    s = run([{ conversationId: C, seq: 3, at, type: 'error', messageId: 'a1', code: 'MODEL_UNAVAILABLE', message: 'model down' }], s);
    expect(assistant(s).status).toBe('failed');
    expect(assistant(s).error).toEqual({ code: 'MODEL_UNAVAILABLE', message: 'model down' });
    expect((assistant(s).parts[0] as ToolPart).state).toBe('failed');
    expect(isGenerating(conv(s))).toBe(false);
  });

  it('fails the running answer on a conversation-level error', () => {
    let s = run(turn().slice(0, 4));
    s = run([{ conversationId: C, seq: 5, at, type: 'error', code: 'RATE_LIMITED', message: 'slow down' }], s);
    expect(conv(s).error?.code).toBe('RATE_LIMITED');
    expect(assistant(s).status).toBe('failed');
  });
});

describe('chatReducer: outbox', () => {
  it('sends one message at a time and routes a new conversation’s later messages to its id', () => {
    let s = reduce(
      initialChatState(),
      { type: 'outbox/enqueued', item: outboxItem() },
      { type: 'outbox/enqueued', item: outboxItem({ clientMessageId: 'client-2', text: 'Et la farine ?' }) },
    );
    expect(nextToSend(s)?.clientMessageId).toBe('client-1');
    s = reduce(s, { type: 'outbox/sending', clientMessageId: 'client-1' });
    expect(nextToSend(s)).toBeUndefined();
    s = reduce(s, { type: 'outbox/acked', clientMessageId: 'client-1', conversationId: C, messageId: 'u1' });
    expect(s.outbox.map((i) => [i.state, i.conversationId])).toEqual([
      ['sent', C],
      ['queued', C],
    ]);
    expect(nextToSend(s)?.clientMessageId).toBe('client-2');
    expect(s.drafts['draft:1']).toBe(C);
    expect(outboxFor(s, undefined, C)).toHaveLength(2);
  });

  it('drops the optimistic message when its echo arrives, whichever comes first', () => {
    let s = reduce(
      initialChatState(),
      { type: 'outbox/enqueued', item: outboxItem() },
      { type: 'outbox/sending', clientMessageId: 'client-1' },
    );
    s = run(turn().slice(0, 1), s);
    expect(s.outbox).toEqual([]);
    // The new-conversation screen still learns which conversation its draft became.
    expect(s.drafts['draft:1']).toBe(C);
    // A late ack for an item already echoed changes nothing.
    expect(reduce(s, { type: 'outbox/acked', clientMessageId: 'client-1', conversationId: C, messageId: 'u1' })).toBe(s);
  });

  it('keeps a refused message with its error until discarded', () => {
    let s = reduce(
      initialChatState(),
      { type: 'outbox/enqueued', item: outboxItem() },
      { type: 'outbox/sending', clientMessageId: 'client-1' },
      { type: 'outbox/failed', clientMessageId: 'client-1', error: { code: 'VALIDATION', message: 'too long' } },
    );
    expect(s.outbox[0]).toMatchObject({ state: 'failed', error: { code: 'VALIDATION' } });
    expect(nextToSend(s)).toBeUndefined();
    s = reduce(s, { type: 'outbox/discarded', clientMessageId: 'client-1' });
    expect(s.outbox).toEqual([]);
  });

  it('never enqueues the same clientMessageId twice', () => {
    const s = reduce(initialChatState(), { type: 'outbox/enqueued', item: outboxItem() }, { type: 'outbox/enqueued', item: outboxItem() });
    expect(s.outbox).toHaveLength(1);
  });
});
