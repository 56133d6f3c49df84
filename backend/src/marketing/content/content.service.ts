import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, ErrorCode, notFound } from '../../common/errors/app-error';
import { composeContent, PRODUCTS_PER_CHANNEL } from './content-composer';
import { message } from '../../common/localisation/messages';
import { defaultTone, detectTopicLanguage } from './content-language';
import { ContentRepository } from './content.repository';
import { zod } from '../../common/validation/zod-validation.pipe';
import {
  GenerateContentSchema,
  ListContentSchema,
  type GenerateContentDto,
  type GenerateContentInput,
  type ListContentInput,
} from './content.schemas';
import type { CampaignRef, ContentChannel, ContentLanguage, ContentTone, FeaturedProduct, ShopInfo } from './content.types';
import { LLM_TEXT_IMPROVER, type LlmTextImprover } from './llm-text-improver';
import { discountedPrice, postPrice, parseDiscountPercent } from './money-format';
import { selectProducts, type SelectionReason } from './product-matcher';
import { smsEncoding, smsLength, smsLimit, stripEmoji } from './sms-encoding';
import { keywords, wordsMatch } from './topic-words';
import { detectOccasion, type Occasion } from './topic-lexicon';
import { Clock } from '../../common/time/clock';

const BEST_SELLER_WINDOW_DAYS = 90;

export interface GeneratedContent {
  id: string;
  channel: ContentChannel;
  language: ContentLanguage;
  tone: ContentTone;
  topic: string;
  occasion: Occasion | null;
  subject: string | null;
  text: string;
  hashtags: string[];
  products: FeaturedProduct[];
  selection: { reason: SelectionReason; matchedTerms: string[] };
  campaign: CampaignRef | null;
  discountPercent: number | null;
  length: { characters: number; sms?: { encoding: 'GSM-7' | 'UCS-2'; units: number; limit: number } };
  generator: string;
  currency: string;
  createdAt: Date;
}

@Injectable()
export class ContentService {
  private readonly logger = new Logger(ContentService.name);

  constructor(
    private readonly clock: Clock,
    private readonly repo: ContentRepository,
    @Inject(LLM_TEXT_IMPROVER) private readonly improver: LlmTextImprover,
  ) {}

  /**
   * Writes a ready-to-post text from the shop's real products, prices and running campaigns, and stores it.
   * Validates its input like the API does (tools may call it directly).
   */
  async generate(tenantId: string, input: GenerateContentInput, now = this.clock.now()): Promise<GeneratedContent> {
    const dto = zod(GenerateContentSchema).transform(input);
    const tenant = await this.repo.shop(tenantId);
    if (!tenant) throw notFound('Business');
    const shop: ShopInfo = {
      name: tenant.name,
      wilaya: tenant.wilaya,
      currency: tenant.currency,
      address: tenant.address,
      phone: tenant.phone,
    };
    const language: ContentLanguage = dto.language ?? detectTopicLanguage(dto.topic) ?? localeLanguage(tenant.locale);
    const occasion = detectOccasion(dto.topic);
    const tone = dto.tone ?? defaultTone(dto.topic, occasion);
    const campaign = await this.resolveCampaign(tenantId, dto, occasion, now);
    const discount = parseDiscountPercent(dto.topic) ?? (campaign ? parseDiscountPercent(campaign.name) : null);
    const { products, selection } = await this.chooseProducts(tenantId, dto, occasion, now);
    const featured = products.map((p) => feature(p, language, discount));

    const offline = composeContent({
      channel: dto.channel,
      language,
      tone,
      topic: dto.topic,
      occasion,
      shop,
      products: featured,
      discount,
      campaign,
      selection: selection.reason,
    });
    const final = await this.improve(dto.channel, language, tone, offline, featured);

    const stored = final.subject ? `${message(language, 'content.subjectLine', { subject: final.subject })}\n\n${final.text}` : final.text;
    const piece = await this.repo.createPiece({
      tenantId,
      campaignId: campaign?.id ?? null,
      channel: dto.channel,
      language,
      tone,
      topic: dto.topic,
      text: stored,
      hashtags: offline.hashtags,
      generator: final.generator,
    });
    return {
      id: piece.id,
      channel: dto.channel,
      language,
      tone,
      topic: dto.topic,
      occasion,
      subject: final.subject,
      text: final.text,
      hashtags: offline.hashtags,
      products: featured,
      selection,
      campaign,
      discountPercent: discount,
      length: measure(dto.channel, final.text),
      generator: final.generator,
      currency: shop.currency,
      createdAt: piece.createdAt,
    };
  }

