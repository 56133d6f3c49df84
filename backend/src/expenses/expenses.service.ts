import { Injectable } from '@nestjs/common';
import { AttachmentsService } from '../attachments/attachments.service';
import { AppError, ErrorCode, notFound, validationFailed } from '../common/errors/app-error';
import { percentChange, resolvePeriod } from '../common/time/period';
import { CATEGORY_LABELS, type ExpenseCategory } from './expense-categories';
import { addDays, dayToDate, shopDay, shopToday } from './expense-dates';
import { formatMoney } from '@tajer/contract';
import { canonicalCategory, type ExpenseView, toExpenseView } from './expense-view';
import { AttachmentAlreadyUsed, type ExpenseRange, ExpensesRepository } from './expenses.repository';
import { zod } from '../common/validation/zod-validation.pipe';
import { CreateExpenseSchema, ListExpensesSchema, type CreateExpenseInput, type ListExpensesInput } from './expenses.schemas';
import { ReceiptScanService, type ReceiptScan } from './receipt-scan.service';
import { Clock } from '../common/time/clock';
import { BusinessEvents } from '../events/business-events';
import { messages } from '../common/localisation/messages';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Exactly what POST /api/expenses will write, before it is written. */
export interface ExpensePreview extends Omit<ExpenseView, 'id' | 'receiptUrl' | 'createdAt'> {
  ocrFields: Record<string, unknown> | null;
  ocrConfidence: Record<string, unknown> | null;
  /** One line per language, e.g. "Nouvelle dépense : 1 520,00 DA — Électricité — Sonelgaz — 2026-03-14". */
  summary: { fr: string; ar: string; en: string };
}

