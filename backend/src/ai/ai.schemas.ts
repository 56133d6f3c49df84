import { CHANNELS, PERIODS } from '@tajer/contract';
import { z } from 'zod';

export const AiChatSchema = z
  .object({
    message: z.string().trim().min(1).max(4000).optional().describe('What to ask, in French, Arabic, Darija or English'),
    question: z.string().trim().min(1).max(4000).optional().describe("Alias of `message` (the deployment guide's name)"),
    conversationId: z.string().uuid().optional().describe('Continue a conversation; omit to start one'),
    clientMessageId: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .optional()
      .describe('Idempotency key: a retried request never creates a second turn'),
    attachmentIds: z.array(z.string().uuid()).max(5).default([]).describe('Images uploaded with POST /api/attachments'),
  })
  .strict()
  .refine((d) => d.message || d.question || d.attachmentIds.length, { message: 'message is required', path: ['message'] })
  .transform(({ question, ...d }) => ({ ...d, message: d.message ?? question ?? '' }));
export type AiChatDto = z.infer<typeof AiChatSchema>;

export const AiStreamQuerySchema = z
  .object({
    stream: z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((v) => v === 'true' || v === '1'),
  })
  .strict();

export const AnalyzeMarketSchema = z
  .object({
    product: z.string().trim().max(120).optional().describe('A product to compare with competitors'),
    category: z.string().trim().max(60).optional(),
    period: z.enum(PERIODS).optional(),
    language: z.enum(['fr', 'ar', 'en']).default('fr'),
  })
  .strict();
export type AnalyzeMarketDto = z.infer<typeof AnalyzeMarketSchema>;

export const GenerateContentSchema = z
  .object({
    channel: z.enum(CHANNELS),
    topic: z.string().trim().min(1).max(200),
    language: z.enum(['fr', 'ar', 'en']).default('fr'),
    tone: z.string().trim().max(40).optional(),
  })
  .strict();
export type GenerateContentDto = z.infer<typeof GenerateContentSchema>;

export const BusinessInsightsSchema = z
  .object({ period: z.enum(PERIODS).default('month'), language: z.enum(['fr', 'ar', 'en']).default('fr') })
  .strict();
export type BusinessInsightsDto = z.infer<typeof BusinessInsightsSchema>;
