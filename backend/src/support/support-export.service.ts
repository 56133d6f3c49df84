import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { CSV_BOM, csvCell, CsvValue } from '../common/csv/csv';
import type { Masker } from '../common/text/pii-mask';
import { readAction, supportAccess } from './support-access';
import { conversationHeader, messageView, overallThumb, summaryFromRows, toolCallView } from './support-view';
import { SupportRepository } from './support.repository';
import { ExportSupportConversationsDto, filtersOf } from './support.schemas';
import { filterFor } from './support.service';
import { Clock } from '../common/time/clock';

/** Conversations loaded per round trip while streaming: bounds memory whatever the export size. */
const CHUNK = 100;

export const CSV_HEADER = [
  'conversation_id',
  'tenant',
  'user_email',
  'conversation_title',
  'conversation_language',
  'tags',
  'message_id',
  'created_at',
  'role',
  'status',
  'language',
  'text',
  'tool_calls',
  'error',
  'thumb',
  'model',
  'provider',
  'latency_ms',
  'prompt_tokens',
  'completion_tokens',
];

export interface SupportExportFile {
  filename: string;
  contentType: string;
  /** Conversations in the file (at most the requested limit). */
  count: number;
  /** More conversations matched than the limit allowed. */
  truncated: boolean;
  body: Readable;
}

const csvLine = (cells: CsvValue[]) => cells.map(csvCell).join(',') + '\r\n';

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/**
 * Exports the conversations matching the list filters: JSONL (one conversation with its messages and tool calls per
 * line, for scripts and evaluation sets) or CSV (one row per message, for a spreadsheet). Capped (SUPPORT_EXPORT_MAX)
 * and streamed chunk by chunk, masked like every support view.
 */
@Injectable()
export class SupportExportService {
  constructor(
    private readonly repo: SupportRepository,
    private readonly clock: Clock,
  ) {}

  async export(
    principal: Principal,
    dto: ExportSupportConversationsDto,
    requestId: string | null = null,
    now = this.clock.now(),
  ): Promise<SupportExportFile> {
    const access = supportAccess(principal, dto.unmask);
    const { filter, empty } = filterFor(access, dto);
    // One more than the limit tells whether the export was cut.
    const found = empty ? [] : await this.repo.ids(filter, dto.limit + 1);
    const ids = found.slice(0, dto.limit);
    if (access.platform) {
      await this.repo.recordAudit({
        tenantId: filter.tenantId,
        userId: principal.userId,
        action: readAction(access, 'support.export'),
        entityType: 'Conversation',
        requestId,
        data: {
          access: 'support.export',
          format: dto.format,
          filters: filtersOf(dto),
          count: ids.length,
          truncated: found.length > ids.length,
        },
      });
    }
    const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
    return {
      filename: `tajer-conversations-${stamp}.${dto.format}`,
      contentType: dto.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      count: ids.length,
      truncated: found.length > ids.length,
      body: Readable.from(this.lines(ids, dto.format, access.mask)),
    };
  }

  private async *lines(ids: string[], format: 'jsonl' | 'csv', mask: Masker): AsyncGenerator<string> {
    if (format === 'csv') yield CSV_BOM + csvLine(CSV_HEADER);
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const [conversations, messages, toolCalls] = await Promise.all([
        this.repo.findConversations(chunk),
        this.repo.messages(chunk),
        this.repo.toolCalls(chunk),
      ]);
      const thumbs = await this.repo.thumbs(messages.map((m) => m.id));
      const ratingsOf = new Map<string, (number | null)[]>();
      for (const t of thumbs) if (t.messageId) ratingsOf.set(t.messageId, [...(ratingsOf.get(t.messageId) ?? []), t.rating]);
      const byId = new Map(conversations.map((c) => [c.id, c]));
      const messagesOf = groupBy(messages, (m) => m.conversationId);
      const toolCallsOf = groupBy(toolCalls, (t) => t.conversationId);
      let out = '';
      // Keep the list order (ids come sorted by last activity).
      for (const id of chunk) {
        const c = byId.get(id);
        if (!c) continue; // deleted for good between the id query and this chunk
        const ms = messagesOf.get(id) ?? [];
        const ts = toolCallsOf.get(id) ?? [];
        const ratings = ms.flatMap((m) => ratingsOf.get(m.id) ?? []);
        const header = { ...conversationHeader(c, mask), ...summaryFromRows(ms, ts, ratings) };
        const messageViews = ms.map((m) => messageView(m, mask, overallThumb(ratingsOf.get(m.id) ?? [])));
        if (format === 'jsonl') {
          out += JSON.stringify({ conversation: header, messages: messageViews, toolCalls: ts.map((t) => toolCallView(t, mask)) }) + '\n';
          continue;
        }
        const base: CsvValue[] = [c.id, c.tenant.name, header.user?.email ?? null, header.title, c.language, c.tags.join('; ')];
        if (!messageViews.length) out += csvLine([...base, ...Array(CSV_HEADER.length - base.length).fill(null)]);
        for (const m of messageViews) {
          const calls = ts
            .filter((t) => t.messageId === m.id)
            .map((t) => `${t.name}:${t.status.toLowerCase()}`)
            .join('; ');
          out += csvLine([
            ...base,
            m.id,
            m.createdAt,
            m.role,
            m.status,
            m.language,
            m.text,
            calls,
            m.error,
            m.thumb,
            m.model,
            m.provider,
            m.latencyMs,
            m.promptTokens,
            m.completionTokens,
          ]);
        }
      }
      yield out;
    }
  }
}
