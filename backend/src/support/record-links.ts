/**
 * Links from a tool call's `records` ({ type, id, label? }: the business rows it read or changed) to the REST resource
 * that shows the row, so a reviewer can check what the assistant actually touched. Tools name types freely
 * ("product", "products", "stock_movement"…): the type is normalised before lookup, and an unknown type gets no link
 * rather than a wrong one.
 */
export interface RecordRef {
  type: string;
  id: string;
  label?: string;
}

export interface LinkedRecord {
  type: string;
  id: string;
  label: string | null;
  href: string | null;
}

const ROUTES: Partial<Record<string, (id: string) => string>> = {
  product: (id) => `/api/inventory/products/${id}`,
  expense: (id) => `/api/expenses/${id}`,
  campaign: (id) => `/api/campaigns/${id}`,
  attachment: (id) => `/api/attachments/${id}`,
  conversation: (id) => `/api/support/conversations/${id}`,
};

const ALIASES: Record<string, string> = {
  products: 'product',
  inventory: 'product',
  item: 'product',
  expenses: 'expense',
  campaigns: 'campaign',
  attachments: 'attachment',
  receipt: 'attachment',
  file: 'attachment',
  conversations: 'conversation',
};

export function normaliseRecordType(type: string): string {
  const t = type
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return ALIASES[t] ?? t;
}

export function recordHref(type: string, id: string): string | null {
  const route = ROUTES[normaliseRecordType(type)];
  return route && id ? route(encodeURIComponent(id)) : null;
}

/** Reads a ToolCall.records JSON value defensively (it is written by many tools): malformed entries are dropped. */
export function linkRecords(records: unknown): LinkedRecord[] {
  if (!Array.isArray(records)) return [];
  return records
    .filter(
      (r): r is RecordRef =>
        !!r && typeof r === 'object' && typeof (r as RecordRef).type === 'string' && typeof (r as RecordRef).id === 'string',
    )
    .map((r) => ({ type: r.type, id: r.id, label: typeof r.label === 'string' ? r.label : null, href: recordHref(r.type, r.id) }));
}
