import { formatDayMonth } from '@tajer/contract';
import type { CampaignRef, ContentChannel, ContentLanguage, ContentTone, FeaturedProduct, ShopInfo } from './content.types';
import { smsLength, smsLimit, toGsm7, truncateSms } from './sms-encoding';
import { AR_PACK } from './templates/ar.templates';
import { EN_PACK } from './templates/en.templates';
import { FR_PACK } from './templates/fr.templates';
import type { LanguagePack } from './templates/template.types';
import { hashString, foldTopic } from './topic-words';
import { isOwnerRequest } from './content-language';
import type { SelectionReason } from './product-matcher';
import type { Occasion } from './topic-lexicon';
import { wilayaLabel } from '../../common/localisation/wilayas';
import { message } from '../../common/localisation/messages';

export const LANGUAGE_PACKS: Record<ContentLanguage, LanguagePack> = { fr: FR_PACK, ar: AR_PACK, en: EN_PACK };

export interface ComposeInput {
  channel: ContentChannel;
  language: ContentLanguage;
  tone: ContentTone;
  topic: string;
  occasion: Occasion | null;
  shop: ShopInfo;
  products: FeaturedProduct[];
  discount: number | null;
  campaign: CampaignRef | null;
  /** Why these products were chosen: a topic that named nothing falls back to the best sellers. */
  selection?: SelectionReason;
}

export interface ComposedContent {
  /** Email only. */
  subject: string | null;
  /** The ready-to-post text (for email: the body). */
  text: string;
  hashtags: string[];
}

/** How many products each channel can carry before the message stops being read. */
export const PRODUCTS_PER_CHANNEL: Record<ContentChannel, number> = { facebook: 5, instagram: 4, whatsapp: 3, sms: 3, email: 6 };
const HASHTAGS_PER_CHANNEL: Record<ContentChannel, number> = { facebook: 5, instagram: 12, whatsapp: 0, sms: 0, email: 0 };

const ARABIC = /[\u0600-\u06FF]/;

/** « -15 % » in French, « 15% » otherwise (the figure as typed, in Latin digits). */
const discountText = (discount: number, language: ContentLanguage) => message(language, 'content.discount', { discount: String(discount) });

/** Writes the post. Pure: the same input always gives the same text (variants are chosen by hashing the topic). */
export function composeContent(input: ComposeInput): ComposedContent {
  const ctx = new Context(input);
  switch (input.channel) {
    case 'sms':
      return { subject: null, text: ctx.sms(), hashtags: [] };
    case 'whatsapp':
      return { subject: null, text: ctx.whatsapp(), hashtags: [] };
    case 'email':
      return ctx.email();
    default: {
      const hashtags = ctx.hashtags();
      return { subject: null, text: `${ctx.social()}\n\n${hashtags.join(' ')}`.trim(), hashtags };
    }
  }
}

class Context {
  readonly pack: LanguagePack;
  private readonly seed: string;

  constructor(private readonly input: ComposeInput) {
    this.pack = LANGUAGE_PACKS[input.language];
    this.seed = foldTopic(input.topic);
  }

  /** One variant per slot, stable for a topic but different from slot to slot. */
  private pick<T>(list: T[], slot: string): T {
    return list[hashString(`${this.seed}#${slot}`) % list.length];
  }

  private fill(template: string): string {
    const { shop, campaign, discount, language } = this.input;
    const wilaya = shop.wilaya ? wilayaLabel(shop.wilaya)[language] : null;
    return template
      .replaceAll('{shop}', shop.name)
      .replaceAll('{where}', wilaya ? message(language, 'content.where', { wilaya }) : '')
      .replaceAll('{topic}', this.topicText())
      .replaceAll('{campaign}', campaign?.name ?? '')
      .replaceAll('{discount}', discount ? discountText(discount, language) : '')
      .replaceAll('{date}', campaign?.endsAt ? this.date(campaign.endsAt) : '');
  }

  /**
   * The owner's own words, unless they are in another script than the post (a French topic in an Arabic post) or are
   * their request rather than a title (« mettre en avant mes meilleurs produits »): then the shop's own wording.
   */
  private topicText(): string {
    const topic = this.input.topic.trim().replace(/\s+/g, ' ');
    const arabicTopic = ARABIC.test(topic);
    const fallback = this.input.selection === 'best_sellers' ? this.pack.bestSellersTopic : this.pack.genericTopic;
    if (arabicTopic !== (this.input.language === 'ar') || isOwnerRequest(topic)) return fallback;
    return arabicTopic ? topic : topic.charAt(0).toUpperCase() + topic.slice(1);
  }

