import { z } from 'zod';
import { PeriodSchema } from '../common/time/period';
import { LANGUAGES } from '../common/localisation/localized';

export const TrendsQuerySchema = z
  .object({
    category: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .optional()
      .describe('A product category, in any language (e.g. "boissons", "dairy", "ألبان")'),
    period: PeriodSchema.default('quarter').describe(
      'today | week | month | quarter | year (to date) | yesterday | last_week | last_month | last_year (whole); default quarter',
    ),
  })
  .strict();
export type TrendsQuery = z.infer<typeof TrendsQuerySchema>;

export const CompetitorsQuerySchema = z
  .object({
    product: z.string().trim().min(1).max(120).optional().describe('Product name in any language (fuzzy), e.g. "huile", "زيت", "sugar"'),
  })
  .strict();
export type CompetitorsQuery = z.infer<typeof CompetitorsQuerySchema>;

export const CreateReportSchema = z
  .object({
    topic: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .optional()
      .describe('What the report is about: a category or product in any language, or free text'),
    period: PeriodSchema.default('quarter').describe(
      'today | week | month | quarter | year (to date) | yesterday | last_week | last_month | last_year (whole); default quarter',
    ),
    language: z.enum(LANGUAGES).default('fr').describe('Language of the report text: fr | ar | en (default fr)'),
  })
  .strict();
export type CreateReportDto = z.infer<typeof CreateReportSchema>;
