import { z } from 'zod';
import { BUSINESS_EVENT_TYPES } from '../events/business-events.types';

const noNul = (s: string) => !s.includes('\u0000');

const Events = z
  .array(z.enum(BUSINESS_EVENT_TYPES))
  .min(1)
  .max(BUSINESS_EVENT_TYPES.length)
  .transform((list) => [...new Set(list)])
  .describe(`Events to receive: ${BUSINESS_EVENT_TYPES.join(', ')}`);

export const CreateWebhookSchema = z
  .object({
    url: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .refine(noNul, 'must not contain NUL characters')
      .describe('An https:// URL on a public address'),
    events: Events,
    description: z.string().trim().max(200).refine(noNul, 'must not contain NUL characters').optional(),
  })
  .strict();
export type CreateWebhookDto = z.infer<typeof CreateWebhookSchema>;

export const UpdateWebhookSchema = z
  .object({
    url: CreateWebhookSchema.shape.url.optional(),
    events: Events.optional(),
    description: z.string().trim().max(200).refine(noNul, 'must not contain NUL characters').nullable().optional(),
    enabled: z.boolean().optional().describe('false pauses deliveries; true re-enables an endpoint that was disabled after failures'),
  })
  .strict()
  .refine((d) => Object.keys(d).length > 0, { message: 'nothing to change' });
export type UpdateWebhookDto = z.infer<typeof UpdateWebhookSchema>;

export const ListDeliveriesSchema = z
  .object({
    status: z.enum(['pending', 'succeeded', 'failed']).optional(),
    event: z.enum(BUSINESS_EVENT_TYPES).optional().describe('Only deliveries of this event type'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListDeliveriesDto = z.infer<typeof ListDeliveriesSchema>;
