import { TOOL_RESULTS } from '@tajer/contract';
import { ACCESS } from '@tajer/contract';
import { say } from '../format';
import { customerNotFound, findCustomer } from '../sales-lines';
import { service } from '../services';
import { attempt } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { SalesListSchema } from './sales-list.schema';
import { salesListExamples } from './sales-list.examples';
import { summarizeSalesList, type SalesListData } from './sales-list.summary';
import { salesListSlots } from './sales-list.slots';

/** Sales shown in the answer (the totals cover all of them). */
const SHOWN = 8;

export const salesListTool: ToolDefinition<typeof SalesListSchema> = {
  name: 'sales_list',
  kind: 'read',
  roles: ACCESS['sales.read'],
  needs: ['sales', 'customers'],
  description:
    'List recorded sales with their totals: over a period (today, week, month, quarter, year to date; default today) or one past day (`date`, e.g. yesterday), for one customer ("combien j\'ai vendu à Ahmed ?"), or by payment method (credit sales). For overall figures and margins use dashboard_stats; for who owes what use customers_credit.',
  schema: SalesListSchema,
  result: TOOL_RESULTS.sales_list,
  examples: salesListExamples,
  requiresApproval: false,
  editable: [],
  slots: salesListSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      let customer: SalesListData['customer'] = null;
      if (args.customer) {
        const c = await findCustomer(ctx, args.customer, (name, lang) =>
          say(lang, { fr: `Montre les ventes de ${name}`, ar: `أرني مبيعات ${name}`, en: `Show ${name}'s sales` }),
        );
        if (!c) throw customerNotFound(args.customer);
        customer = { id: c.id, name: c.name };
      }
      const period = args.date ? undefined : (args.period ?? (customer ? 'month' : 'today'));
      const page = await service(ctx, 'sales').listSales(ctx.tenantId, {
        ...(period ? { period } : { from: args.date, to: args.date }),
        ...(customer ? { customerId: customer.id } : {}),
        ...(args.paymentMethod ? { paymentMethod: args.paymentMethod } : {}),
        pageSize: SHOWN,
        includeLines: true,
      });
      const data: SalesListData = {
        period: period ?? null,
        date: args.date ?? null,
        customer,
        paymentMethod: args.paymentMethod ?? null,
        currency: page.currency,
        count: page.total,
        totals: page.totals,
        items: page.items.map((s) => ({
          id: s.id,
          kind: s.kind,
          soldAt: s.soldAt,
          day: s.day,
          total: s.total,
          paymentMethod: s.paymentMethod,
          customer: s.customer?.name ?? null,
          lines: s.lines.map((l) => ({
            product: { id: l.product.id, names: l.product.names, unit: l.product.unit },
            quantity: l.quantity,
          })),
        })),
      };
      return {
        success: true,
        data,
        records: [
          ...data.items.map((s) => ({ type: 'sale', id: s.id })),
          ...(customer ? [{ type: 'customer', id: customer.id, label: customer.name }] : []),
        ],
      };
    }),

  summarize: summarizeSalesList,
};
