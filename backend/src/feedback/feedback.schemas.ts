import { z } from 'zod';

export const FEEDBACK_CATEGORIES = ['bug', 'suggestion', 'comment'] as const;
export const FEEDBACK_SEVERITIES = ['critical', 'high', 'normal', 'low'] as const;

export const SubmitFeedbackSchema = z
  .object({
    category: z.enum(FEEDBACK_CATEGORIES).optional().describe('bug | suggestion | comment; inferred from the message when absent'),
    message: z.string().trim().min(3).max(5000).describe('What happened or what you would like, in any language'),
    rating: z.number().int().min(1).max(5).optional().describe('Overall satisfaction, 1 (bad) to 5 (great)'),
    conversationId: z.uuid().optional().describe('The conversation this is about'),
    messageId: z.uuid().optional().describe('The assistant message this is about'),
  })
  .strict();
export type SubmitFeedbackDto = z.infer<typeof SubmitFeedbackSchema>;
export type SubmitFeedbackInput = z.input<typeof SubmitFeedbackSchema>;

export const RateMessageSchema = z
  .object({
    messageId: z.uuid().describe('The assistant message being rated'),
    up: z.boolean().describe('true: thumbs up, false: thumbs down'),
    comment: z.string().trim().max(2000).optional().describe('Why, in any language'),
  })
  .strict();
export type RateMessageDto = z.infer<typeof RateMessageSchema>;
export type RateMessageInput = z.input<typeof RateMessageSchema>;

/** "2026-03-14" (a whole day in Algiers), a full ISO date-time, or a Date. */
const day = (edge: 'start' | 'end') =>
  z.union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()]).transform((s) => {
    // A Date has already been resolved (a service re-validating what its controller parsed).
    if (s instanceof Date) return s;
    if (s.length !== 10) return new Date(s);
    const start = new Date(`${s}T00:00:00+01:00`);
    return edge === 'start' ? start : new Date(start.getTime() + 86_400_000);
  });

const filters = {
  category: z.enum(FEEDBACK_CATEGORIES).optional().describe('bug | suggestion | comment'),
  severity: z.enum(FEEDBACK_SEVERITIES).optional().describe('critical | high | normal | low'),
  from: day('start').optional().describe('From this date (inclusive), YYYY-MM-DD or ISO date-time'),
  to: day('end').optional().describe('Up to this date (inclusive for a YYYY-MM-DD day), or ISO date-time (exclusive)'),
  tenantId: z.uuid().optional().describe('Platform staff only: one business'),
  // A boolean too: the service re-validates what its controller already parsed.
  unmask: z
    .union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')])
    .optional()
    .describe('ADMIN only: names, e-mails and personal data in messages unmasked (audited)'),
};

const checkRange = (o: { from?: Date; to?: Date }) => !o.from || !o.to || o.from < o.to;
const rangeIssue = { message: 'must be after from', path: ['to'] };

export const ListFeedbackSchema = z
  .object({
    ...filters,
    page: z.coerce.number().int().min(1).default(1).describe('Page, from 1'),
    pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('Items per page (max 200)'),
  })
  .strict()
  .refine(checkRange, rangeIssue);
export type ListFeedbackDto = z.infer<typeof ListFeedbackSchema>;
export type ListFeedbackInput = z.input<typeof ListFeedbackSchema>;

export const ExportFeedbackSchema = z
  .object({ ...filters, format: z.enum(['json', 'csv']).default('csv').describe('csv (Excel-ready, UTF-8 BOM) or json') })
  .strict()
  .refine(checkRange, rangeIssue);
export type ExportFeedbackDto = z.infer<typeof ExportFeedbackSchema>;
export type ExportFeedbackInput = z.input<typeof ExportFeedbackSchema>;
