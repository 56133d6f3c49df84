import { PERIOD_LABEL as PERIOD_WORDS, VS_PREVIOUS } from '@tajer/tools';
import type { Period } from '../common/time/period';
import type { Localized } from './localized';

// The wording lives in @tajer/tools (the assistant's summaries say periods the same way); typed here by Period.

/** How a period and its comparison are said, for summaries and report titles. */
export const PERIOD_LABEL: Record<Period, Localized> = PERIOD_WORDS as Record<Period, Localized>;

/** "compared with the previous period", preposition included (French and Arabic contract it with the article). */
export const VS_PREVIOUS_LABEL: Record<Period, Localized> = VS_PREVIOUS as Record<Period, Localized>;
