import { z } from 'zod';

import { PAYMENT_METHODS, type PaymentMethod } from '@tajer/contract';

export { PAYMENT_METHODS, type PaymentMethod };

export const PaymentMethodSchema = z
  .enum(PAYMENT_METHODS)
  .describe('How the customer paid: cash, card, cib, edahabia, baridimob, or credit (on the notebook: the customer owes it)');

export const SaleLineSchema = z.object({
  product: z
    .string()
    .min(1)
    .describe('The product sold, by name in any language, as the user said it (e.g. "sucre", "خبز", "Huile Elio 5L")'),
  quantity: z
    .number()
    .positive()
    .describe('Whole units sold (a count, never a size such as the 5 of "5L"); never round a fraction the user said (1.5 kg stays 1.5)'),
  unitPrice: z
    .number()
    .nonnegative()
    .optional()
    .describe('Price per unit actually charged, in DZD, when the user says it; default the catalogue price'),
});

export const SalesRecordSchema = z.object({
  lines: z.array(SaleLineSchema).min(1).max(50).describe('What was sold: one line per product ("3 sucre et 2 café" is two lines)'),
  paymentMethod: PaymentMethodSchema.optional().describe(
    'How the customer paid: cash, card, cib, edahabia, baridimob, or credit (on the notebook: the customer owes it)',
  ),
  customer: z.string().min(1).optional().describe('The customer, by name or phone, when the user names one (required for a credit sale)'),
  soldAt: z.string().min(1).optional().describe('When it was sold: an ISO date or date-time (e.g. yesterday); default now'),
});
export type SalesRecordArgs = z.infer<typeof SalesRecordSchema>;
