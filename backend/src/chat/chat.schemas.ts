import { z } from 'zod';

export const SendMessageSchema = z
  .object({
    clientMessageId: z.string().trim().min(1).max(100).describe('Client-generated id: a retried send never creates a second turn'),
    conversationId: z.string().uuid().optional().describe('Omit to start a new conversation'),
    text: z.string().max(4000).default('').describe('The user message'),
    attachmentIds: z.array(z.string().uuid()).max(5).default([]).describe('Images uploaded with POST /api/attachments'),
    lang: z.enum(['fr', 'ar', 'en']).optional().describe('UI language, used when the text is ambiguous'),
  })
  .strict()
  .refine((m) => m.text.trim().length > 0 || m.attachmentIds.length > 0, { message: 'text or attachmentIds is required', path: ['text'] });
export type SendMessageDto = z.infer<typeof SendMessageSchema>;

export const ResumeSchema = z.object({ conversationId: z.string().uuid(), afterSeq: z.number().int().min(0) }).strict();
export const StopSchema = z.object({ conversationId: z.string().uuid() }).strict();
export { DecideSchema, type DecideDto } from '../agent/approval.schemas';
