import { z } from 'zod';
import { CONTENT_CHANNELS, CONTENT_LANGUAGES, CONTENT_TONES } from './content.types';

export const GenerateContentSchema = z
  .object({
    channel: z.enum(CONTENT_CHANNELS).describe('Where the text will be posted: facebook | instagram | sms | email | whatsapp'),
    topic: z
      .string()
      .trim()
      .min(2)
      .max(200)
      .describe('What the post is about, in any language: "promo ramadan", "عروض الصيف", "huile et sucre"'),
    language: z.enum(CONTENT_LANGUAGES).optional().describe("fr | ar | en; default: the topic's language, else the shop's"),
    tone: z
      .enum(CONTENT_TONES)
      .optional()
      .describe(`${CONTENT_TONES.join(' | ')}; default from the topic`),
    productIds: z.array(z.uuid()).min(1).max(10).optional().describe('Feature exactly these products instead of choosing from the topic'),
    campaignId: z.uuid().optional().describe('Attach the text to this campaign (otherwise an active campaign matching the topic is used)'),
  })
  .strict();
export type GenerateContentDto = z.infer<typeof GenerateContentSchema>;
export type GenerateContentInput = z.input<typeof GenerateContentSchema>;

export const ListContentSchema = z
  .object({
    channel: z.enum(CONTENT_CHANNELS).optional().describe('Only texts for this channel'),
    page: z.coerce.number().int().min(1).default(1).describe('Page number, from 1'),
    pageSize: z.coerce.number().int().min(1).max(100).default(20).describe('Items per page (max 100)'),
  })
  .strict();
export type ListContentDto = z.infer<typeof ListContentSchema>;
export type ListContentInput = z.input<typeof ListContentSchema>;
