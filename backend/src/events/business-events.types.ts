/**
 * The business events Tajer emits (to webhooks today). One definition: emitters fill these shapes and receivers get
 * them as `{ type, timestamp, data }` JSON bodies. Amounts are numbers in the business currency (DZD), dates ISO 8601.
 */

export const BUSINESS_EVENT_TYPES = [
  'sale.created',
  'expense.created',
  'stock.low',
  'stock.out',
  'approval.pending',
  'approval.decided',
  'feedback.created',
  'conversation.completed',
] as const;
export type BusinessEventType = (typeof BUSINESS_EVENT_TYPES)[number];

export interface ProductRefData {
  id: string;
  sku?: string;
  name: { fr: string; ar?: string | null; en?: string | null };
  unit?: string;
}

export interface SaleCreatedData {
  saleId: string;
  total: number;
  currency: string;
  soldAt: string;
  paymentMethod?: string | null;
  customerId?: string | null;
  /** Where it was recorded: 'api', 'chat', 'import'… */
  source?: string;
  lines: { productId: string; name?: string; quantity: number; unitPrice: number }[];
}

export interface ExpenseCreatedData {
  expenseId: string;
  amount: number;
  currency: string;
  category: string;
  description: string | null;
  date: string;
  merchant: string | null;
  vatAmount: number | null;
  attachmentId: string | null;
  createdById: string | null;
  toolCallId: string | null;
}

/** The stock crossed the product's reorder threshold (stock.low) or reached zero (stock.out). */
export interface StockThresholdData {
  product: ProductRefData;
  stockBefore: number;
  stockAfter: number;
  reorderThreshold: number;
  /** The stock movement (or sale) that caused it. */
  cause: { type: 'stock_movement' | 'sale' | string; id: string };
}

export interface ApprovalPendingData {
  toolCallId: string;
  conversationId: string;
  tool: string;
  args: Record<string, unknown>;
  proposal: { summary: string; changes: unknown[]; editable: string[] };
  /** How to decide without the app: POST this path with {"decision": "approve" | "reject"} (a key with the write scope). */
  approvePath: string;
}

export interface ApprovalDecidedData {
  toolCallId: string;
  conversationId: string;
  tool: string;
  decision: 'approved' | 'edited' | 'rejected';
  /** applied: the change was made; failed: approved but the tool failed; rejected: nothing changed. */
  outcome: 'applied' | 'failed' | 'rejected';
  decidedById: string | null;
  args: Record<string, unknown>;
  summary: string;
}

export interface FeedbackCreatedData {
  feedbackId: string;
  category: string;
  severity: string;
  rating: number | null;
  message: string;
  conversationId: string | null;
  messageId: string | null;
}

export interface ConversationCompletedData {
  conversationId: string;
  messageId: string;
  channel: string;
  status: 'completed' | 'failed' | 'cancelled';
  language: string | null;
  text: string;
  tools: { name: string; status: string }[];
}

export interface BusinessEventData {
  'sale.created': SaleCreatedData;
  'expense.created': ExpenseCreatedData;
  'stock.low': StockThresholdData;
  'stock.out': StockThresholdData;
  'approval.pending': ApprovalPendingData;
  'approval.decided': ApprovalDecidedData;
  'feedback.created': FeedbackCreatedData;
  'conversation.completed': ConversationCompletedData;
}

export interface BusinessEvent<T extends BusinessEventType = BusinessEventType> {
  /** evt_…: the same business fact always gets the same id (receivers deduplicate on it: the webhook-id header). */
  id: string;
  tenantId: string;
  type: T;
  timestamp: string;
  data: BusinessEventData[T];
}
