import { z } from 'zod';
import { IsoDateTime, pageFields } from './common';

const CATEGORIES = ['bug', 'suggestion', 'comment'] as const;
const SEVERITIES = ['critical', 'high', 'normal', 'low'] as const;

/** One feedback as GET /api/feedback lists it (masked for platform staff unless an admin unmasks). */
export const FeedbackResponse = z.strictObject({
  id: z.string(),
  tenant: z.strictObject({ id: z.string(), name: z.string() }),
  user: z.strictObject({ id: z.string(), name: z.string(), email: z.string(), role: z.string() }).nullable(),
  category: z.enum(CATEGORIES),
  /** True when the category was read from the message, not chosen. */
  categoryInferred: z.boolean(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  rating: z.number().int().nullable(),
  conversationId: z.string().nullable(),
  messageId: z.string().nullable(),
  notifiedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});

export const FeedbackPageResponse = z.strictObject({
  scope: z.strictObject({ tenantId: z.string().nullable(), allBusinesses: z.boolean() }),
  masked: z.boolean(),
  items: z.array(FeedbackResponse),
  ...pageFields('total'),
  summary: z.strictObject({
    byCategory: z.strictObject({ bug: z.number().int(), suggestion: z.number().int(), comment: z.number().int() }),
    bySeverity: z.strictObject({ critical: z.number().int(), high: z.number().int(), normal: z.number().int(), low: z.number().int() }),
    averageRating: z.number().nullable(),
    ratings: z.number().int(),
  }),
});

/** POST /api/feedback and the ratings: the feedback saved, how it was classified and whether the team was alerted. */
export const FeedbackSubmittedResponse = FeedbackResponse.extend({
  classification: z.strictObject({
    category: z.enum(CATEGORIES),
    /** Share of the evidence that points to the category (0..1). */
    confidence: z.number(),
    scores: z.strictObject({ bug: z.number(), suggestion: z.number(), comment: z.number() }),
    matched: z.array(z.string()),
    severityReasons: z.array(z.string()),
  }),
  notification: z.enum(['not_needed', 'disabled', 'queued']),
});
