import { z } from 'zod';

/**
 * The REST pages' answers, as zod schemas the backend documents (OpenAPI) and checks against live answers, and the
 * chat UI's pages parse before rendering (no guessing a field's name). What every REST response shares, as JSON carries it (dates are ISO strings once serialised). */
export const IsoDateTime = z.string().describe('ISO 8601 date-time');
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
export const LocalizedStrict = z.strictObject({ fr: z.string(), ar: z.string(), en: z.string() });

/** The paging fields of a list: `totalKey` is `total` or `totalItems` depending on the list (kept as served). */
export const pageFields = <K extends string>(totalKey: K) =>
  ({
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    [totalKey]: z.number().int().min(0),
    totalPages: z.number().int().min(0),
  }) as { page: z.ZodNumber; pageSize: z.ZodNumber; totalPages: z.ZodNumber } & Record<K, z.ZodNumber>;
