import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, forbidden, notFound } from '../common/errors/app-error';
import { PLATFORM_ROLES, type Principal } from '../auth/principal';
import type { FeedbackCategory } from '../generated/prisma/enums';
import { AlertMailer } from './alert-mailer';
import { assessSeverity, classifyFeedback, type Classification } from './feedback-classifier';
import { toCsv } from './feedback-csv';
import { criticalBugAlert, CSV_HEADER, toCsvRow, toView, type FeedbackView } from './feedback-view';
import { type FeedbackFilter, FeedbackRepository } from './feedback.repository';
import { zod } from '../common/validation/zod-validation.pipe';
import { ExportFeedbackSchema, ListFeedbackSchema, SubmitFeedbackSchema, type ExportFeedbackInput, type ListFeedbackInput, type SubmitFeedbackInput } from './feedback.schemas';
import { Clock } from '../common/time/clock';
import { BusinessEvents } from '../events/business-events';

/** Exports are capped so one request cannot pull an unbounded table into memory. */
export const EXPORT_LIMIT = 50_000;

export type NotificationStatus = 'queued' | 'not_needed' | 'disabled';

export interface SubmittedFeedback extends FeedbackView {
  classification: Classification & { severityReasons: string[] };
  /** Critical bugs are emailed to the team when SMTP is configured ('queued'); others need no email. */
  notification: NotificationStatus;
}

interface Author {
  tenantId: string;
  userId: string | null;
}