@Injectable()
export class ExpensesService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: ExpensesRepository,
    private readonly attachments: AttachmentsService,
    private readonly scans: ReceiptScanService,
    private readonly events: BusinessEvents,
  ) {}

  /**
   * Expenses of a period (default: this month) or a date range, with totals per category and vs the previous period.
   * Takes the raw query (e.g. a tool's `{ period: 'month', category: 'Sonelgaz' }`) and validates it like the API.
   */
  async list(tenantId: string, input: ListExpensesInput = {}, now = this.clock.now()) {
    const query = zod(ListExpensesSchema).transform(input);
    const { page, pageSize } = query;
    const period = query.period ?? (query.from || query.to ? undefined : 'month');
    const window = period ? resolvePeriod(period, now) : null;
    const from = query.from ?? (window ? shopDay(window.start) : '2000-01-01');
    // A whole past period (« le mois dernier ») ends on its last local day, not today.
    const to = query.to ?? (window && window.end < now ? shopDay(new Date(window.end.getTime() - 1)) : shopToday(now));
    const [currency, stored] = await Promise.all([this.repo.currency(tenantId), this.repo.storedCategories(tenantId)]);
    const categories = query.category ? stored.filter((s) => canonicalCategory(s) === query.category) : undefined;
    const range: ExpenseRange = { from: dayToDate(from), to: dayToDate(addDays(to, 1)), categories };

    const [{ items, total }, totals] = await Promise.all([
      this.repo.page(tenantId, range, (page - 1) * pageSize, pageSize),
      this.summarize(tenantId, range, currency),
    ]);
    let previous = null;
    if (window) {
      const prevFrom = shopDay(window.previousStart);
      // previousEnd is exclusive; the last full local day before it is included.
      const prevTo = shopDay(new Date(window.previousEnd.getTime() - 1));
      const prev = await this.summarize(tenantId, { from: dayToDate(prevFrom), to: dayToDate(addDays(prevTo, 1)), categories }, currency);
      previous = { from: prevFrom, to: prevTo, grandTotal: prev.grandTotal, change: percentChange(totals.grandTotal, prev.grandTotal) };
    }
    return {
      currency,
      range: { period: period ?? null, from, to },
      category: query.category ? { key: query.category, label: CATEGORY_LABELS[query.category] } : null,
      items: items.map(toExpenseView),
      page,
      pageSize,
      totalItems: total,
      totalPages: Math.ceil(total / pageSize),
      totals,
      previous,
    };
  }

  /** Validates (400 naming fields, 404/409 for the receipt) and returns exactly what create() would save, without writing. */
  async previewCreate(tenantId: string, input: CreateExpenseInput, now = this.clock.now()): Promise<ExpensePreview> {
    const dto = zod(CreateExpenseSchema).transform(input);
    const today = shopToday(now);
    const date = dto.date ?? today;
    if (date > today) throw validationFailed([{ field: 'date', message: `must not be in the future (today is ${today} in Algiers)` }]);
    if (dto.attachmentId) await this.checkAttachment(tenantId, dto.attachmentId);
    const currency = dto.currency ?? (await this.repo.currency(tenantId));
    const { confidence, ...fields } = dto.ocrFields ?? {};
    const preview = {
      amount: dto.amount,
      currency,
      category: dto.category,
      categoryLabel: CATEGORY_LABELS[dto.category],
      description: dto.description || null,
      date,
      merchant: dto.merchant || null,
      vatAmount: dto.vatAmount ?? null,
      attachmentId: dto.attachmentId ?? null,
      ocrFields: dto.ocrFields ? fields : null,
      ocrConfidence: confidence && typeof confidence === 'object' ? (confidence as Record<string, unknown>) : null,
    };
    return { ...preview, summary: summarize(preview) };
  }

  /** Saves an expense (with its audit row). `toolCallId` links it to the assistant action that proposed it. */
  async create(
    tenantId: string,
    userId: string | null,
    input: CreateExpenseInput,
    options: { toolCallId?: string; requestId?: string; now?: Date } = {},
  ): Promise<ExpenseView> {
    const p = await this.previewCreate(tenantId, input, options.now);
    try {
      const row = await this.repo.create(
        {
          tenantId,
          amount: p.amount,
          currency: p.currency,
          category: p.category,
          description: p.description,
          date: dayToDate(p.date),
          merchant: p.merchant,
          attachmentId: p.attachmentId,
          vatAmount: p.vatAmount,
          ocrFields: (p.ocrFields ?? undefined) as never,
          ocrConfidence: (p.ocrConfidence ?? undefined) as never,
          createdById: userId,
          toolCallId: options.toolCallId ?? null,
        },
        options.requestId,
      );
      const view = toExpenseView(row);
      this.events.emit(
        tenantId,
        'expense.created',
        {
          expenseId: view.id,
          amount: view.amount,
          currency: view.currency,
          category: view.category,
          description: view.description,
          date: view.date,
          merchant: view.merchant,
          vatAmount: view.vatAmount,
          attachmentId: view.attachmentId,
          createdById: userId,
          toolCallId: options.toolCallId ?? null,
        },
        view.id,
      );
      return view;
    } catch (err) {
      if (err instanceof AttachmentAlreadyUsed) throw receiptUsed(p.attachmentId!);
      throw err;
    }
  }

  /** One expense of the business (404 for anyone else's). */
  async get(tenantId: string, id: string): Promise<ExpenseView> {
    const row = await this.repo.findOne(tenantId, id);
    if (!row) throw notFound('Expense');
    return toExpenseView(row as never);
  }

  /** OCR draft of a receipt already uploaded (see ReceiptScanService); saves nothing. */
  scanReceipt(tenantId: string, userId: string | null, attachmentId: string): Promise<ReceiptScan> {
    return this.scans.scanReceipt(tenantId, userId, attachmentId);
  }

  /** 404 unless the receipt belongs to the business; 409 when another expense already uses it. */
  private async checkAttachment(tenantId: string, attachmentId: string) {
    await this.attachments.meta(tenantId, attachmentId);
    const used = await this.repo.expenseUsingAttachment(tenantId, attachmentId);
    if (used) throw receiptUsed(attachmentId, used.id);
  }

  private async summarize(tenantId: string, range: ExpenseRange, currency: string) {
    const groups = await this.repo.totals(tenantId, range);
    const main = groups.filter((g) => g.currency === currency);
    const byCategory = new Map<ExpenseCategory, { amount: number; vat: number; count: number }>();
    for (const g of main) {
      const key = canonicalCategory(g.category);
      const acc = byCategory.get(key) ?? { amount: 0, vat: 0, count: 0 };
      byCategory.set(key, { amount: acc.amount + g.amount, vat: acc.vat + g.vat, count: acc.count + g.count });
    }
    const grandTotal = round2([...byCategory.values()].reduce((s, c) => s + c.amount, 0));
    const others = new Map<string, { amount: number; count: number }>();
    for (const g of groups.filter((x) => x.currency !== currency)) {
      const acc = others.get(g.currency) ?? { amount: 0, count: 0 };
      others.set(g.currency, { amount: acc.amount + g.amount, count: acc.count + g.count });
    }
    // The dashboard's "operating expenses" leave goods bought for resale out (they reach the result through the cost
    // of goods sold): both figures are given, so every place can show both and say which is which.
    const goodsPurchases = round2(byCategory.get('marchandises')?.amount ?? 0);
    return {
      grandTotal,
      goodsPurchases,
      operating: round2(grandTotal - goodsPurchases),
      vatTotal: round2([...byCategory.values()].reduce((s, c) => s + c.vat, 0)),
      count: [...byCategory.values()].reduce((s, c) => s + c.count, 0),
      byCategory: [...byCategory]
        .map(([category, c]) => ({
          category,
          label: CATEGORY_LABELS[category],
          amount: round2(c.amount),
          count: c.count,
          share: grandTotal ? Math.round((c.amount / grandTotal) * 1000) / 10 : 0,
        }))
        .sort((a, b) => b.amount - a.amount),
      /** Expenses in another currency are not added to the totals above. */
      otherCurrencies: [...others].map(([cur, o]) => ({ currency: cur, amount: round2(o.amount), count: o.count })),
    };
  }
}

function receiptUsed(attachmentId: string, expenseId?: string) {
  return new AppError(ErrorCode.CONFLICT, `This receipt is already recorded as an expense${expenseId ? ` (${expenseId})` : ''}`, {
    attachmentId,
    expenseId: expenseId ?? null,
  });
}

function summarize(p: Omit<ExpensePreview, 'summary'>): ExpensePreview['summary'] {
  return messages('expenses.preview', (lang) => ({
    details: [formatMoney(p.amount, lang, { currency: p.currency, exact: true }), p.categoryLabel[lang], p.merchant, p.date]
      .filter(Boolean)
      .join(' — '),
  }));
}
