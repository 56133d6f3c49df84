import { TOOL_RESULTS } from '@tajer/contract';
import { service } from '../services';
import { attempt, userIdOf } from '../tool-kit';
import type { ToolDefinition } from '../types';
import { MarketReportSchema } from './market-report.schema';
import { marketReportExamples } from './market-report.examples';
import { summarizeMarketReport, type MarketReportData } from './market-report.summary';
import { ACCESS } from '@tajer/contract';
import { marketReportSlots } from './market-report.slots';

export const marketReportTool: ToolDefinition<typeof MarketReportSchema> = {
  name: 'market_report',
  kind: 'read',
  roles: ACCESS.market,
  description:
    'A full market report (sections, figures, charts, downloadable PDF) on an optional topic and period. Use only when the user asks for a report, study or document, not for a quick trend question.',
  schema: MarketReportSchema,
  result: TOOL_RESULTS.market_report,
  examples: marketReportExamples,
  requiresApproval: false,
  editable: [],
  slots: marketReportSlots,

  run: (ctx, args) =>
    attempt(ctx, async () => {
      // The report (and its PDF) is written in the language of the conversation.
      const report = await service(ctx, 'marketReport').create(ctx.tenantId, userIdOf(ctx), {
        topic: args.topic,
        period: args.period,
        language: ctx.lang,
      });
      const figure = (key: string) => report.sections.find((s) => s.key === 'overview')?.figures.find((f) => f.key === key)?.value ?? null;
      const data: MarketReportData = {
        id: report.id,
        title: report.title,
        periodLabel: report.periodLabel,
        language: ctx.lang,
        currency: report.currency ?? 'DZD',
        pdfUrl: report.pdfUrl,
        sections: report.sections.map((s) => s.title),
        figures: {
          revenue: figure('revenue'),
          revenueChangePct: figure('revenueChangePct'),
          grossMargin: figure('grossMargin'),
          netResult: figure('netResult'),
        },
        recommendations: report.sections.find((s) => s.key === 'recommendations')?.bullets.slice(0, 5) ?? [],
      };
      return { success: true, data, records: [{ type: 'market_report', id: report.id, label: report.title }] };
    }),

  summarize: summarizeMarketReport,
};
