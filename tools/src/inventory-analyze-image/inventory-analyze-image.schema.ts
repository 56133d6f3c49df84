import { z } from 'zod';

export const InventoryAnalyzeImageSchema = z.object({
  attachmentId: z.string().min(1).describe('Id of the uploaded product photo (barcode, QR code or label) attached to the user message'),
});
export type InventoryAnalyzeImageArgs = z.infer<typeof InventoryAnalyzeImageSchema>;
