/**
 * A tool's result as the chat shows it: the same shape (a card can still render it), at most `maxBytes` of JSON.
 * Long arrays keep their first items and long strings their start; `truncated: true` says something was cut. The
 * full result stays in the tool call's row (support console); the chat events, the stored answer and the resume
 * buffer get this one bounded copy, computed once.
 */
export const CHAT_RESULT_MAX_BYTES = 32 * 1024;

export function boundJson<T>(value: T, maxBytes = CHAT_RESULT_MAX_BYTES): T | (T & { truncated: true }) {
  const size = (v: unknown) => Buffer.byteLength(JSON.stringify(v ?? null));
  if (size(value) <= maxBytes) return value;
  let limit = { items: 50, chars: 2000 };
  let out: unknown = value;
  for (let i = 0; i < 8; i++) {
    out = shrink(value, limit);
    if (size(out) <= maxBytes) break;
    limit = { items: Math.max(1, Math.floor(limit.items / 2)), chars: Math.max(50, Math.floor(limit.chars / 2)) };
  }
  if (size(out) > maxBytes) return { truncated: true } as T & { truncated: true };
  return out && typeof out === 'object' && !Array.isArray(out)
    ? ({ ...(out as object), truncated: true } as T & { truncated: true })
    : (out as T);
}

function shrink(v: unknown, limit: { items: number; chars: number }, depth = 0): unknown {
  if (typeof v === 'string') return v.length > limit.chars ? `${v.slice(0, limit.chars)}…` : v;
  if (depth > 12) return null;
  if (Array.isArray(v)) return v.slice(0, limit.items).map((x) => shrink(x, limit, depth + 1));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shrink(x, limit, depth + 1)]));
  return v;
}
