import { z } from 'zod';

/** A decision on a proposed tool call (over the socket and REST): approve, reject, or approve with edited args. */
export const DecideSchema = z
  .object({
    toolCallId: z.string().uuid(),
    decision: z.enum(['approve', 'reject', 'edit']),
    args: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type DecideDto = z.infer<typeof DecideSchema>;
