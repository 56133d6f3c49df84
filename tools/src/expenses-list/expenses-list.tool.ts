import { TOOL_RESULTS } from '@tajer/contract';
import { toExpenseView, unknownCategory } from '../expense-lines';
import { service } from '../services';
import { attempt } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { ExpensesListSchema } from './expenses-list.schema';
import { expensesListExamples } from './expenses-list.examples';
import { summarizeExpensesList, type ExpensesListData } from './expenses-list.summary';
import { ACCESS } from '@tajer/contract';
import { expensesListSlots } from './expenses-list.slots';

const LATEST = 5;

export const expensesListTool: ToolDefinition<typeof ExpensesListSchema> = {
  name: 'expenses_list',
  kind: 'read',
  roles: ACCESS['expenses.read'],
  description:
    "List the shop's expenses with totals for a period, optionally filtered by category (loyer, électricité, transport, carburant, salaires, …). Use for 'how much did I spend', 'my expenses', costs and bills already paid.",
  schema: ExpensesListSchema,
  result: TOOL_RESULTS.expenses_list,
  examples: expensesListExamples,
  requiresApproval: false,
  editable: [],
  slots: expensesListSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const period = args.period ?? 'month';
      let list;
      try {
        list = await service(ctx, 'expenses').list(ctx.tenantId, { period, category: args.category, pageSize: LATEST });
      } catch (err) {
        throw (args.category && unknownCategory(args.category, err)) || err;
      }
      const data: ExpensesListData = {
        currency: list.currency,
        period: list.range.period ?? period,
        from: list.range.from,
        to: list.range.to,
        category: list.category,
        total: list.totals.grandTotal,
        goodsPurchases: list.totals.goodsPurchases,
        operating: list.totals.operating,
        count: list.totals.count,
        changePct: list.previous && list.previous.grandTotal ? list.previous.change : null,
        previousTotal: list.previous?.grandTotal ?? null,
        byCategory: list.totals.byCategory.map((x) => ({
          category: x.category,
          label: x.label,
          amount: x.amount,
          count: x.count,
          share: x.share,
        })),
        latest: list.items.slice(0, LATEST).map(toExpenseView),
      };
      return {
        success: true,
        data,
        records: list.items
          .slice(0, LATEST)
          .map((e) => ({ type: 'expense', id: e.id, label: `${e.amount} ${e.currency} — ${e.categoryLabel.fr}` })),
      };
    }),

  summarize: summarizeExpensesList,
};
