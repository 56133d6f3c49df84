import { z } from 'zod';
import { CHANNELS } from '@tajer/contract';
import { IsoDateTime, pageFields } from '../../common/validation/response-schemas';
import { CONTENT_LANGUAGES } from './content.types';

/** A text generated earlier, as GET /api/content lists it (the products and figures of the moment are not kept). */
export const ContentPieceResponse = z.strictObject({
  id: z.string(),
  channel: z.enum(CHANNELS),
  language: z.enum(CONTENT_LANGUAGES),
  /** A key of the contract's TONES for texts Tajer wrote; the demo's seeded texts still carry older words (« chaleureux »). */
  tone: z.string().nullable(),
  topic: z.string(),
  /** Emails only: the subject line, split from the stored text. */
  subject: z.string().nullable(),
  text: z.string(),
  hashtags: z.array(z.string()),
  generator: z.string(),
  campaignId: z.string().nullable(),
  createdAt: IsoDateTime,
});

export const ContentPageResponse = z.strictObject({ items: z.array(ContentPieceResponse), ...pageFields('total') });
