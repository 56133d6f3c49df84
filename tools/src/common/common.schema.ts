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
  .describe(
    'Reporting window: today, week, month, quarter or year to date; or a whole past one: yesterday, last_week, last_month, last_year (« le mois dernier »)',
  );

/** Feedback categories from the tool contract. */
export const FEEDBACK_CATEGORIES = ['bug', 'suggestion', 'comment'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** Campaign lifecycle states (mirror the database enum, lower-cased). */
export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
