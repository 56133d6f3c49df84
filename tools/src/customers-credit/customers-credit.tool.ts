import { TOOL_RESULTS } from '@tajer/contract';
import { ACCESS } from '@tajer/contract';
import { say } from '../format';
import { customerNotFound, findCustomer } from '../sales-lines';
import { service } from '../services';
import { attempt } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { CustomersCreditSchema } from './customers-credit.schema';
import { customersCreditExamples } from './customers-credit.examples';
import { summarizeCustomersCredit, type CustomersCreditData } from './customers-credit.summary';
import { customersCreditSlots } from './customers-credit.slots';

const SHOWN = 10;

export const customersCreditTool: ToolDefinition<typeof CustomersCreditSchema> = {
  name: 'customers_credit',
  kind: 'read',
  roles: ACCESS['customers.read'],
  needs: ['customers', 'credit'],
  description:
    "Who owes the shop money (credit, « le carnet », « الكريدي »): each customer's balance and how old their oldest unpaid purchase is, most overdue first; or one customer's balance (\"chhal yetsal Ahmed ?\"). Not the shop's own expenses (expenses_list).",
  schema: CustomersCreditSchema,
  result: TOOL_RESULTS.customers_credit,
  examples: customersCreditExamples,
  requiresApproval: false,
  editable: [],
  slots: customersCreditSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      let customer: CustomersCreditData['customer'] = null;
      if (args.customer) {
        const c = await findCustomer(ctx, args.customer, (name, lang) =>
          say(lang, { fr: `Combien ${name} me doit ?`, ar: `كم يدين لي ${name}؟`, en: `How much does ${name} owe me?` }),
        );
        if (!c) throw customerNotFound(args.customer);
        customer = { id: c.id, name: c.name };
      }
      const s = await service(ctx, 'credit').summary(ctx.tenantId, customer ? { customerId: customer.id } : {});
      const row = (c: (typeof s.customers)[number]) => ({
        id: c.customer.id,
        name: c.customer.name,
        balance: c.balance,
        daysOutstanding: c.daysOutstanding,
        overLimit: c.overLimit,
      });
      const largest = s.customers.length > 1 ? s.customers.reduce((a, b) => (b.balance > a.balance ? b : a)) : undefined;
      const data: CustomersCreditData = {
        currency: s.currency,
        customer,
        totalOwed: s.totalOwed,
        count: s.count,
        customers: s.customers.slice(0, SHOWN).map(row),
        ...(largest ? { largest: row(largest) } : {}),
      };
      return { success: true, data, records: data.customers.map((c) => ({ type: 'customer', id: c.id, label: c.name })) };
    }),

  summarize: summarizeCustomersCredit,
};
