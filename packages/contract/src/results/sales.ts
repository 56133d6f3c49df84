import { z } from 'zod';
import { CurrencySchema, CustomerRefSchema, DaySchema, ProductRefSchema } from './common';

/** `sales_record`: the sale written, line by line with the stock it moved. */
export const SalesRecordResult = z.object({
  saleId: z.string(),
  day: DaySchema,
  currency: CurrencySchema,
  paymentMethod: z.string(),
  total: z.number(),
  lines: z.array(
    z.object({
      product: ProductRefSchema.extend({ unit: z.string() }),
      quantity: z.number(),
      unitPrice: z.number(),
      total: z.number(),
      stockBefore: z.number().nullable(),
      stockAfter: z.number().nullable(),
    }),
  ),
  customer: CustomerRefSchema.extend({ balanceAfter: z.number().nullable() }).nullable(),
  /** Stock that went below zero (recorded anyway): recount the shelf. */
  warnings: z.array(z.string()),
});
export type SalesRecordResult = z.infer<typeof SalesRecordResult>;

/** `sales_daily_total`: a day's takings recorded without lines. */
export const SalesDailyTotalResult = z.object({
  saleId: z.string(),
  date: DaySchema,
  currency: CurrencySchema,
  declared: z.number(),
  alreadyRecorded: z.number(),
  addedWithoutDetail: z.number(),
  replaced: z.boolean(),
});
export type SalesDailyTotalResult = z.infer<typeof SalesDailyTotalResult>;

export const SaleRowSchema = z.object({
  id: z.string(),
  /** sale, refund or daily_total. */
  kind: z.string(),
  soldAt: z.string(),
  day: DaySchema,
  total: z.number(),
  paymentMethod: z.string(),
  customer: z.string().nullable(),
  lines: z.array(z.object({ product: ProductRefSchema, quantity: z.number() })),
});
export type SaleRow = z.infer<typeof SaleRowSchema>;

/** `sales_list`: recent sales and the period's totals. */
export const SalesListResult = z.object({
  period: z.string().nullable(),
  date: z.string().nullable(),
  customer: CustomerRefSchema.nullable(),
  paymentMethod: z.string().nullable(),
  currency: CurrencySchema,
  count: z.number().int().min(0),
  totals: z.object({
    revenue: z.number(),
    salesCount: z.number(),
    refunds: z.number(),
    dailyTotals: z.number(),
    margin: z.number(),
    revenueWithoutMargin: z.number(),
  }),
  items: z.array(SaleRowSchema),
});
export type SalesListResult = z.infer<typeof SalesListResult>;
