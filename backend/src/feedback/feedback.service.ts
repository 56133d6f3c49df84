import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { AppError, ErrorCode, forbidden, notFound } from '../common/errors/app-error';
import { PLATFORM_ROLES, type Principal } from '../auth/principal';
import type { FeedbackCategory } from '../generated/prisma/enums';
import { AlertMailer } from './alert-mailer';
import { assessSeverity, classifyFeedback, type Classification } from './feedback-classifier';
import { CSV_BOM, csvCell } from '../common/csv/csv';
import { criticalBugAlert, CSV_HEADER, maskedView, toCsvRow, toView, type FeedbackView } from './feedback-view';
import { type FeedbackFilter, FeedbackRepository } from './feedback.repository';
import { zod } from '../common/validation/zod-validation.pipe';
import {
  ExportFeedbackSchema,
  ListFeedbackSchema,
  SubmitFeedbackSchema,
  type ExportFeedbackInput,
  type ListFeedbackInput,
  type SubmitFeedbackInput,
} from './feedback.schemas';
import { Clock } from '../common/time/clock';
import { BusinessEvents } from '../events/business-events';

/** Exports are capped; rows are read and written EXPORT_CHUNK at a time. */
export const EXPORT_LIMIT = 50_000;
const EXPORT_CHUNK = 500;

async function* csvExport(rows: AsyncIterable<FeedbackView>): AsyncGenerator<string> {
  yield CSV_BOM + CSV_HEADER.map(csvCell).join(',') + '\r\n';
  for await (const v of rows) yield toCsvRow(v).map(csvCell).join(',') + '\r\n';
}

async function* jsonExport(rows: AsyncIterable<FeedbackView>, now: Date, tenantId: string | null): AsyncGenerator<string> {
  yield `{"exportedAt":${JSON.stringify(now)},"scope":${JSON.stringify({ tenantId })},"items":[`;
  let count = 0;
  for await (const v of rows) yield `${count++ ? ',' : ''}\n${JSON.stringify(v)}`;
  yield `\n],"count":${count}}\n`;
}

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
    private readonly auditLog: AuditRepository,
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
    if (message.role !== 'ASSISTANT')
      throw new AppError(ErrorCode.VALIDATION_FAILED, 'Only assistant messages can be rated', [
        { field: 'messageId', message: 'not an assistant message' },
      ]);
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
    this.events.emit(
      v.tenant.id,
      'feedback.created',
      {
        feedbackId: v.id,
        category: v.category,
        severity: v.severity,
        rating: v.rating,
        message: v.message,
        conversationId: v.conversationId,
        messageId: v.messageId,
      },
      v.id,
    );
  }

  /**
   * Feedback for the owner's business, or for every business (optionally one) for platform staff — masked for them
   * (an ADMIN may unmask), and every platform read is written to the audit log, like the support console's.
   */
  async list(principal: Principal, input: ListFeedbackInput = {}, requestId: string | null = null) {
    const query = zod(ListFeedbackSchema).transform(input);
    const filter = this.filterFor(principal, query);
    const view = this.viewFor(principal, query.unmask);
    const page = await this.repo.page(filter, (query.page - 1) * query.pageSize, query.pageSize);
    const items = page.items.map(toView).map(view.map);
    await this.audit(principal, view.masked ? 'feedback.list' : 'feedback.unmask', filter, requestId, {
      page: query.page,
      pageSize: query.pageSize,
      total: page.total,
      feedbackIds: items.map((i) => i.id),
    });
    const count = <K extends string>(groups: { count: number }[], key: (g: any) => K, keys: readonly K[]) =>
      Object.fromEntries(keys.map((k) => [k, groups.filter((g) => key(g) === k).reduce((s, g) => s + g.count, 0)])) as Record<K, number>;
    return {
      scope: { tenantId: filter.tenantId, allBusinesses: filter.tenantId === null },
      masked: view.masked,
      items,
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

  /**
   * The same filters as the list, as a downloadable CSV (Excel-ready) or JSON file, streamed chunk by chunk (memory
   * stays flat up to EXPORT_LIMIT rows), masked and audited for platform staff like the list.
   */
  async export(principal: Principal, input: ExportFeedbackInput = {}, now = this.clock.now(), requestId: string | null = null) {
    const query = zod(ExportFeedbackSchema).transform(input);
    const filter = this.filterFor(principal, query);
    const view = this.viewFor(principal, query.unmask);
    await this.audit(principal, view.masked ? 'feedback.export' : 'feedback.unmask', filter, requestId, { format: query.format });
    const stamp = now.toISOString().slice(0, 10);
    const rows = this.rows(filter, view.map);
    if (query.format === 'json') {
      const body = Readable.from(jsonExport(rows, now, filter.tenantId));
      return { filename: `feedback-${stamp}.json`, contentType: 'application/json; charset=utf-8', body };
    }
    const body = Readable.from(csvExport(rows));
    return { filename: `feedback-${stamp}.csv`, contentType: 'text/csv; charset=utf-8', body };
  }

  /** Every matching row (at most EXPORT_LIMIT), read EXPORT_CHUNK at a time. */
  private async *rows(filter: FeedbackFilter, map: (v: FeedbackView) => FeedbackView): AsyncGenerator<FeedbackView> {
    let after: { createdAt: Date; id: string } | null = null;
    for (let sent = 0; sent < EXPORT_LIMIT;) {
      const chunk = await this.repo.chunk(filter, after, Math.min(EXPORT_CHUNK, EXPORT_LIMIT - sent));
      for (const row of chunk) yield map(toView(row));
      sent += chunk.length;
      if (chunk.length < EXPORT_CHUNK) return;
      const last = chunk[chunk.length - 1];
      after = { createdAt: last.createdAt, id: last.id };
    }
  }

  /** Platform staff see personal data masked; only an ADMIN may ask for it unmasked. Owners see their own business's. */
  private viewFor(principal: Principal, unmask = false): { masked: boolean; map: (v: FeedbackView) => FeedbackView } {
    const platform = PLATFORM_ROLES.includes(principal.role);
    if (unmask && principal.role !== 'ADMIN') throw forbidden('Only an administrator may see unmasked personal data');
    return platform && !unmask ? { masked: true, map: maskedView } : { masked: false, map: (v) => v };
  }

  /** Platform reads of feedback are audited (who, what filters, which rows); owners reading their own are not. */
  private async audit(
    principal: Principal,
    action: string,
    filter: FeedbackFilter,
    requestId: string | null,
    data: Record<string, unknown>,
  ) {
    if (!PLATFORM_ROLES.includes(principal.role)) return;
    await this.auditLog.record({
      tenantId: filter.tenantId,
      userId: principal.userId,
      action,
      entityType: 'Feedback',
      requestId,
      data: {
        ...data,
        filters: { category: filter.category, severity: filter.severity, from: filter.from, to: filter.to, tenantId: filter.tenantId },
      } as object,
    });
  }

  /**
   * Owners see their own business only (asking for another is refused); platform staff, who belong to no business,
   * see all of them or the one they ask for.
   */
  private filterFor(
    principal: Principal,
    query: { tenantId?: string; category?: string; severity?: string; from?: Date; to?: Date },
  ): FeedbackFilter {
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
