import type { ToolDefinition } from '@tajer/tools';
import { z } from 'zod';
import { ApprovalService } from '../../src/agent/approval.service';
import { ApprovalsRepository } from '../../src/approvals/approvals.repository';
import { ToolCallLifecycle, type PartSink, type ToolPart } from '../../src/agent/tool-call/tool-call-lifecycle';
import { IllegalTransition } from '../../src/agent/tool-call/tool-call-states';
import { ChatEventBus } from '../../src/conversations/events/chat-event-bus';
import type { ServerEvent } from '../../src/chat/chat-events';
import { ConversationsRepository } from '../../src/conversations/conversations.repository';
import { seededApp } from '../helpers/seeded-app';
import type { TestApp } from '../helpers/test-app';
import type { TestDatabase } from '../setup/test-database';

/**
 * The one path every tool call takes (ToolCallLifecycle), on the real app and PostgreSQL: the stored row, the chat
 * part and the events follow the state machine, an illegal move changes nothing, a decision is claimed once, and a
 * raw error thrown by a tool never leaves it.
 */
describe('ToolCallLifecycle', () => {
  let db: TestDatabase;
  let t: TestApp;
  let life: ToolCallLifecycle;
  let at: { tenantId: string; conversationId: string; messageId: string };
  let userId: string;
  const published: ServerEvent[] = [];

  const parts: ToolPart[] = [];
  const sink: PartSink = {
    update(id, patch) {
      const i = parts.findIndex((p) => p.toolCallId === id);
      parts[i] = { ...parts[i], ...patch };
    },
  };
  const ctx = () => life.toolContext({ ...at, userId, lang: 'fr' });
  const row = (id: string) => db.prisma.toolCall.findUniqueOrThrow({ where: { id } });
  const tool = (over: Partial<ToolDefinition>): ToolDefinition => ({
    name: 'lifecycle_probe',
    kind: 'write',
    roles: ['OWNER'],
    description: 'A probe for the lifecycle test',
    schema: z.object({ quantity: z.number() }),
    examples: { fr: [], ar: [], darija: [], darija_latin: [], en: [] },
    requiresApproval: true,
    editable: ['quantity'],
    ...over,
  });
  const open = async (needsApproval: boolean) => {
    const opened = await life.open(at, 'lifecycle_probe', { quantity: 3 }, needsApproval);
    parts.push(opened.part);
    return opened.call;
  };

  const app = seededApp();
  beforeAll(async () => {
    ({ t, db } = app);
    life = t.app.get(ToolCallLifecycle);
    const bus = t.app.get(ChatEventBus);
    const publish = bus.publish.bind(bus);
    jest.spyOn(bus, 'publish').mockImplementation(async (e) => {
      published.push(e as ServerEvent);
      return publish(e);
    });
    // A turn's tool events go out through publishRecorded (their row's statement records the seq): what it emits counts.
    const publishRecorded = bus.publishRecorded.bind(bus);
    jest.spyOn(bus, 'publishRecorded').mockImplementation(async (conversationId, write, fallback) => {
      const event = await publishRecorded(conversationId, write, fallback);
      published.push(event);
      return event;
    });
    const publishRecordedMany = bus.publishRecordedMany.bind(bus);
    jest.spyOn(bus, 'publishRecordedMany').mockImplementation(async (conversationId, count, write, fallback) => {
      const events = await publishRecordedMany(conversationId, count, write, fallback);
      published.push(...events);
      return events;
    });
    const owner = await db.prisma.user.findFirstOrThrow({ where: { email: 'owner@demo.dz' } });
    userId = owner.id;
    const repo = t.app.get(ConversationsRepository);
    const conversation = await repo.createConversation({ tenantId: owner.tenantId!, userId });
    const message = await repo.createAssistantMessage({ tenantId: owner.tenantId!, conversationId: conversation.id });
    at = { tenantId: owner.tenantId!, conversationId: conversation.id, messageId: message.id };
  });

  it('runs a read: running → succeeded, stored, shown and announced', async () => {
    const call = await open(false);
    expect((await row(call.id)).status).toBe('RUNNING');
    const done = await life.execute(call, tool({ run: async () => ({ success: true, data: { n: 3 } }) }), ctx(), { quantity: 3 }, sink, {
      startedAt: Date.now(),
    });
    expect(done.state).toBe('succeeded');
    expect(await row(call.id)).toMatchObject({ status: 'SUCCEEDED', result: { n: 3 } });
    expect(parts.find((p) => p.toolCallId === call.id)).toMatchObject({ state: 'succeeded', result: { n: 3 } });
    expect(published.filter((e) => 'toolCallId' in e && e.toolCallId === call.id).map((e) => e.type)).toEqual([
      'tool.started',
      'tool.finished',
    ]);
  });

  it('runs a read at once: one INSERT of the finished call records both events, which go out in order with consecutive seqs', async () => {
    const repo = t.app.get(ConversationsRepository);
    const opens = jest.spyOn(repo, 'createToolCallRecorded');
    const finishes = jest.spyOn(repo, 'finishToolCallRecorded');
    const seenIds: (string | undefined)[] = [];
    const probe = tool({
      kind: 'read',
      requiresApproval: false,
      run: async (c) => {
        seenIds.push(c.toolCallId);
        // The row is written after the run, with the id the tool was given.
        expect(await db.prisma.toolCall.count({ where: { id: c.toolCallId } })).toBe(0);
        return { success: true, data: { n: 4 } };
      },
    });
    const before = published.length;
    const done = await life.runRead(
      { ...at, lang: 'fr' },
      probe,
      { quantity: 4 },
      (id) => life.toolContext({ ...at, userId, lang: 'fr' }, id),
      (part) => parts.push(part),
      sink,
      { startedAt: Date.now() },
    );
    expect(done.state).toBe('succeeded');
    expect(seenIds).toEqual([done.call.id]);
    expect(opens).not.toHaveBeenCalled();
    expect(finishes).not.toHaveBeenCalled();
    const stored = await row(done.call.id);
    expect(stored).toMatchObject({
      status: 'SUCCEEDED',
      kind: 'read',
      confirmation: 'NOT_REQUIRED',
      result: { n: 4 },
      args: { quantity: 4 },
    });
    expect(stored.finishedAt!.getTime()).toBeGreaterThanOrEqual(stored.startedAt.getTime());
    expect(parts.find((p) => p.toolCallId === done.call.id)).toMatchObject({ state: 'succeeded', result: { n: 4 } });
    const events = published.slice(before).filter((e) => 'toolCallId' in e && e.toolCallId === done.call.id);
    expect(events.map((e) => e.type)).toEqual(['tool.started', 'tool.finished']);
    expect(events[1].seq).toBe(events[0].seq + 1);
    // The statement recorded the last seq: a restarted server hands out seqs after both.
    const conversation = await db.prisma.conversation.findUniqueOrThrow({ where: { id: at.conversationId } });
    expect(conversation.lastSeq).toBe(events[1].seq);
    opens.mockRestore();
    finishes.mockRestore();
  });

  it('turns a raw database error thrown by a tool into a plain failure (#15)', async () => {
    const call = await open(false);
    const boom = tool({
      run: async () => {
        throw new Error('relation "Expense_moved" does not exist (P2021)');
      },
    });
    const done = await life.execute(call, boom, ctx(), { quantity: 3 }, sink, { startedAt: Date.now() });
    expect(done.state).toBe('failed');
    const leaks = /relation|Expense_moved|P20\d\d|does not exist/;
    const finished = published.find((e) => e.type === 'tool.finished' && e.toolCallId === call.id);
    expect(JSON.stringify([finished, done.summary, (await row(call.id)).error, (await row(call.id)).result])).not.toMatch(leaks);
    expect(done.error?.code).toBe('TOOL_ERROR');
  });

  it('takes a write through proposed → approved → running → succeeded, and claims the decision once', async () => {
    let ran = 0;
    const def = tool({
      propose: async () => ({ success: true, data: { summary: '+3', changes: [{ field: 'stock', label: 'Stock', before: 1, after: 4 }] } }),
      run: async () => ((ran += 1), { success: true, data: { applied: true } }),
    });
    const opened = await open(true);
    expect(opened.state).toBe('proposing');
    const proposed = await life.propose(opened, def, ctx(), { quantity: 3 }, sink, { startedAt: Date.now() });
    if ('failed' in proposed) throw new Error('the proposal failed');
    // The card offers the fields the tool declares.
    expect(proposed.proposal.editable).toEqual(['quantity']);
    expect(await row(opened.id)).toMatchObject({ status: 'AWAITING_APPROVAL', confirmation: 'PENDING' });
    expect(parts.find((p) => p.toolCallId === opened.id)?.state).toBe('awaiting-approval');

    // Running an undecided proposal is refused before anything runs or is written.
    await expect(life.execute(proposed.call, def, ctx(), { quantity: 3 }, sink, { startedAt: Date.now() })).rejects.toThrow(
      IllegalTransition,
    );
    expect(ran).toBe(0);
    expect((await row(opened.id)).status).toBe('AWAITING_APPROVAL');

    const [first, second] = await Promise.all([
      life.decide(proposed.call, 'approve', userId, { quantity: 3 }),
      life.decide(proposed.call, 'approve', userId, { quantity: 3 }),
    ]);
    const claimed = first ?? second;
    expect([first, second].filter(Boolean)).toHaveLength(1);
    expect(claimed!.state).toBe('running');
    expect(await row(opened.id)).toMatchObject({ status: 'RUNNING', confirmation: 'APPROVED', decidedById: userId });
    const done = await life.execute(claimed!, def, ctx(), { quantity: 3 }, sink, { startedAt: Date.now(), priorMs: 5 });
    expect(done.state).toBe('succeeded');
    expect(ran).toBe(1);
    // A finished call never runs or is decided again.
    await expect(life.execute(done.call, def, ctx(), { quantity: 3 }, sink, { startedAt: Date.now() })).rejects.toThrow(IllegalTransition);
    await expect(life.decide(done.call, 'reject', userId, {})).rejects.toThrow(IllegalTransition);
    expect(ran).toBe(1);
  });

  it('ends a rejected proposal without running it, and fails a proposal that cannot be computed', async () => {
    const def = tool({
      propose: async () => ({ success: true, data: { summary: '+3', changes: [] } }),
      run: async () => {
        throw new Error('must not run');
      },
    });
    const p = await life.propose(await open(true), def, ctx(), { quantity: 3 }, sink, { startedAt: Date.now() });
    if ('failed' in p) throw new Error('the proposal failed');
    // A rejection is claimed like any decision before the call ends.
    await expect(life.rejected(p.call, def, 'Rien modifié', sink, { startedAt: Date.now() })).rejects.toThrow(IllegalTransition);
    const rejected = await life.decide(p.call, 'reject', userId, { quantity: 3 });
    expect(rejected!.state).toBe('rejected');
    const done = await life.rejected(rejected!, def, 'Rien modifié', sink, { startedAt: Date.now() });
    expect(done.state).toBe('rejected');
    expect(await row(p.call.id)).toMatchObject({ status: 'REJECTED', confirmation: 'REJECTED' });

    const refused = await life.propose(
      await open(true),
      tool({ propose: async () => ({ success: false, error: { code: 'INSUFFICIENT_STOCK', message: 'Plus assez' } }) }),
      ctx(),
      { quantity: 3 },
      sink,
      { startedAt: Date.now() },
    );
    expect('failed' in refused && refused.failed.state).toBe('failed');
    // Its row says so: failed, and nothing was asked (it kept PENDING while shown failed everywhere).
    expect(await row(refused.call.id)).toMatchObject({ status: 'FAILED', confirmation: 'NOT_ASKED' });
    // A proposal that could not be computed waits for nobody: not listed, nothing to decide.
    const pending = await t.app.get(ApprovalsRepository).listPending(at.tenantId, { limit: 100 });
    expect(pending.map((r) => r.id)).not.toContain(refused.call.id);
    expect(pending.map((r) => r.id)).not.toContain(p.call.id);
  });

  it('refuses a decision on a write whose proposal is still being computed', async () => {
    const { call } = await life.open(at, 'inventory_adjust', { product: 'Sucre', quantity: 3 }, true);
    const approvals = t.app.get(ApprovalService);
    const owner = { tenantId: at.tenantId, userId, role: 'OWNER', via: 'session', scopes: [] } as never;
    await expect(approvals.decide(owner, { toolCallId: call.id, decision: 'approve' } as never)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await row(call.id)).toMatchObject({ status: 'RUNNING', confirmation: 'PENDING' });
  });
});
