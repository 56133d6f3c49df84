import { REPAYMENT_METHODS } from '@tajer/contract';
import { z } from 'zod';

const money = z
  .number()
  .min(0)
  .max(9_999_999_999.99)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'at most 2 decimals');

const queryBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Algerian numbers as people write them: "0555 12 34 56", "+213 555 123 456", "00213555123456". */
export const phoneDigits = (phone: string) => {
  const digits = phone.replace(/[^\d+]/g, '').replace(/^\+/, '00');
  return digits.startsWith('00213')
    ? `0${digits.slice(5)}`
    : digits.startsWith('213') && digits.length === 12
      ? `0${digits.slice(3)}`
      : digits;
};

const phone = z
  .string()
  .trim()
  .max(30)
  .refine((p) => /^\d{6,15}$/.test(phoneDigits(p)), 'a phone number (6 to 15 digits)');

const customerFields = {
  name: z.string().trim().min(1).max(120).describe('As the shop calls the customer, e.g. "Ahmed Benali" or "أحمد"'),
  phone: phone.nullable().optional().describe('e.g. "0555 12 34 56"'),
  email: z.string().trim().email().max(200).nullable().optional(),
  wilaya: z.string().trim().min(1).max(60).nullable().optional().describe('Wilaya name or number ("Alger", "16")'),
  ageBand: z.enum(['18-24', '25-34', '35-44', '45-54', '55+']).nullable().optional(),
  channel: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .nullable()
    .optional()
    .describe('How they came: passage, bouche-à-oreille, facebook, instagram, whatsapp…'),
  creditLimit: money.nullable().optional().describe('Most the shop lets them owe (a warning, never a refusal)'),
  note: z.string().trim().max(500).nullable().optional(),
};

export const CreateCustomerSchema = z
  .object({
    ...customerFields,
    openingBalance: money.default(0).describe('What they already owe from before (« le carnet »), in DZD'),
  })
  .strict();
export type CreateCustomerDto = z.infer<typeof CreateCustomerSchema>;

export const UpdateCustomerSchema = z
  .object(customerFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'nothing to update');
export type UpdateCustomerDto = z.infer<typeof UpdateCustomerSchema>;

export const ListCustomersQuerySchema = z
  .object({
    q: z.string().trim().max(120).optional().describe('Part of the name or of the phone number'),
    owing: queryBoolean.optional().describe('Only customers who owe something'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();
export type ListCustomersQuery = z.infer<typeof ListCustomersQuerySchema>;

export const PaymentSchema = z
  .object({
    amount: money.refine((n) => n > 0, 'must be more than 0').describe('Paid by the customer, in DZD'),
    paidAt: z.iso.datetime({ offset: true }).optional().describe('Default: now. Not in the future.'),
    method: z.enum(REPAYMENT_METHODS).default('cash'),
    note: z.string().trim().max(500).optional(),
    advance: z
      .boolean()
      .default(false)
      .describe('Allow the payment to exceed what is owed: the rest is kept as an advance (negative balance)'),
  })
  .strict();
export type PaymentDto = z.infer<typeof PaymentSchema>;

export const CreditQuerySchema = z
  .object({
    olderThanDays: z.coerce
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe('Only credit whose oldest unpaid purchase is at least this old'),
  })
  .strict();
