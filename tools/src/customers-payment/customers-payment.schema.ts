import { REPAYMENT_METHODS } from '@tajer/contract';
import { z } from 'zod';

export const CustomersPaymentSchema = z.object({
  customer: z.string().min(1).describe('The customer who paid back, by name or phone'),
  amount: z.number().positive().describe('Amount paid, in DZD'),
  method: z.enum(REPAYMENT_METHODS).optional().describe('How they paid (default cash)'),
});
export type CustomersPaymentArgs = z.infer<typeof CustomersPaymentSchema>;
