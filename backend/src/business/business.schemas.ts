import { z } from 'zod';
import { LANGUAGES, PhoneSchema, WilayaSchema } from '../auth/auth.schemas';

/** VAT rates applied in Algeria (TVA): 19 % standard, 9 % reduced; 0 for exempt sales. */
export const VAT_RATES = [0, 9, 19] as const;

const digits = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .transform((s) => s.replace(/[\s.-]/g, ''))
    .pipe(z.string().regex(new RegExp(`^\\d{${min},${max}}$`), `${what}: ${min === max ? min : `${min} to ${max}`} digits`));
const clearable = <S extends z.ZodType>(s: S) => z.union([s, z.literal('').transform(() => null), z.null()]).optional();

export const UpdateBusinessSchema = z
  .object({
    name: z.string().trim().min(2).max(80).optional().describe('Name of the shop'),
    wilaya: WilayaSchema.optional(),
    address: clearable(z.string().trim().min(3).max(200)).describe('Street address, e.g. "12 rue Larbi Ben M\'hidi, Oran"'),
    phone: clearable(PhoneSchema),
    nif: clearable(digits(15, 20, 'NIF')).describe("NIF (numéro d'identification fiscale), 15 to 20 digits"),
    rc: clearable(
      z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z][0-9A-Za-z /-]{4,29}$/, 'RC: the registre du commerce number, e.g. 31/00-1234567 B 21'),
    ).describe('Registre du commerce number, e.g. "31/00-1234567 B 21"'),
    articleNumber: clearable(digits(8, 15, 'Article')).describe("Article d'imposition number, 8 to 15 digits"),
    vatRates: z
      .array(z.union(VAT_RATES.map((r) => z.literal(r)) as unknown as [z.ZodLiteral<0>, z.ZodLiteral<9>, z.ZodLiteral<19>]))
      .max(3)
      .optional()
      .describe('VAT rates in use, in percent: 19 (standard), 9 (reduced), 0 (exempt)'),
    language: z.enum(LANGUAGES).optional().describe('Default language of the business'),
  })
  .strict();
export type UpdateBusinessDto = z.infer<typeof UpdateBusinessSchema>;
