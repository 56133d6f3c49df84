import { z } from 'zod';

export const API_KEY_SCOPES = ['read', 'write'] as const;

export const CreateApiKeySchema = z
  .object({
    name: z.string().trim().min(1).max(80).describe('A label to recognise the key, e.g. "ERP sync"'),
    scopes: z.array(z.enum(API_KEY_SCOPES)).min(1).default(['read', 'write']).describe('read: GET requests; write: changes'),
  })
  .strict();
export type CreateApiKeyDto = z.infer<typeof CreateApiKeySchema>;
