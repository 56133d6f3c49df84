import { z } from 'zod';

export const ListConversationsSchema = z
  .object({
    q: z.string().trim().max(200).optional().describe('Search in titles and messages'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(30),
  })
  .strict();
export type ListConversationsDto = z.infer<typeof ListConversationsSchema>;

export const RenameConversationSchema = z.object({ title: z.string().trim().min(1).max(120).describe('New title') }).strict();
export type RenameConversationDto = z.infer<typeof RenameConversationSchema>;
