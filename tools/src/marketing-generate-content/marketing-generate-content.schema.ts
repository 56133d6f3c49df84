import { z } from 'zod';
import { CHANNELS, CONTENT_LANGUAGES, TONES } from '../common/common.schema';

export const MarketingGenerateContentSchema = z.object({
  channel: z.enum(CHANNELS).describe('Where the text will be posted or sent: facebook, instagram, sms, email or whatsapp'),
  topic: z
    .string()
    .min(1)
    .describe('What the text promotes or announces, in the user\'s words (e.g. "promo de l\'Aïd", "nouveau café", "تخفيضات رمضان")'),
  language: z
    .enum(CONTENT_LANGUAGES)
    .optional()
    .describe('Language of the text to write: fr, ar, en or darija; omit to use the conversation language'),
  tone: z
    .enum(TONES)
    .optional()
    .describe(`Tone of the text: ${TONES.join(', ')}`),
});
export type MarketingGenerateContentArgs = z.infer<typeof MarketingGenerateContentSchema>;
