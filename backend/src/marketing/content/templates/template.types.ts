import type { ContentChannel, ContentLanguage, ContentTone } from '../content.types';
import type { Occasion } from '../topic-lexicon';

/**
 * Copy for one language. Placeholders: {shop} (business name), {where} (", Alger" or ""), {topic} (the owner's
 * words), {discount} ("-15 %"), {campaign} (campaign name), {date} (offer end date). Each slot has several variants;
 * the composer picks one deterministically from the topic, so the same request gives the same text.
 */
export interface OccasionCopy {
  emoji: string;
  headlines: string[];
  /** A few words for the start of an SMS. */
  smsHeadlines: string[];
  subjects: string[];
  /** Introduces the product list ("Tout pour vos ftours :"). */
  listIntros: string[];
  /** A warm closing line fitting the occasion ("Saha ftourkoum !"). */
  wishes: string[];
  hashtags: string[];
}

export interface ToneCopy {
  /** Headlines for topics with no known occasion; {topic} is the owner's topic. */
  headlines: string[];
  smsHeadlines: string[];
  subjects: string[];
  listIntros: string[];
  emoji: string;
  bullet: string;
}

export interface LanguagePack {
  language: ContentLanguage;
  occasions: Record<Occasion, OccasionCopy>;
  tones: Record<ContentTone, ToneCopy>;
  /** "Semoule 10kg : 1 520 DA" */
  productLine: (name: string, price: string) => string;
  /** "Semoule 10kg : 1 290 DA au lieu de 1 520 DA" */
  promoLine: (name: string, promo: string, price: string) => string;
  /** Names the shop in an SMS ("chez {shop} :"). */
  smsShop: string;
  /** Joins products inside one SMS sentence. */
  smsSeparator: string;
  discountLines: string[];
  campaignLines: string[];
  validUntil: string[];
  /** Said in urgent tone when no end date is known. */
  whileStocksLast: string[];
  cta: Record<ContentChannel, string[]>;
  email: { greeting: string[]; signoff: string[] };
  /** Stands in for {topic} when the owner wrote the topic in another script than the post's language. */
  genericTopic: string;
  /** The headline's topic when the post features the best sellers because the request named no product. */
  bestSellersTopic: string;
  /** Tags every post of the business carries (country, shop type). */
  baseHashtags: string[];
  /** Extra tags for Instagram, where discovery runs on hashtags. */
  instagramHashtags: string[];
}
