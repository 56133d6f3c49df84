import type { ToolDefinition } from '../types';
import { MarketReportSchema } from './market-report.schema';
import { marketReportExamples } from './market-report.examples';

export const marketReportTool: ToolDefinition<typeof MarketReportSchema> = {
  name: 'market_report',
  kind: 'read',
  description:
    'A full market report (sections, figures, charts, downloadable PDF) on an optional topic and period. Use only when the user asks for a report, study or document, not for a quick trend question.',
  schema: MarketReportSchema,
  examples: marketReportExamples,
  requiresApproval: false,
};
