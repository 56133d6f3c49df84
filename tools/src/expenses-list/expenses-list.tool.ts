import type { ToolDefinition } from '../types';
import { ExpensesListSchema } from './expenses-list.schema';
import { expensesListExamples } from './expenses-list.examples';

export const expensesListTool: ToolDefinition<typeof ExpensesListSchema> = {
  name: 'expenses_list',
  kind: 'read',
  description:
    "List the shop's expenses with totals for a period, optionally filtered by category (loyer, électricité, transport, carburant, salaires, …). Use for 'how much did I spend', 'my expenses', costs and bills already paid.",
  schema: ExpensesListSchema,
  examples: expensesListExamples,
  requiresApproval: false,
};
