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
const roundCents = (n: number) => Math.round(n * 100) / 100;

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
      let namesakes: Set<string> | undefined;
      if (args.customer) {
        const found = await service(ctx, 'customers').resolveCustomer(ctx.tenantId, args.customer);
        if (!found.match) throw customerNotFound(args.customer);
        if (found.confident) customer = { id: found.match.customer.id, name: found.match.customer.name };
        // « Combien me doit Riad ? » with five Riads: a read need not ask « which one? » — it says what each of them owes.
        else if ((found.namesakes?.length ?? 0) > 1) namesakes = new Set(found.namesakes);
        else {
          // A host whose resolver names no namesakes: ask which one.
          const c = await findCustomer(ctx, args.customer, (name, lang) =>
            say(lang, { fr: `Combien ${name} me doit ?`, ar: `كم يدين لي ${name}؟`, en: `How much does ${name} owe me?` }),
          );
          if (!c) throw customerNotFound(args.customer);
          customer = { id: c.id, name: c.name };
        }
      }
      const s = await service(ctx, 'credit').summary(ctx.tenantId, customer ? { customerId: customer.id } : {});
      const owing = namesakes ? s.customers.filter((c) => namesakes.has(c.customer.id)) : s.customers;
      const row = (c: (typeof s.customers)[number]) => ({
        id: c.customer.id,
        name: c.customer.name,
        balance: c.balance,
        daysOutstanding: c.daysOutstanding,
        overLimit: c.overLimit,
      });
      const largest = owing.length > 1 ? owing.reduce((a, b) => (b.balance > a.balance ? b : a)) : undefined;
      const data: CustomersCreditData = {
        currency: s.currency,
        customer,
        totalOwed: namesakes ? roundCents(owing.reduce((sum, c) => sum + c.balance, 0)) : s.totalOwed,
        count: owing.length,
        customers: owing.slice(0, SHOWN).map(row),
        ...(largest ? { largest: row(largest) } : {}),
        ...(namesakes ? { matching: { name: args.customer!, namesakes: namesakes.size } } : {}),
      };
      return { success: true, data, records: data.customers.map((c) => ({ type: 'customer', id: c.id, label: c.name })) };
    }),

  summarize: summarizeCustomersCredit,
};
