import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors/app-error';
import type { Period } from '../common/time/period';
import { matchProductCategory } from '@tajer/contract';
import { DashboardService } from '../dashboard/dashboard.service';
import type { Language } from '../common/localisation/localized';
import type { Prisma } from '../generated/prisma/client';
import { MarketCompetitorsService } from './market-competitors.service';
import { MarketTrendsService } from './market-trends.service';
import { findProducts } from './product-search';
import { MarketRepository } from './market.repository';
import { buildReportContent, type MarketReportContent } from './report-content.builder';
import { renderReportPdf } from './report-pdf.renderer';
import { Clock } from '../common/time/clock';
import { BusinessService } from '../business/business.service';

export interface MarketReport extends MarketReportContent {
  id: string;
  createdAt: string;
  /** Where to download the PDF (same authentication as the API). */
  pdfUrl: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const reportPdfUrl = (id: string) => `/api/market/reports/${id}.pdf`;

@Injectable()
export class MarketReportService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: MarketRepository,
    private readonly dashboard: DashboardService,
    private readonly trendsService: MarketTrendsService,
    private readonly competitorsService: MarketCompetitorsService,
    private readonly business: BusinessService,
  ) {}

  /**
   * Builds and stores a report. A topic naming a category (in any language) focuses the report on it; one naming
   * products focuses the price comparison on them; anything else is a whole-shop report titled with the topic.
   */
  async create(
    tenantId: string,
    userId: string | null,
    options: { topic?: string; period?: Period; language?: Language } = {},
    now = this.clock.now(),
  ): Promise<MarketReport> {
    const period = options.period ?? 'quarter';
    const language = options.language ?? 'fr';
    const topic = options.topic?.trim() || null;
    const [tenant, products] = await Promise.all([this.repo.tenant(tenantId), this.repo.products(tenantId)]);
    const category = topic ? matchProductCategory(topic, [...new Set(products.map((p) => p.category))]) : null;
    const topicProducts = topic && !category ? findProducts(topic, products) : [];
    const focus: MarketReportContent['focus'] = category
      ? { kind: 'category', value: category }
      : topicProducts.length
        ? { kind: 'product', value: topic }
        : { kind: 'shop', value: null };

    const [stats, shopTrends, scopeTrends, competitors] = await Promise.all([
      this.dashboard.stats(tenantId, period, now),
      this.trendsService.trends(tenantId, { period }, now),
      category ? this.trendsService.trends(tenantId, { period, category }, now) : null,
      this.competitorsService.competitors(tenantId, category ? { category } : focus.kind === 'product' ? { product: topic as string } : {}),
    ]);
    const content = buildReportContent({
      language,
      topic,
      focus,
      business: tenant.name,
      period,
      stats,
      shopTrends,
      scopeTrends: scopeTrends ?? shopTrends,
      competitors,
      now,
    });
    const stored = await this.repo.createReport(tenantId, userId, {
      topic,
      period,
      language,
      content: content as unknown as Prisma.InputJsonValue,
    });
    return { id: stored.id, createdAt: stored.createdAt.toISOString(), pdfUrl: reportPdfUrl(stored.id), ...content };
  }

  /** A stored report of this business (404 for another business's). */
  async get(tenantId: string, id: string): Promise<MarketReport> {
    const stored = UUID.test(id) ? await this.repo.findReport(tenantId, id) : null;
    if (!stored) throw notFound('Report');
    return {
      id: stored.id,
      createdAt: stored.createdAt.toISOString(),
      pdfUrl: reportPdfUrl(stored.id),
      ...(stored.content as unknown as MarketReportContent),
    };
  }

  /** The report as a PDF with its figures and charts. */
  async pdf(tenantId: string, id: string, options: { compress?: boolean } = {}): Promise<{ filename: string; pdf: Buffer }> {
    const report = await this.get(tenantId, id);
    // The letterhead is read when the PDF is drawn: a profile completed after the report still shows on it.
    const letterhead = await this.business.letterhead(tenantId);
    return { filename: `rapport-marche-${report.id.slice(0, 8)}.pdf`, pdf: await renderReportPdf(report, { ...options, letterhead }) };
  }
}