  async list(tenantId: string, input: ListContentInput = {}) {
    const query = zod(ListContentSchema).transform(input);
    const { items, total } = await this.repo.listPieces(tenantId, {
      channel: query.channel,
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    return {
      items: items.map((p) => ({
        ...splitSubject(p.text, p.channel),
        id: p.id,
        channel: p.channel,
        language: p.language,
        tone: p.tone,
        topic: p.topic,
        hashtags: p.hashtags,
        generator: p.generator,
        campaignId: p.campaignId,
        createdAt: p.createdAt,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total,
      totalPages: Math.ceil(total / query.pageSize),
    };
  }

  private async resolveCampaign(
    tenantId: string,
    dto: GenerateContentDto,
    occasion: Occasion | null,
    now: Date,
  ): Promise<CampaignRef | null> {
    if (dto.campaignId) {
      const campaign = await this.repo.campaign(tenantId, dto.campaignId);
      if (!campaign) throw notFound('Campaign');
      return campaign;
    }
    const active = await this.repo.activeCampaigns(tenantId, now);
    return matchCampaign(active, dto.topic, occasion);
  }

  private async chooseProducts(tenantId: string, dto: GenerateContentDto, occasion: Occasion | null, now: Date) {
    if (dto.productIds) {
      const ids = [...new Set(dto.productIds)];
      const found = await this.repo.productsByIds(tenantId, ids);
      const missing = ids.filter((id) => !found.some((p) => p.id === id));
      if (missing.length)
        throw new AppError(ErrorCode.NOT_FOUND, `Product not found: ${missing.join(', ')}`, [
          { field: 'productIds', message: `unknown: ${missing.join(', ')}` },
        ]);
      // Keep the owner's order.
      const products = ids.map((id) => found.find((p) => p.id === id)!);
      return { products, selection: { reason: 'requested' as SelectionReason, matchedTerms: [] } };
    }
    const since = new Date(now.getTime() - BEST_SELLER_WINDOW_DAYS * 86_400_000);
    const catalog = await this.repo.catalog(tenantId, since);
    const { products, reason, matchedTerms } = selectProducts(dto.topic, occasion, catalog, PRODUCTS_PER_CHANNEL[dto.channel]);
    return { products, selection: { reason, matchedTerms } };
  }

  /** The model's rewrite is used only if it kept every real name and price and still fits the channel. */
  private async improve(
    channel: ContentChannel,
    language: ContentLanguage,
    tone: ContentTone,
    offline: { subject: string | null; text: string },
    featured: FeaturedProduct[],
  ) {
    const mustKeep = featured.slice(0, channel === 'sms' ? 1 : undefined).flatMap((p) => [p.promoPriceFormatted ?? p.priceFormatted]);
    const fallback = { ...offline, generator: 'offline' };
    try {
      const improved = await this.improver.improve({ channel, language, tone, subject: offline.subject, text: offline.text, mustKeep });
      if (!improved || !improved.text.trim()) return fallback;
      if (!mustKeep.every((s) => improved.text.includes(s))) {
        this.logger.warn({ channel }, 'Improved text dropped or changed a price; keeping the offline text');
        return fallback;
      }
      if (channel === 'sms') {
        const text = stripEmoji(improved.text);
        if (smsLength(text) > smsLimit(text)) return fallback;
        return { subject: null, text, generator: improved.generator };
      }
      return {
        subject: offline.subject ? (improved.subject ?? offline.subject) : null,
        text: improved.text,
        generator: improved.generator,
      };
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'Text improvement failed; keeping the offline text');
      return fallback;
    }
  }
}

function localeLanguage(locale: string): ContentLanguage {
  const lang = locale.slice(0, 2).toLowerCase();
  return lang === 'ar' || lang === 'en' ? lang : 'fr';
}

function feature(
  p: {
    id: string;
    nameFr: string;
    nameAr: string | null;
    nameEn: string | null;
    category: string;
    price: unknown;
    stock: number;
    unit: string;
  },
  language: ContentLanguage,
  discount: number | null,
): FeaturedProduct {
  const price = Math.round(Number(p.price) * 100) / 100;
  const name = (language === 'ar' ? p.nameAr : language === 'en' ? p.nameEn : null) ?? p.nameFr;
  const promo = discount ? discountedPrice(price, discount) : null;
  return {
    id: p.id,
    name,
    category: p.category,
    price,
    priceFormatted: postPrice(price, language),
    ...(promo !== null && promo < price ? { promoPrice: promo, promoPriceFormatted: postPrice(promo, language) } : {}),
    stock: p.stock,
    unit: p.unit,
  };
}

/** A running campaign the topic is about: same occasion ("Ramadan Karim" for "promo ramadan") or shared words. */
export function matchCampaign<C extends { name: string }>(campaigns: C[], topic: string, occasion: Occasion | null): C | null {
  const topicWords = keywords(topic);
  let best: { campaign: C; score: number } | null = null;
  for (const campaign of campaigns) {
    const nameWords = keywords(campaign.name);
    const shared = topicWords.filter((t) => nameWords.some((w) => wordsMatch(t, w))).length;
    const score = shared + (occasion && detectOccasion(campaign.name) === occasion ? 2 : 0);
    if (score > (best?.score ?? 0)) best = { campaign, score };
  }
  return best?.campaign ?? null;
}

function measure(channel: ContentChannel, text: string): GeneratedContent['length'] {
  const characters = [...text].length;
  if (channel !== 'sms') return { characters };
  return { characters, sms: { encoding: smsEncoding(text), units: smsLength(text), limit: smsLimit(text) } };
}

/** Emails are stored as "Objet : …" + body; listings give the subject back separately. */
function splitSubject(stored: string, channel: string): { subject: string | null; text: string } {
  if (channel !== 'email') return { subject: null, text: stored };
  const match = /^(?:Objet|Subject|الموضوع)\s?:\s(.*)\n\n([\s\S]*)$/.exec(stored);
  return match ? { subject: match[1], text: match[2] } : { subject: null, text: stored };
}
