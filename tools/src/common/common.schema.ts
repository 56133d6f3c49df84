import { z } from 'zod';
import { PERIODS } from '@tajer/contract';

/**
 * The shared vocabularies (periods, channels, tones, content languages, expense categories) are @tajer/contract's:
 * the tools' enums are built from them, so a tool can never accept a key the backend does not know.
 */
export { CHANNELS, CONTENT_LANGUAGES, EXPENSE_CATEGORIES, PERIODS, TONES } from '@tajer/contract';
export type { Channel, ExpenseCategory, Period, Tone } from '@tajer/contract';

export const PeriodSchema = z
  .enum(PERIODS)
  .describe('Reporting window, counted back from now: today, this week, this month, this quarter or this year');

/** Feedback categories from the tool contract. */
export const FEEDBACK_CATEGORIES = ['bug', 'suggestion', 'comment'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** Campaign lifecycle states (mirror the database enum, lower-cased). */
export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
