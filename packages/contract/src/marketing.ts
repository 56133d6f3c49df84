/**
 * The marketing vocabularies: where a text is posted (channels), the register it is written in (tones) and the
 * languages it can be written in. The tool, the REST API, the composer's templates and the NLU all take these keys.
 */
import type { Localized } from './lang';

export const CHANNEL_LABELS = {
  facebook: { fr: 'Facebook', ar: 'فيسبوك', en: 'Facebook' },
  instagram: { fr: 'Instagram', ar: 'إنستغرام', en: 'Instagram' },
  sms: { fr: 'SMS', ar: 'رسائل SMS', en: 'SMS' },
  email: { fr: 'E-mail', ar: 'البريد الإلكتروني', en: 'Email' },
  whatsapp: { fr: 'WhatsApp', ar: 'واتساب', en: 'WhatsApp' },
} as const satisfies Record<string, Localized>;
export type Channel = keyof typeof CHANNEL_LABELS;
export const CHANNELS = Object.keys(CHANNEL_LABELS) as [Channel, ...Channel[]];

/**
 * Tones. "humorous" (what owners ask for) and "informative" (plain facts, for integrators) are both real registers:
 * the composer has templates for each, so no tone is silently mapped onto another.
 */
export const TONE_LABELS = {
  friendly: { fr: 'Amical', ar: 'ودّي', en: 'Friendly' },
  professional: { fr: 'Professionnel', ar: 'مهني', en: 'Professional' },
  festive: { fr: 'Festif', ar: 'احتفالي', en: 'Festive' },
  urgent: { fr: 'Urgent', ar: 'عاجل', en: 'Urgent' },
  humorous: { fr: 'Humoristique', ar: 'فكاهي', en: 'Humorous' },
  informative: { fr: 'Informatif', ar: 'إخباري', en: 'Informative' },
} as const satisfies Record<string, Localized>;
export type Tone = keyof typeof TONE_LABELS;
export const TONES = Object.keys(TONE_LABELS) as [Tone, ...Tone[]];

/** Languages a marketing text can be written in ("darija" is Algerian Arabic in Latin script). */
export const CONTENT_LANGUAGES = ['fr', 'ar', 'en', 'darija'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];
