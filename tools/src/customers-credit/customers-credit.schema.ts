import { z } from 'zod';

export const CustomersCreditSchema = z.object({
  customer: z.string().min(1).optional().describe('One customer by name or phone ("chhal yetsal Ahmed ?"); omit for everyone who owes'),
});
export type CustomersCreditArgs = z.infer<typeof CustomersCreditSchema>;
