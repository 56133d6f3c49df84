import type { ChatMessage } from '@tajer/contract';
import { api, downloadFile, withQuery } from '../../lib/http';

export interface SupportFilters {
  from?: string;
  to?: string;
  tenantId?: string;
  userId?: string;
  tool?: string;
  writeTool?: boolean;
  lang?: string;
  hasError?: boolean;
  rating?: 'up' | 'down' | '';
  q?: string;
}

const FILTER_KEYS: (keyof SupportFilters)[] = ['from', 'to', 'tenantId', 'userId', 'tool', 'writeTool', 'lang', 'hasError', 'rating', 'q'];

/** Filters live in the URL, so a transcript's "back" and a shared link both land on the same list. */
export function readFilters(search: URLSearchParams): SupportFilters {
  const f: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) {
    const v = search.get(k);
    if (v === null) continue;
    f[k] = k === 'writeTool' || k === 'hasError' ? v === 'true' : v;
  }
  return f as SupportFilters;
}

/** "?q=semoule&page=2" for a list's URL ("" when there is nothing to say). */
export function filtersQuery(filters: SupportFilters, page = 1, extra: Record<string, string> = {}): string {
  const qs = new URLSearchParams(extra);
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== '' && v !== false) qs.set(k, String(v));
  if (page > 1) qs.set('page', String(page));
  const s = qs.toString();
  return s ? `?${s}` : '';
}

export interface SupportConversationRow {
  id: string;
  tenant: { id: string; name: string } | null;
  user: { id: string; email: string } | null;
  title: string | null;
  language: string | null;
  messageCount: number;
  tools: string[];
  hasError: boolean;
  rating: 'up' | 'down' | null;
  tags: string[];
  updatedAt: string;
}

export interface SupportToolCall {
  id: string;
  name: string;
  status: string;
  args: unknown;
  result: unknown;
  error: string | null;
  durationMs: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  confirmation: unknown;
  proposal?: { summary?: string } | null;
  records: { type: string; id: string; label?: string }[];
}

export interface SupportNote {
  id: string;
  text: string;
  author: string | { id?: string; email?: string; name?: string } | null;
  createdAt: string;
}

export interface SupportConversationDetail {
  conversation: {
    id: string;
    title: string | null;
    language?: string | null;
    tenant?: { id: string; name: string };
    user?: { id: string; email: string };
    createdAt?: string;
    updatedAt?: string;
  };
  messages: ChatMessage[];
  toolCalls: SupportToolCall[];
  tags: string[];
  notes: SupportNote[];
}

/** Filters as query parameters: only the ones set, booleans only when true (the API reads `true`). */
export function filterQuery(f: SupportFilters): Record<string, string> {
  const q: Record<string, string> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === '' || v === false) continue;
    q[k] = String(v);
  }
  return q;
}

export const SUPPORT_PAGE_SIZE = 25;

export const listConversations = (f: SupportFilters, page: number) =>
  api<{ items: SupportConversationRow[]; total: number }>('/api/support/conversations', {
    query: { ...filterQuery(f), page, pageSize: SUPPORT_PAGE_SIZE },
  });

export const getConversation = (id: string) => api<SupportConversationDetail>(`/api/support/conversations/${encodeURIComponent(id)}`);

export const saveTags = (id: string, tags: string[]) =>
  api<{ tags: string[] }>(`/api/support/conversations/${encodeURIComponent(id)}/tags`, { method: 'PUT', body: { tags } });

export const addNote = (id: string, text: string) =>
  api<SupportNote>(`/api/support/conversations/${encodeURIComponent(id)}/notes`, { method: 'POST', body: { text } });

export const exportConversations = (f: SupportFilters, format: 'jsonl' | 'csv') =>
  downloadFile(withQuery('/api/support/conversations/export', { format, ...filterQuery(f) }), `conversations.${format}`);
