import { CHANNELS, TONES, type Channel, type Tone } from '@tajer/contract';

// Channels and tones are the contract's vocabularies (the tool and the REST API take the same keys).
export const CONTENT_CHANNELS = CHANNELS;
export type ContentChannel = Channel;

export const CONTENT_LANGUAGES = ['fr', 'ar', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

export const CONTENT_TONES = TONES;
export type ContentTone = Tone;

/** A product as it appears in a post: its name in the post's language and its real shelf price. */
export interface FeaturedProduct {
  id: string;
  name: string;
  category: string;
  price: number;
  priceFormatted: string;
  /** Present when a discount applies (from the topic or the matched campaign). */
  promoPrice?: number;
  promoPriceFormatted?: string;
  stock: number;
  unit: string;
}

export interface ShopInfo {
  name: string;
  wilaya: string | null;
  currency: string;
  /** From the business profile, when filled in: where the texts sign off. */
  address?: string | null;
  phone?: string | null;
}

export interface CampaignRef {
  id: string;
  name: string;
  endsAt: Date | null;
}
