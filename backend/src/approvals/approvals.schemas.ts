import { z } from 'zod';

export const DecideApprovalSchema = z
  .object({
    decision: z.enum(['approve', 'reject']).describe('approve: make the proposed change; reject: change nothing'),
    edit: z
      .record(z.string(), z.unknown())
      .optional()
      .describe("With approve: arguments changed before applying (only the proposal's `editable` ones, e.g. quantity)"),
  })
  .strict()
  .refine((d) => !(d.decision === 'reject' && d.edit), { message: 'edit only goes with approve', path: ['edit'] });
export type DecideApprovalDto = z.infer<typeof DecideApprovalSchema>;

export const ListApprovalsSchema = z
  .object({
    conversationId: z.string().uuid().optional().describe('Only the approvals of this conversation'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListApprovalsDto = z.infer<typeof ListApprovalsSchema>;
