import { z } from 'zod';
import { PERIODS } from '../common/time/period';

import { PAYMENT_METHODS, type PaymentMethod } from '@tajer/contract';

// The contract's vocabulary (what the database's PaymentMethod enum stores), under the name the sales code uses.
export { PAYMENT_METHODS };
export type PaymentMethodName = PaymentMethod;

const money = z
  .number()
  .min(0)
  .max(9_999_999_999.99)
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, 'at most 2 decimals');

const localDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a valid date');

const queryBoolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const SaleLineSchema = z
  .object({
    productId: z.string().uuid().optional().describe('The product (or give sku or barcode)'),
    sku: z.string().trim().min(1).max(40).optional().describe('The product SKU'),
    barcode: z
      .string()
      .trim()
      .regex(/^\d{8,14}$/, '8 to 14 digits')
      .optional()
      .describe('The product barcode'),
    quantity: z.number().int().min(1).max(100_000).describe('Units sold (a whole number)'),
    unitPrice: money.optional().describe("Price actually charged per unit; default: the catalogue's current price"),
  })
  .strict()
  .superRefine((l, ctx) => {
    const given = [l.productId, l.sku, l.barcode].filter((v) => v !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: 'custom', path: ['productId'], message: 'give exactly one of productId, sku or barcode' });
  });

export const RecordSaleSchema = z
  .object({
    lines: z.array(SaleLineSchema).min(1).max(200).describe('What was sold'),
    soldAt: z.iso.datetime({ offset: true }).optional().describe('When it was sold (ISO 8601); default: now. Not in the future.'),
    paymentMethod: z
      .enum(PAYMENT_METHODS)
      .default('cash')
      .describe('cash | card | cib | edahabia | baridimob | credit (credit needs customerId)'),
    customerId: z.string().uuid().optional().describe('The customer (required for credit)'),
    note: z.string().trim().max(500).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.paymentMethod === 'credit' && !s.customerId)
      ctx.addIssue({ code: 'custom', path: ['customerId'], message: 'required when paymentMethod is credit' });
  });
export type RecordSaleDto = z.infer<typeof RecordSaleSchema>;

export const RefundSchema = z
  .object({
    lines: z
      .array(
        z
          .object({
            lineId: z.string().uuid().optional().describe('The sale line (from GET /api/sales/:id); or give productId'),
            productId: z.string().uuid().optional(),
            quantity: z.number().int().min(1).max(100_000),
          })
          .strict()
          .superRefine((l, ctx) => {
            if (!l.lineId === !l.productId)
              ctx.addIssue({ code: 'custom', path: ['lineId'], message: 'give exactly one of lineId or productId' });
          }),
      )
      .min(1)
      .max(200)
      .optional()
      .describe('What comes back; omit to refund everything not yet refunded'),
    reason: z.string().trim().max(500).optional(),
  })
  .strict();
export type RefundDto = z.infer<typeof RefundSchema>;

export const DailyTotalSchema = z
  .object({
    amount: money.describe("The day's takings in dinars (cash counted in the evening)"),
    date: localDay.optional().describe('The local day (YYYY-MM-DD); default today. Not in the future.'),
    note: z.string().trim().max(500).optional(),
  })
  .strict();
export type DailyTotalDto = z.infer<typeof DailyTotalSchema>;

export const ListSalesQuerySchema = z
  .object({
    period: z
      .enum(PERIODS)
      .optional()
      .describe('today | week | month | quarter | year (to date) | yesterday | last_week | last_month | last_year (whole)'),
    from: localDay.optional().describe('First local day (YYYY-MM-DD), inclusive'),
    to: localDay.optional().describe('Last local day (YYYY-MM-DD), inclusive'),
    customerId: z.string().uuid().optional(),
    paymentMethod: z.enum(PAYMENT_METHODS).optional(),
    productId: z.string().uuid().optional().describe('Sales with a line of this product'),
    kind: z.enum(['sale', 'refund', 'daily_total']).optional(),
    includeLines: queryBoolean.optional().describe('Include the lines of each sale (default true)'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.period && (q.from || q.to)) ctx.addIssue({ code: 'custom', path: ['period'], message: 'give either period or from/to' });
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  });
export type ListSalesQuery = z.infer<typeof ListSalesQuerySchema>;

export const IDEMPOTENCY_HEADER = 'idempotency-key';
