import type { ToolDefinition } from '../types';
import { MarketingGenerateContentSchema } from './marketing-generate-content.schema';
import { marketingGenerateContentExamples } from './marketing-generate-content.examples';

export const marketingGenerateContentTool: ToolDefinition<typeof MarketingGenerateContentSchema> = {
  name: 'marketing_generate_content',
  kind: 'read',
  description:
    "Write a ready-to-post marketing text for one channel (facebook, instagram, sms, email, whatsapp) about a topic, built from the shop's real products and prices, in the requested language and tone. Nothing is sent or published.",
  schema: MarketingGenerateContentSchema,
  examples: marketingGenerateContentExamples,
  requiresApproval: false,
};
