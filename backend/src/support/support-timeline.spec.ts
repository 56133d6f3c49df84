import { buildTimeline } from './support-timeline';
import type { FeedbackRow, MessageRow, ToolCallRow } from './support-view';
import { overallThumb, summaryFromRows, thumbOf } from './support-view';

const t = (s: number) => new Date(Date.UTC(2026, 2, 14, 9, 0, s));
const message = (id: string, role: string, at: number, extra: Partial<MessageRow> = {}): MessageRow => ({
  id,
  conversationId: 'c',
  role,
  status: 'COMPLETED',
  text: '',
  parts: [],
  language: 'fr',
  model: null,
  provider: null,
  latencyMs: null,
  promptTokens: null,
  completionTokens: null,
  error: null,
  createdAt: t(at),
  ...extra,
});
const tool = (extra: Partial<ToolCallRow>): ToolCallRow => ({
  id: 'tc',
  conversationId: 'c',
  messageId: 'm2',
  name: 'inventory_adjust',
  kind: 'write',
  args: {},
  result: null,
  status: 'SUCCEEDED',
  confirmation: 'APPROVED',
  proposal: null,
  error: null,
  durationMs: 40,
  startedAt: t(2),
  finishedAt: t(9),
  decidedById: 'u',
  decidedAt: t(8),
  records: [],
  createdAt: t(2),
  ...extra,
});

describe('buildTimeline', () => {
  it('orders messages, tools, approvals and thumbs with offsets and durations', () => {
    const feedback: FeedbackRow[] = [
      { id: 'f', messageId: 'm2', rating: 1, category: 'COMMENT', severity: 'normal', message: '', createdAt: t(20), user: null },
    ];
    const events = buildTimeline(
      [
        message('m1', 'USER', 0),
        message('m2', 'ASSISTANT', 2, { latencyMs: 1500, model: 'gpt', provider: 'openai', promptTokens: 10, completionTokens: 5 }),
      ],
      [tool({})],
      feedback,
    );
    expect(events.map((e) => [e.type, e.offsetMs])).toEqual([
      ['message', 0],
      ['message', 2000],
      ['tool', 2000],
      ['approval', 8000],
      ['feedback', 20000],
    ]);
    expect(events[1]).toMatchObject({ role: 'assistant', durationMs: 1500, tokens: { prompt: 10, completion: 5 }, error: false });
    expect(events[2]).toMatchObject({ name: 'inventory_adjust', durationMs: 40, endedAt: t(9).toISOString(), confirmation: 'approved' });
    expect(events[3]).toMatchObject({ decision: 'approved', waitedMs: 6000 });
    expect(events[4]).toMatchObject({ thumb: 'down', rating: 1 });
  });

  it('derives a missing duration from start and end, and flags failures', () => {
    const [, ev] = buildTimeline(
      [message('m1', 'USER', 0)],
      [tool({ durationMs: null, status: 'FAILED', error: 'boom', decidedAt: null })],
      [],
    );
    expect(ev).toMatchObject({ type: 'tool', durationMs: 7000, error: true, status: 'failed' });
    expect(buildTimeline([], [], [])).toEqual([]);
  });
});

describe('summaries', () => {
  it('reads thumbs and lets a thumbs-down win', () => {
    expect([thumbOf(5), thumbOf(1), thumbOf(3), thumbOf(null)]).toEqual(['up', 'down', null, null]);
    expect(overallThumb([5, 1])).toBe('down');
    expect(overallThumb([5, null])).toBe('up');
    expect(overallThumb([])).toBeNull();
  });
  it('summarises loaded rows like the SQL list does', () => {
    const s = summaryFromRows(
      [message('a', 'USER', 0), message('b', 'ASSISTANT', 1, { status: 'FAILED' })],
      [tool({ name: 'b_tool' }), tool({ name: 'a_tool' }), tool({ name: 'a_tool' })],
      [5],
    );
    expect(s).toEqual({ messageCount: 2, tools: ['a_tool', 'b_tool'], hasError: true, rating: 'up' });
  });
});
