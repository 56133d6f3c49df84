/**
 * A conversation as one ordered list of events, for reviewing where a turn went wrong or slow: each message, each tool
 * call (start, end, duration), each approval decision and each thumbs up/down, with its offset from the first event.
 */
import type { FeedbackRow, MessageRow, ToolCallRow } from './support-view';
import { thumbOf } from './support-view';

export type TimelineEvent =
  | {
      type: 'message';
      at: string;
      offsetMs: number;
      messageId: string;
      role: string;
      status: string;
      language: string | null;
      /** Time to produce the answer (assistant messages). */
      durationMs: number | null;
      model: string | null;
      provider: string | null;
      tokens: { prompt: number | null; completion: number | null };
      error: boolean;
    }
  | {
      type: 'tool';
      at: string;
      offsetMs: number;
      endedAt: string | null;
      durationMs: number | null;
      toolCallId: string;
      messageId: string | null;
      name: string;
      kind: string;
      status: string;
      confirmation: string;
      error: boolean;
    }
  | { type: 'approval'; at: string; offsetMs: number; toolCallId: string; name: string; decision: string; waitedMs: number | null }
  | {
      type: 'feedback';
      at: string;
      offsetMs: number;
      feedbackId: string;
      messageId: string | null;
      rating: number | null;
      thumb: 'up' | 'down' | null;
    };

/** At the same instant, a message comes before the tools it triggered, and decisions/feedback come after. */
const ORDER: Record<TimelineEvent['type'], number> = { message: 0, tool: 1, approval: 2, feedback: 3 };

type Draft = { at: Date; event: Record<string, unknown> & { type: TimelineEvent['type'] } };

export function buildTimeline(messages: MessageRow[], toolCalls: ToolCallRow[], feedback: FeedbackRow[]): TimelineEvent[] {
  const drafts: Draft[] = [];
  for (const m of messages) {
    drafts.push({
      at: m.createdAt,
      event: {
        type: 'message',
        messageId: m.id,
        role: m.role.toLowerCase(),
        status: m.status.toLowerCase(),
        language: m.language,
        durationMs: m.latencyMs,
        model: m.model,
        provider: m.provider,
        tokens: { prompt: m.promptTokens, completion: m.completionTokens },
        error: m.status === 'FAILED' || m.error !== null,
      },
    });
  }
  for (const t of toolCalls) {
    const start = t.startedAt ?? t.createdAt;
    drafts.push({
      at: start,
      event: {
        type: 'tool',
        endedAt: t.finishedAt?.toISOString() ?? null,
        durationMs: t.durationMs ?? (t.finishedAt ? t.finishedAt.getTime() - start.getTime() : null),
        toolCallId: t.id,
        messageId: t.messageId,
        name: t.name,
        kind: t.kind,
        status: t.status.toLowerCase(),
        confirmation: t.confirmation.toLowerCase(),
        error: t.status === 'FAILED' || t.error !== null,
      },
    });
    if (t.decidedAt) {
      drafts.push({
        at: t.decidedAt,
        event: {
          type: 'approval',
          toolCallId: t.id,
          name: t.name,
          decision: t.confirmation.toLowerCase(),
          waitedMs: t.decidedAt.getTime() - start.getTime(),
        },
      });
    }
  }
  for (const f of feedback) {
    drafts.push({
      at: f.createdAt,
      event: {
        type: 'feedback',
        feedbackId: f.id,
        messageId: f.messageId,
        rating: f.rating,
        thumb: f.messageId ? thumbOf(f.rating) : null,
      },
    });
  }
  drafts.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.event.type] - ORDER[b.event.type]);
  const origin = drafts[0]?.at.getTime() ?? 0;
  return drafts.map(({ at, event }) => ({ ...event, at: at.toISOString(), offsetMs: at.getTime() - origin }) as TimelineEvent);
}
