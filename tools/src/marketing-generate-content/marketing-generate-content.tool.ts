import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { attempt } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { MarketingGenerateContentSchema } from './marketing-generate-content.schema';
import { marketingGenerateContentExamples } from './marketing-generate-content.examples';
import { summarizeGeneratedContent, type GeneratedContentData } from './marketing-generate-content.summary';
import { ACCESS } from '@tajer/contract';
import { marketingGenerateContentSlots } from './marketing-generate-content.slots';

/** The composer writes French, Arabic and English; Darija requests get Arabic script, the closest it writes. */
const LANGUAGE = { fr: 'fr', ar: 'ar', en: 'en', darija: 'ar' } as const;

export const marketingGenerateContentTool: ToolDefinition<typeof MarketingGenerateContentSchema> = {
  name: 'marketing_generate_content',
  kind: 'read',
  roles: ACCESS.marketing,
  description:
    "Write a ready-to-post marketing text for one channel (facebook, instagram, sms, email, whatsapp) about a topic, built from the shop's real products and prices, in the requested language and tone. Nothing is sent or published.",
  schema: MarketingGenerateContentSchema,
  result: TOOL_RESULTS.marketing_generate_content,
  examples: marketingGenerateContentExamples,
  requiresApproval: false,
  editable: [],
  slots: marketingGenerateContentSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const c = await service(ctx, 'marketingContent').generate(ctx.tenantId, {
        channel: args.channel,
        topic: args.topic,
        language: LANGUAGE[args.language ?? ctx.lang],
        ...(args.tone ? { tone: args.tone } : {}),
      });
      const data: GeneratedContentData = {
        id: c.id,
        channel: c.channel,
        language: c.language,
        topic: c.topic,
        subject: c.subject,
        text: c.text,
        products: c.products.map((p) => ({
          id: p.id,
          name: p.name,
          price: p.price,
          ...(p.promoPrice !== undefined ? { promoPrice: p.promoPrice } : {}),
        })),
        campaign: c.campaign ? { id: c.campaign.id, name: c.campaign.name } : null,
        length: c.length,
      };
      return {
        success: true,
        data,
        records: [
          { type: 'marketing_content', id: c.id, label: `${c.channel}: ${c.topic}` },
          ...(c.campaign ? [{ type: 'campaign', id: c.campaign.id, label: c.campaign.name }] : []),
          ...data.products.map((p) => ({ type: 'product', id: p.id, label: p.name })),
        ],
      };
    }),

  summarize: summarizeGeneratedContent,
};