@Injectable()
export class FeedbackService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: FeedbackRepository,
    private readonly mailer: AlertMailer,
    private readonly events: BusinessEvents,
  ) {}

  /** Stores a bug report, suggestion or comment; infers the category when absent and rates its severity. */
  async submit(author: Author, input: SubmitFeedbackInput): Promise<SubmittedFeedback> {
    const dto = zod(SubmitFeedbackSchema).transform(input);
    const conversationId = await this.checkLinks(author.tenantId, dto.conversationId, dto.messageId);
    const classification = classifyFeedback(dto.message);
    const category = dto.category ?? classification.category;
    const { severity, reasons } = assessSeverity(category, dto.message, dto.rating);
    const row = await this.repo.create({
      tenantId: author.tenantId,
      userId: author.userId,
      category: category.toUpperCase() as FeedbackCategory,
      categoryInferred: !dto.category,
      severity,
      message: dto.message,
      rating: dto.rating ?? null,
      conversationId,
      messageId: dto.messageId ?? null,
    });
    const view = toView(row);
    this.emitCreated(view);
    return { ...view, classification: { ...classification, severityReasons: reasons }, notification: this.notify(view, reasons) };
  }

  /**
   * Thumbs up/down on an assistant answer: stored as feedback rated 5 or 1 on that message. Rating the same message
   * again replaces the caller's previous rating. A thumbs-down comment that describes a bug is filed as a bug.
   */
  async rateMessage(tenantId: string, userId: string | null, messageId: string, up: boolean, comment?: string): Promise<SubmittedFeedback> {
    const message = await this.repo.message(tenantId, messageId);
    if (!message) throw notFound('Message');
    if (message.role !== 'ASSISTANT') throw new AppError(ErrorCode.VALIDATION_FAILED, 'Only assistant messages can be rated', [{ field: 'messageId', message: 'not an assistant message' }]);
    const text = comment?.trim() || (up ? '👍' : '👎');
    const classification = classifyFeedback(comment ?? '');
    const category = !up && comment ? classification.category : 'comment';
    const rating = up ? 5 : 1;
    const { severity, reasons } = assessSeverity(category, text, rating);
    const data = {
      category: category.toUpperCase() as FeedbackCategory,
      categoryInferred: true,
      severity,
      message: text,
      rating,
      conversationId: message.conversationId,
      messageId,
    };
    const previous = await this.repo.ratingOf(tenantId, userId, messageId);
    const row = previous ? await this.repo.update(tenantId, previous.id, data) : await this.repo.create({ ...data, tenantId, userId });
    const view = toView(row);
    if (!previous) this.emitCreated(view);
    return { ...view, classification: { ...classification, severityReasons: reasons }, notification: this.notify(view, reasons) };
  }

  private emitCreated(v: FeedbackView): void {
    this.events.emit(v.tenant.id, 'feedback.created', {
      feedbackId: v.id,
      category: v.category,
      severity: v.severity,
      rating: v.rating,
      message: v.message,
      conversationId: v.conversationId,
      messageId: v.messageId,
    }, v.id);
  }

  /** Feedback for the owner's business, or for every business (optionally one) for platform staff. */
  async list(principal: Principal, input: ListFeedbackInput = {}) {
    const query = zod(ListFeedbackSchema).transform(input);
    const filter = this.filterFor(principal, query);
    const page = await this.repo.page(filter, (query.page - 1) * query.pageSize, query.pageSize);
    const count = <K extends string>(groups: { count: number }[], key: (g: any) => K, keys: readonly K[]) =>
      Object.fromEntries(keys.map((k) => [k, groups.filter((g) => key(g) === k).reduce((s, g) => s + g.count, 0)])) as Record<K, number>;
    return {
      scope: { tenantId: filter.tenantId, allBusinesses: filter.tenantId === null },
      items: page.items.map(toView),
      page: query.page,
      pageSize: query.pageSize,
      total: page.total,
      totalPages: Math.ceil(page.total / query.pageSize),
      summary: {
        byCategory: count(page.byCategory, (g) => g.category.toLowerCase(), ['bug', 'suggestion', 'comment'] as const),
        bySeverity: count(page.bySeverity, (g) => g.severity, ['critical', 'high', 'normal', 'low'] as const),
        averageRating: page.averageRating === null ? null : Math.round(page.averageRating * 10) / 10,
        ratings: page.ratings,
      },
    };
  }

  /** The same filters as the list, as a downloadable CSV (Excel-ready) or JSON file. */
  async export(principal: Principal, input: ExportFeedbackInput = {}, now = this.clock.now()) {
    const query = zod(ExportFeedbackSchema).transform(input);
    const filter = this.filterFor(principal, query);
    const items = (await this.repo.all(filter, EXPORT_LIMIT)).map(toView);
    const stamp = now.toISOString().slice(0, 10);
    if (query.format === 'json') {
      const body = JSON.stringify({ exportedAt: now, scope: { tenantId: filter.tenantId }, count: items.length, items }, null, 2);
      return { filename: `feedback-${stamp}.json`, contentType: 'application/json; charset=utf-8', body: Buffer.from(body, 'utf8'), count: items.length };
    }
    const body = toCsv(CSV_HEADER, items.map(toCsvRow));
    return { filename: `feedback-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(body, 'utf8'), count: items.length };
  }

  /**
   * Owners see their own business only (asking for another is refused); platform staff, who belong to no business,
   * see all of them or the one they ask for.
   */
  private filterFor(principal: Principal, query: { tenantId?: string; category?: string; severity?: string; from?: Date; to?: Date }): FeedbackFilter {
    let tenantId: string | null;
    if (PLATFORM_ROLES.includes(principal.role)) tenantId = query.tenantId ?? null;
    else {
      if (!principal.tenantId) throw forbidden('This endpoint needs a business account');
      if (query.tenantId && query.tenantId !== principal.tenantId) throw forbidden('You can only see feedback from your own business');
      tenantId = principal.tenantId;
    }
    return {
      tenantId,
      category: query.category ? (query.category.toUpperCase() as FeedbackCategory) : undefined,
      severity: query.severity,
      from: query.from,
      to: query.to,
    };
  }

  private async checkLinks(tenantId: string, conversationId?: string, messageId?: string): Promise<string | null> {
    if (messageId) {
      const message = await this.repo.message(tenantId, messageId);
      if (!message) throw notFound('Message');
      if (conversationId && message.conversationId !== conversationId) throw notFound('Message in this conversation');
      return message.conversationId;
    }
    if (conversationId && !(await this.repo.conversationExists(tenantId, conversationId))) throw notFound('Conversation');
    return conversationId ?? null;
  }

  private notify(view: FeedbackView, reasons: string[]): NotificationStatus {
    if (view.category !== 'bug' || view.severity !== 'critical') return 'not_needed';
    if (!this.mailer.enabled) return 'disabled';
    this.mailer.enqueue(criticalBugAlert(view, reasons), () => this.repo.markNotified(view.tenant.id, view.id));
    return 'queued';
  }
}
