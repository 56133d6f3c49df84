import { z } from 'zod';

/** Reporting windows shared by every tool that takes a `period` (tool contract enum). */
export const PERIODS = ['today', 'week', 'month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export const PeriodSchema = z
  .enum(PERIODS)
  .describe('Reporting window, counted back from now: today, this week, this month, this quarter or this year');

/** Marketing channels from the tool contract. */
export const CHANNELS = ['facebook', 'instagram', 'sms', 'email', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Feedback categories from the tool contract. */
export const FEEDBACK_CATEGORIES = ['bug', 'suggestion', 'comment'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/** Campaign lifecycle states (mirror the database enum, lower-cased). */
export const CAMPAIGN_STATUSES = ['draft', 'active', 'paused', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * Canonical expense categories (French keys, as stored). Free text is still accepted by
 * `expenses_add`, but the assistant should map what the user says onto one of these.
 */
export const EXPENSE_CATEGORIES = [
  'loyer',
  'électricité',
  'eau',
  'gaz',
  'internet',
  'téléphone',
  'transport',
  'carburant',
  'salaires',
  'fournitures',
  'marchandises',
  'entretien',
  'taxes',
  'assurance',
  'emballage',
  'publicité',
  'banque',
  'autre',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/** Languages a marketing text can be written in. */
export const CONTENT_LANGUAGES = ['fr', 'ar', 'en', 'darija'] as const;
export const TONES = ['friendly', 'professional', 'festive', 'urgent', 'humorous'] as const;
