import type { ToolSlots } from '../slots';

/** The receipt's picture sent with the message. */
export const expensesScanReceiptSlots: ToolSlots = { fill: (x) => ({ args: x.attachmentId ? { attachmentId: x.attachmentId } : {} }) };