  private date(d: Date): string {
    return formatDayMonth(d, this.input.language, { timeZone: 'Africa/Algiers' });
  }

  private occasionCopy() {
    return this.input.occasion ? this.pack.occasions[this.input.occasion] : null;
  }

  private tone() {
    return this.pack.tones[this.input.tone];
  }

  private emoji(): string {
    return this.occasionCopy()?.emoji ?? this.tone().emoji;
  }

  private headline(): string {
    return this.fill(this.pick(this.occasionCopy()?.headlines ?? this.tone().headlines, 'headline'));
  }

  private listIntro(): string {
    return this.pick(this.occasionCopy()?.listIntros ?? this.tone().listIntros, 'intro');
  }

  private productLines(max: number): string[] {
    return this.input.products
      .slice(0, max)
      .map((p) =>
        p.promoPriceFormatted
          ? this.pack.promoLine(p.name, p.promoPriceFormatted, p.priceFormatted)
          : this.pack.productLine(p.name, p.priceFormatted),
      );
  }

  /** Discount, campaign and validity sentences; urgency without an end date promises only "while stocks last". */
  private offerLines(): string[] {
    const { discount, campaign, tone } = this.input;
    const lines: string[] = [];
    if (campaign) lines.push(this.fill(this.pick(this.pack.campaignLines, 'campaign')));
    if (campaign?.endsAt) lines.push(this.fill(this.pick(this.pack.validUntil, 'valid')));
    else if (tone === 'urgent' || discount) lines.push(this.pick(this.pack.whileStocksLast, 'stocks'));
    return lines;
  }

  private discountLine(): string | null {
    return this.input.discount ? this.fill(this.pick(this.pack.discountLines, 'discount')) : null;
  }

  private wish(): string | null {
    const occasion = this.occasionCopy();
    return occasion ? this.pick(occasion.wishes, 'wish') : null;
  }

  private cta(): string {
    return this.fill(this.pick(this.pack.cta[this.input.channel], 'cta'));
  }

  /** "📍 12 rue …, Oran · 📞 0550 12 34 56" from the business profile; null when neither is set. */
  private contactLine(): string | null {
    const { address, phone } = this.input.shop;
    const parts = [address ? `📍 ${address}` : null, phone ? `📞 ${phone}` : null].filter(Boolean);
    return parts.length ? parts.join(' · ') : null;
  }

  social(): string {
    const bullet = this.tone().bullet;
    const max = PRODUCTS_PER_CHANNEL[this.input.channel];
    const blocks = [
      [`${this.emoji()} ${this.headline()}`, this.discountLine()],
      [this.listIntro(), ...this.productLines(max).map((l) => `${bullet} ${l}`)],
      [...this.offerLines(), this.wish()],
      [this.cta(), this.contactLine()],
    ];
    return blocks
      .map((b) => b.filter(Boolean).join('\n'))
      .filter(Boolean)
      .join('\n\n');
  }

  whatsapp(): string {
    const occasion = this.occasionCopy();
    const head = this.fill(this.pick(occasion?.smsHeadlines ?? this.tone().smsHeadlines, 'sms-head'));
    const lines = [
      `${this.emoji()} *${head}*`,
      this.discountLine(),
      ...this.productLines(PRODUCTS_PER_CHANNEL.whatsapp).map((l) => `▫️ ${l}`),
      ...this.offerLines().slice(-1),
      this.cta(),
      this.contactLine(),
    ];
    return lines.filter(Boolean).join('\n');
  }

  email(): ComposedContent {
    const occasion = this.occasionCopy();
    const subject = this.fill(this.pick(occasion?.subjects ?? this.tone().subjects, 'subject'));
    const body = [
      [this.pick(this.pack.email.greeting, 'greeting')],
      [this.headline(), this.discountLine()],
      [this.listIntro(), ...this.productLines(PRODUCTS_PER_CHANNEL.email).map((l) => `- ${l}`)],
      [this.offerLines().join(' ')],
      [this.cta(), this.wish()],
      [this.fill(this.pick(this.pack.email.signoff, 'signoff')), this.contactLine()],
    ]
      .map((b) => b.filter(Boolean).join('\n'))
      .filter(Boolean)
      .join('\n\n');
    return { subject, text: body, hashtags: [] };
  }

