import { TOOL_RESULTS } from '@tajer/contract';
import { ACCESS } from '@tajer/contract';
import { formatDate, say } from '../format';
import { directionHead } from '../direction';
import { money } from '../sales-lines';
import { service } from '../services';
import { attempt, toolCallIdOf, userIdOf } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { SalesDailyTotalSchema } from './sales-daily-total.schema';
import { salesDailyTotalExamples } from './sales-daily-total.examples';
import { summarizeSalesDailyTotal, type SalesDailyTotalData } from './sales-daily-total.summary';
import { salesDailyTotalSlots } from './sales-daily-total.slots';

export const salesDailyTotalTool: ToolDefinition<typeof SalesDailyTotalSchema> = {
  name: 'sales_daily_total',
  kind: 'write',
  roles: ACCESS['sales.record'],
  needs: ['dailyTotals'],
  description:
    "Record a day's takings counted at closing time, without the detail of what was sold (« la recette d'aujourd'hui c'est 45 000 DA »): amount in DZD (required) and the day (default today). It counts in revenue with no margin (cost unknown); declaring the same day again replaces the figure, and itemised sales already recorded that day are not counted twice. Not an expense. Requires the user's confirmation before it is saved.",
  schema: SalesDailyTotalSchema,
  result: TOOL_RESULTS.sales_daily_total,
  examples: salesDailyTotalExamples,
  requiresApproval: true,
  editable: ['amount', 'date'],
  slots: salesDailyTotalSlots,

  propose: (ctx, args) =>
    attempt(ctx, async () => {
      const p = await service(ctx, 'dailyTotals').previewDailyTotal(ctx.tenantId, {
        amount: args.amount,
        ...(args.date ? { date: args.date } : {}),
      });
      const lang = ctx.lang;
      const label = (t: { fr: string; ar: string; en: string }) => say(lang, t);
      return {
        success: true,
        data: {
          summary: `${directionHead('takings', money(p.declared, lang, p.currency), lang)} — ${formatDate(p.date, lang)}`,
          changes: [
            {
              field: 'amount',
              label: label({ fr: 'Recette déclarée', ar: 'المداخيل المصرح بها', en: 'Takings declared' }),
              ...(p.replaces !== null ? { before: p.replaces } : {}),
              after: p.declared,
            },
            ...(p.alreadyRecorded
              ? [
                  {
                    field: 'alreadyRecorded',
                    label: label({ fr: 'Déjà enregistré en ventes', ar: 'مسجل مسبقا كمبيعات', en: 'Already recorded as sales' }),
                    after: p.alreadyRecorded,
                  },
                ]
              : []),
            {
              field: 'addedWithoutDetail',
              label: label({
                fr: "Ajouté au chiffre d'affaires (sans marge)",
                ar: 'يضاف إلى رقم الأعمال (بدون هامش)',
                en: 'Added to revenue (no margin)',
              }),
              after: p.addedWithoutDetail,
            },
          ],
          notes: p.warnings.map((w) => w[lang] || w.fr),
          args: { amount: p.declared, date: p.date },
        },
      };
    }),

  run: (ctx, args) =>
    attempt(ctx, async () => {
      const toolCallId = toolCallIdOf(ctx);
      const r = await service(ctx, 'dailyTotals').recordDailyTotal(
        ctx.tenantId,
        { amount: args.amount, ...(args.date ? { date: args.date } : {}) },
        { source: 'chat', userId: userIdOf(ctx), toolCallId: toolCallId ?? null },
      );
      const data: SalesDailyTotalData = {
        saleId: r.sale.id,
        date: r.preview.date,
        currency: r.preview.currency,
        declared: r.preview.declared,
        alreadyRecorded: r.preview.alreadyRecorded,
        addedWithoutDetail: r.preview.addedWithoutDetail,
        replaced: r.replaced,
      };
      return {
        success: true,
        data,
        records: [{ type: 'sale', id: r.sale.id, label: `${money(data.declared, 'fr', data.currency)} — ${data.date}` }],
      };
    }),

  summarize: summarizeSalesDailyTotal,
};
