import { z } from 'zod';

/** "true"/"false" in a query string (z.coerce.boolean() would read "false" as true). */
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** "2026-03-14" (a whole day in Algiers, UTC+1), or a full ISO date-time. */
const day = (edge: 'start' | 'end') =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((s) => {
    if (s.length !== 10) return new Date(s);
    const start = new Date(`${s}T00:00:00+01:00`);
    return edge === 'start' ? start : new Date(start.getTime() + 86_400_000);
  });

/** Tags are short lowercase labels ("bug-stock", "à revoir", "تسعير"): lowercased so filtering is exact. */
const tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _:.'-]*$/u, "letters, digits, spaces and _ : . ' - only")
  .transform((t) => t.toLowerCase().replace(/\s+/g, ' '));

export const SUPPORT_EXPORT_MAX = 5000;

const filters = {
  from: day('start').optional().describe('Conversations active from this date (inclusive): YYYY-MM-DD (Algiers) or ISO date-time'),
  to: day('end').optional().describe('… up to this date (inclusive for YYYY-MM-DD, exclusive for a date-time)'),
  tenantId: z.uuid().optional().describe('One business (platform staff); an owner only ever sees their own'),
  userId: z.uuid().optional().describe("One user's conversations"),
  tool: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_.-]+$/, 'a tool name such as inventory_adjust')
    .optional()
    .describe('A tool called in the conversation, e.g. inventory_adjust'),
  writeTool: flag.optional().describe('true: a write tool ran after the user approved it (as proposed or edited)'),
  lang: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,8}$/, 'a language code such as fr, ar, en')
    .optional()
    .describe('fr | ar | en …: conversation or message language'),
  hasError: flag.optional().describe('true: a message or tool call failed; false: nothing failed'),
  rating: z.enum(['up', 'down']).optional().describe('A thumbs up / down on any message'),
  q: z.string().trim().min(1).max(200).optional().describe('Search the messages (accent-insensitive, any language, partial words)'),
  tag: tag.optional().describe('A support tag'),
  unmask: flag.optional().describe('ADMIN only: show personal data unmasked (audited)'),
};

const checkRange = (o: { from?: Date; to?: Date }) => !o.from || !o.to || o.from < o.to;
const rangeIssue = { message: 'must be after from', path: ['to'] };

export const ListSupportConversationsSchema = z
  .object({
    ...filters,
    page: z.coerce.number().int().min(1).default(1).describe('Page, from 1'),
    pageSize: z.coerce.number().int().min(1).max(100).default(25).describe('Items per page (max 100)'),
  })
  .strict()
  .refine(checkRange, rangeIssue);
export type ListSupportConversationsDto = z.infer<typeof ListSupportConversationsSchema>;

export const ExportSupportConversationsSchema = z
  .object({
    ...filters,
    format: z.enum(['jsonl', 'csv']).default('jsonl').describe('jsonl: one conversation per line; csv: one row per message (Excel-ready)'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(SUPPORT_EXPORT_MAX)
      .default(SUPPORT_EXPORT_MAX)
      .describe(`At most this many conversations (max ${SUPPORT_EXPORT_MAX})`),
  })
  .strict()
  .refine(checkRange, rangeIssue);
export type ExportSupportConversationsDto = z.infer<typeof ExportSupportConversationsSchema>;

export const GetSupportConversationSchema = z.object({ unmask: filters.unmask }).strict();
export type GetSupportConversationDto = z.infer<typeof GetSupportConversationSchema>;

export const SetTagsSchema = z
  .object({ tags: z.array(tag).max(20).describe('The complete tag list (replaces the current one), at most 20') })
  .strict()
  .transform((o) => ({ tags: [...new Set(o.tags)] }));
export type SetTagsDto = z.infer<typeof SetTagsSchema>;

export const AddNoteSchema = z.object({ text: z.string().trim().min(1).max(4000).describe('A private review note') }).strict();
export type AddNoteDto = z.infer<typeof AddNoteSchema>;

/** The filters of a list/export request, without paging and output options (what the audit log records). */
export function filtersOf(dto: Partial<ListSupportConversationsDto & ExportSupportConversationsDto>) {
  const { page: _p, pageSize: _ps, format: _f, limit: _l, unmask: _u, ...rest } = dto;
  return Object.fromEntries(
    Object.entries(rest)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  ) as Record<string, string | boolean>;
}
