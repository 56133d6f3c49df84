import type { ToolSlots } from '../slots';

/** The picture sent with the message. */
export const inventoryAnalyzeImageSlots: ToolSlots = { fill: (x) => ({ args: x.attachmentId ? { attachmentId: x.attachmentId } : {} }) };
