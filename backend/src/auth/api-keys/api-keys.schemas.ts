import { z } from 'zod';

/**
 * read: GET requests, the assistant over /v1 and MCP (writes only proposed); write: changes and approvals;
 * mcp:write: write tools called over MCP run at once instead of waiting for an approval (never given by default).
 */
export const API_KEY_SCOPES = ['read', 'write', 'mcp:write'] as const;

export const CreateApiKeySchema = z
  .object({
    name: z.string().trim().min(1).max(80).describe('A label to recognise the key, e.g. "ERP sync"'),
    scopes: z
      .array(z.enum(API_KEY_SCOPES))
      .min(1)
      .default(['read', 'write'])
      .describe(
        'read: GET requests and the assistant (writes only proposed); write: changes and approvals; mcp:write: MCP write tools run without approval',
      ),
  })
  .strict();
export type CreateApiKeyDto = z.infer<typeof CreateApiKeySchema>;
