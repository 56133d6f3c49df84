import { z } from 'zod';
import { CurrencySchema, CustomerRefSchema } from './common';

export const CreditRowSchema = CustomerRefSchema.extend({
  balance: z.number(),
  daysOutstanding: z.number().nullable(),
  overLimit: z.boolean(),
});
export type CreditRow = z.infer<typeof CreditRowSchema>;

/** `customers_credit`: who owes what. */
export const CustomersCreditResult = z.object({
  currency: CurrencySchema,
  /** Set when the question was about one customer. */
  customer: CustomerRefSchema.nullable(),
  totalOwed: z.number(),
  count: z.number().int().min(0),
  customers: z.array(CreditRowSchema),
  /** The largest balance of all who owe (the list runs oldest first and may be cut): « qui me doit le plus ? ». */
  largest: CreditRowSchema.optional(),
  /**
   * Set when the name the user gave fits several customers (« Riad » for five Riads): the rows are those of them who
   * owe, and `namesakes` how many customers carry that name.
   */
  matching: z.object({ name: z.string(), namesakes: z.number().int().min(2) }).optional(),
});
export type CustomersCreditResult = z.infer<typeof CustomersCreditResult>;

/** `customers_payment`: a repayment and the balance before and after. */
export const CustomersPaymentResult = z.object({
  paymentId: z.string(),
  customer: CustomerRefSchema,
  amount: z.number(),
  method: z.string(),
  balanceBefore: z.number(),
  balanceAfter: z.number(),
  currency: CurrencySchema,
});
export type CustomersPaymentResult = z.infer<typeof CustomersPaymentResult>;

/** `customers_credit_add`: goods taken on credit, and the new balance. */
export const CustomersCreditAddResult = z.object({
  customer: CustomerRefSchema,
  amount: z.number(),
  balance: z.number(),
  currency: CurrencySchema,
});
export type CustomersCreditAddResult = z.infer<typeof CustomersCreditAddResult>;

/** `feedback_submit`: the feedback recorded. */
export const FeedbackSubmitResult = z.object({
  id: z.string(),
  category: z.string(),
  severity: z.string(),
  /** True when the category was inferred from the message. */
  categoryInferred: z.boolean(),
  /** 'queued' when the team is emailed at once (critical bugs). */
  notification: z.string().nullable(),
});
export type FeedbackSubmitResult = z.infer<typeof FeedbackSubmitResult>;
