import { z } from 'zod';

/** Text as PostgreSQL can store it (a NUL byte would fail the insert with a 500). */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

/** A content part of a message: text, or an image given inline as a data: URL (uploaded as an attachment). */
const ContentPart = z.union([
  z.object({ type: z.literal('text'), text: text(8000) }).loose(),
  z
    .object({
      type: z.literal('image_url'),
      image_url: z.union([z.string(), z.object({ url: z.string(), detail: z.string().optional() }).loose()]),
    })
    .loose(),
]);

const Message = z
  .object({
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
    content: z.union([text(8000), z.array(ContentPart).max(20), z.null()]).optional(),
    name: z.string().max(64).optional(),
  })
  .loose();

/**
 * The OpenAI chat-completions request. Fields Tajer does not use (temperature, top_p, seed…) are accepted and
 * ignored, as other OpenAI-compatible servers do, so existing clients work unchanged.
 */
export const ChatCompletionSchema = z
  .object({
    model: z.string().trim().min(1).max(200).describe('"tajer" (the business\'s assistant) or a model listed by GET /v1/models'),
    messages: z.array(Message).min(1).max(200).describe("The chat; the last message must be the user's"),
    stream: z.boolean().nullish().describe('true: server-sent events (chat.completion.chunk), ending with data: [DONE]'),
    stream_options: z.object({ include_usage: z.boolean().optional() }).loose().nullish(),
    user: text(256).optional().describe('Your end user: every request with the same value continues one Tajer conversation'),
    n: z.number().int().min(1).max(1).nullish().describe('Only 1 is supported'),
  })
  .loose();
export type ChatCompletionRequest = z.infer<typeof ChatCompletionSchema>;
export type ChatCompletionMessage = z.infer<typeof Message>;

export const CHAT_COMPLETION_EXAMPLE = {
  model: 'tajer',
  messages: [{ role: 'user', content: 'Il me reste combien de semoule ?' }],
  stream: false,
  user: 'caisse-1',
};
