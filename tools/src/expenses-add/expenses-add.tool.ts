import type { ToolDefinition } from '../types';
import { ExpensesAddSchema } from './expenses-add.schema';
import { expensesAddExamples } from './expenses-add.examples';

export const expensesAddTool: ToolDefinition<typeof ExpensesAddSchema> = {
  name: 'expenses_add',
  kind: 'write',
  description:
    "Record a new expense paid by the shop: amount in DZD (required), category, description, date (YYYY-MM-DD) and merchant. Requires the user's confirmation of the exact expense before it is saved.",
  schema: ExpensesAddSchema,
  examples: expensesAddExamples,
  requiresApproval: true,
};
