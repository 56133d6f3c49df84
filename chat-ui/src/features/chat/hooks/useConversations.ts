import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../../lib/http';
import { useChatClient } from '../ChatProvider';

export interface ConversationSummary {
  id: string;
  title: string | null;
  updatedAt: string;
  lastMessage?: { role?: string; text?: string; createdAt?: string } | string | null;
}

interface Page {
  items: ConversationSummary[];
  total: number;
}

/** The sidebar's list: searchable, paged, and refreshed when a turn starts or ends (titles and order change then). */
export function useConversations(q: string) {
  const client = useChatClient();
  const [items, setItems] = useState<ConversationSummary[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(1);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState(false);
  const version = useRef(0);

  const load = useCallback(
    async (upTo: number) => {
      const v = ++version.current;
      setLoading(true);
      try {
        // Reloading every page shown keeps "load more" consistent after a refresh.
        const pages = await Promise.all(
          Array.from({ length: upTo }, (_, i) => api<Page>('/api/conversations', { query: { q, page: i + 1 } })),
        );
        if (v !== version.current) return;
        const seen = new Set<string>();
        setItems(pages.flatMap((p) => p.items ?? []).filter((c) => !seen.has(c.id) && !!seen.add(c.id)));
        setTotal(pages[0]?.total ?? 0);
        setError(false);
      } catch {
        if (v === version.current) setError(true);
      } finally {
        if (v === version.current) setLoading(false);
      }
    },
    [q],
  );

  useEffect(() => {
    setPage(1);
    const timer = setTimeout(() => void load(1), q ? 250 : 0);
    return () => clearTimeout(timer);
  }, [q, load]);

  const pageRef = useRef(page);
  pageRef.current = page;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = client.onActivity((e) => {
      if (e.type !== 'message.accepted' && e.type !== 'message.completed') return;
      clearTimeout(timer);
      timer = setTimeout(() => void load(pageRef.current), 300);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [client, load]);

  const loadMore = () => {
    const next = page + 1;
    setPage(next);
    void load(next);
  };

  const rename = async (id: string, title: string) => {
    await api(`/api/conversations/${encodeURIComponent(id)}`, { method: 'PATCH', body: { title } });
    setItems((list) => list.map((c) => (c.id === id ? { ...c, title } : c)));
    client.store.dispatch({ type: 'conversation/renamed', conversationId: id, title });
  };

  const remove = async (id: string) => {
    await api(`/api/conversations/${encodeURIComponent(id)}`, { method: 'DELETE' });
    setItems((list) => list.filter((c) => c.id !== id));
    setTotal((n) => Math.max(0, n - 1));
    client.forget(id);
  };

  return { items, total, loading, error, hasMore: items.length < total, loadMore, rename, remove, reload: () => load(page) };
}