  /**
   * One SMS: pieces are added by priority (headline and first product first, then the shop's name, more products,
   * the end date, the call to action) as long as the whole message stays within one SMS for its encoding.
   */
  sms(): string {
    const { language, shop } = this.input;
    const gsm = language !== 'ar';
    const encode = (s: string) => (gsm ? toGsm7(s) : s);
    const occasion = this.occasionCopy();
    const head = this.fill(this.pick(occasion?.smsHeadlines ?? this.tone().smsHeadlines, 'sms-head'));
    const discount = this.input.discount ? discountText(this.input.discount, language) : null;
    const products = this.productLines(PRODUCTS_PER_CHANNEL.sms);
    const validity = this.input.campaign?.endsAt ? this.fill(this.pick(this.pack.validUntil, 'valid')) : null;
    const cta = this.cta();

    const render = (chosen: Set<string>) => {
      let who = chosen.has('shop') ? this.pack.smsShop.replace('{shop}', shop.name) : '';
      const lead = [head, chosen.has('discount') ? discount : null].filter(Boolean).join(' ');
      // "Ramadan Karim ! Chez …" but "Ramadan Karim ! -15 % chez …"
      if (who && !chosen.has('discount') && /[!.?]$/.test(lead)) who = who.charAt(0).toUpperCase() + who.slice(1);
      const list = products.filter((_, i) => chosen.has(`p${i}`)).join(this.pack.smsSeparator);
      const tail = [validity && chosen.has('validity') ? validity : null, chosen.has('cta') ? cta : null].filter(Boolean).join(' ');
      const sentence = [lead, who, list ? `${list}.` : ''].filter(Boolean).join(' ');
      return encode([sentence, tail].filter(Boolean).join(' ').replace(/\.\./g, '.').replace(/\s+/g, ' ').trim());
    };
    // Priority order: the first product, the discount, a second product, then who is writing, the end date…
    const order = ['p0', 'discount', 'p1', 'shop', 'validity', 'p2', 'cta'].filter(
      (k) => (k !== 'discount' || discount) && (k !== 'validity' || validity) && (!k.startsWith('p') || products[Number(k.slice(1))]),
    );
    const chosen = new Set<string>();
    for (const key of order) {
      chosen.add(key);
      const text = render(chosen);
      if (smsLength(text) > smsLimit(text) && key !== 'p0') chosen.delete(key);
    }
    return truncateSms(render(chosen));
  }

  hashtags(): string[] {
    const max = HASHTAGS_PER_CHANNEL[this.input.channel];
    const { shop, language, products } = this.input;
    const wilaya = shop.wilaya ? wilayaLabel(shop.wilaya)[language] : null;
    const occasionTags = this.occasionCopy()?.hashtags ?? [];
    const instagram = this.input.channel === 'instagram';
    const productTags = instagram ? products.map((p) => p.name.split(/\s+/)[0]) : [];
    const candidates = [
      ...occasionTags.slice(0, instagram ? undefined : 2),
      shop.name,
      wilaya,
      ...productTags,
      ...this.pack.baseHashtags,
      ...(instagram ? this.pack.instagramHashtags : []),
    ];
    const seen = new Set<string>();
    const tags: string[] = [];
    for (const raw of candidates) {
      const tag = raw ? toHashtag(raw) : null;
      if (!tag || seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      tags.push(tag);
      if (tags.length === max) break;
    }
    return tags;
  }
}

/** "Supérette El Baraka" → "#SuperetteElBaraka", "رمضان كريم" → "#رمضان_كريم" (hashtags cannot hold spaces). */
export function toHashtag(raw: string): string | null {
  const arabic = ARABIC.test(raw);
  const cleaned = arabic
    ? raw
        .trim()
        .replace(/\s+/g, '_')
        .replace(/[^\p{L}\p{N}_]/gu, '')
    : raw
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
  return cleaned.length >= 2 && !/^\d+$/.test(cleaned) ? `#${cleaned}` : null;
}
