import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { AttachmentDto } from '../attachments/attachments.dto';
import { AttachmentsService } from '../attachments/attachments.service';
import type { UploadedImageFile } from '../attachments/image-upload';
import { validationFailed } from '../common/errors/app-error';
import { CATEGORY_LABELS, type ExpenseCategory, suggestCategory } from './expense-categories';
import { ExpensesRepository } from './expenses.repository';
import { OcrService } from '../ocr/ocr.service';
import { encodeJobError, JobsService } from '../jobs/jobs.service';
import type { ReceiptChecks, ReceiptDraft } from '../ocr/receipt-draft.types';
import { pictureKind, type PictureKind } from '../ocr/picture-kind';
import { Clock } from '../common/time/clock';

const round2 = (n: number) => Math.round(n * 100) / 100;

export type ScanWarning =
  'total_not_found' | 'date_not_found' | 'merchant_not_found' | 'low_confidence' | 'foreign_currency' | 'receipt_already_used';

/** A receipt read by OCR. Nothing is saved as an expense until POST /api/expenses is sent with `proposal`. */
export interface ReceiptScan {
  attachmentId: string;
  receiptUrl: string;
  merchant: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** TTC. */
  total: number | null;
  subtotal: number | null;
  /** TVA amount (sum of the rates found), null when none printed. */
  vat: number | null;
  vatLines: { rate: number | null; amount: number | null }[];
  currency: string;
  lines: { description: string; quantity: number | null; unitPrice: number | null; amount: number }[];
  /** 0..1 per field. */
  confidence: { merchant: number; date: number; total: number; vat: number; currency: number; category: number };
  /** Arithmetic checks behind the total's confidence (lines, TVA share, cash − change). */
  checks: ReceiptChecks;
  /** Fields the owner should check before saving (read with low confidence, or contradicted by a check). */
  fieldsToCheck: ('merchant' | 'date' | 'total')[];
  suggestedCategory: { key: ExpenseCategory; label: { fr: string; ar: string; en: string }; confidence: number };
  warnings: ScanWarning[];
  /** The expense this receipt is already recorded as, if any (saving it again is refused with 409). */
  alreadyUsedBy: string | null;
  saved: false;
  /** Body for POST /api/expenses once the owner has checked it (null fields left out). */
  proposal: Record<string, unknown>;
  ocr: { ms: number; passes: number; ocrConfidence: number; text: string };
}

/** Below this, a field is shown to the owner as "please check". */
export const LOW_CONFIDENCE = 0.5;

const OCR_JOB = 'ocr-receipt';
type OcrResult = Awaited<ReturnType<OcrService['recognizeReceipt']>>;
/** A picture read to tell a receipt from a product is read once: the scan that follows reuses the reading. */
const READING_TTL_MS = 5 * 60_000;
const MAX_READINGS = 50;

@Injectable()
export class ReceiptScanService implements OnModuleInit {
  private readonly readings = new Map<string, { at: number; result: Promise<OcrResult> }>();

  constructor(
    private readonly clock: Clock,
    private readonly attachments: AttachmentsService,
    private readonly ocr: OcrService,
    private readonly repo: ExpensesRepository,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** OCR is the slow part (≈1 s a receipt): it runs as a job, on this instance's pool or any instance's (Redis). */
  onModuleInit(): void {
    this.jobs.register(
      OCR_JOB,
      async (job: { tenantId: string; attachmentId: string; currency: string; now: string }) => {
        try {
          const { buffer } = await this.attachments.read(job.tenantId, job.attachmentId);
          return await this.ocr.recognizeReceipt(buffer, { parse: { defaultCurrency: job.currency, referenceDate: new Date(job.now) } });
        } catch (err) {
          encodeJobError(err);
        }
      },
      this.config.OCR_WORKERS ?? Math.min(4, availableParallelism()),
    );
  }

  /** POST /api/expenses/ocr: an uploaded picture, or the id of one uploaded before (400 naming `file` if neither). */
  scan(tenantId: string, userId: string | null, input: { file?: UploadedImageFile; attachmentId?: string }): Promise<ReceiptScan> {
    if (input.file) return this.scanUpload(tenantId, userId, input.file);
    if (input.attachmentId) return this.scanReceipt(tenantId, userId, input.attachmentId);
    throw validationFailed([{ field: 'file', message: 'send a receipt picture (multipart "file") or an attachmentId' }]);
  }

  /** Stores the uploaded picture as an attachment and reads it. */
  async scanUpload(tenantId: string, userId: string | null, file: UploadedImageFile, now = this.clock.now()): Promise<ReceiptScan> {
    const attachment = await this.attachments.store(tenantId, userId, { buffer: file.buffer, originalName: file.originalName });
    return this.read(tenantId, attachment, now);
  }

  /** Reads a receipt already uploaded (404 when it is not the business's). */
  async scanReceipt(tenantId: string, _userId: string | null, attachmentId: string, now = this.clock.now()): Promise<ReceiptScan> {
    const attachment = await this.attachments.meta(tenantId, attachmentId);
    return this.read(tenantId, attachment, now);
  }

  /**
   * A picture sent without a word (issue 10): receipt or product? Reads it as a receipt (404 when it is not the
   * business's); a receipt scan of the same picture right after reuses this reading.
   */
  async pictureKind(tenantId: string, attachmentId: string, now = this.clock.now()): Promise<PictureKind> {
    const attachment = await this.attachments.meta(tenantId, attachmentId);
    const currency = await this.repo.currency(tenantId);
    const result = await this.reading(tenantId, attachment.id, currency, now);
    return pictureKind(result.text, result.draft);
  }

  private async read(tenantId: string, attachment: AttachmentDto, now: Date): Promise<ReceiptScan> {
    const [currency, used] = await Promise.all([this.repo.currency(tenantId), this.repo.expenseUsingAttachment(tenantId, attachment.id)]);
    const result = await this.reading(tenantId, attachment.id, currency, now);
    const draft = result.draft;
    const suggestion = suggestCategory(
      draft.merchant,
      draft.lines.map((l) => l.description),
    );
    const vatAmounts = draft.vat.map((v) => v.amount).filter((a): a is number => typeof a === 'number');
    const vat = vatAmounts.length ? round2(vatAmounts.reduce((s, a) => s + a, 0)) : null;
    const confidence = { ...draft.confidence, category: suggestion.confidence };
    const scan: Omit<ReceiptScan, 'proposal'> = {
      attachmentId: attachment.id,
      receiptUrl: attachment.url,
      merchant: draft.merchant,
      date: draft.date,
      total: draft.total,
      subtotal: draft.subtotal ?? null,
      vat,
      vatLines: draft.vat.map((v) => ({ rate: v.rate ?? null, amount: v.amount ?? null })),
      currency: draft.currency,
      lines: draft.lines.map((l) => ({
        description: l.description,
        quantity: l.quantity ?? null,
        unitPrice: l.unitPrice ?? null,
        amount: l.amount,
      })),
      confidence,
      checks: draft.checks,
      fieldsToCheck: fieldsToCheck(draft),
      suggestedCategory: { key: suggestion.category, label: CATEGORY_LABELS[suggestion.category], confidence: suggestion.confidence },
      warnings: warnings(draft, currency, Boolean(used)),
      alreadyUsedBy: used?.id ?? null,
      saved: false,
      ocr: { ms: result.ms, passes: result.passes, ocrConfidence: Math.round(result.ocrConfidence * 100) / 100, text: result.text },
    };
    return { ...scan, proposal: proposal(scan, draft) };
  }

  private reading(tenantId: string, attachmentId: string, currency: string, now: Date): Promise<OcrResult> {
    const key = `${tenantId}:${attachmentId}:${currency}`;
    const at = Date.now();
    for (const [k, v] of this.readings) if (at - v.at > READING_TTL_MS) this.readings.delete(k);
    const hit = this.readings.get(key);
    if (hit) return hit.result;
    // The job re-reads the stored file (ids travel, not images), so any instance's worker can take it.
    const result = this.jobs.run<OcrResult>(OCR_JOB, { tenantId, attachmentId, currency, now: now.toISOString() });
    this.readings.set(key, { at, result });
    result.catch(() => this.readings.delete(key));
    if (this.readings.size > MAX_READINGS) this.readings.delete(this.readings.keys().next().value as string);
    return result;
  }
}

/** Below this a field is highlighted in the draft card; a failed arithmetic check always flags the total. */
const CHECK_BELOW = 0.6;

function fieldsToCheck(draft: ReceiptDraft): ReceiptScan['fieldsToCheck'] {
  const out: ReceiptScan['fieldsToCheck'] = [];
  if (draft.merchant === null || draft.confidence.merchant < CHECK_BELOW) out.push('merchant');
  if (draft.date === null || draft.confidence.date < CHECK_BELOW) out.push('date');
  const contradicted = Object.values(draft.checks).includes('mismatch');
  if (draft.total === null || draft.confidence.total < CHECK_BELOW || contradicted) out.push('total');
  return out;
}

function warnings(draft: ReceiptDraft, currency: string, used: boolean): ScanWarning[] {
  const list: ScanWarning[] = [];
  if (draft.total === null) list.push('total_not_found');
  if (draft.date === null) list.push('date_not_found');
  if (draft.merchant === null) list.push('merchant_not_found');
  const c = draft.confidence;
  if ([draft.total !== null && c.total, draft.date !== null && c.date].some((v) => v !== false && v < LOW_CONFIDENCE))
    list.push('low_confidence');
  if (draft.currency !== currency) list.push('foreign_currency');
  if (used) list.push('receipt_already_used');
  return list;
}

/** What the owner would save: the fields read, the suggested category and the draft itself for the record. */
function proposal(scan: Omit<ReceiptScan, 'proposal'>, draft: ReceiptDraft): Record<string, unknown> {
  const body: Record<string, unknown> = {
    amount: scan.total ?? undefined,
    category: scan.suggestedCategory.key,
    date: scan.date ?? undefined,
    merchant: scan.merchant ?? undefined,
    currency: scan.currency,
    vatAmount: scan.vat ?? undefined,
    attachmentId: scan.attachmentId,
    ocrFields: {
      merchant: draft.merchant,
      date: draft.date,
      total: draft.total,
      subtotal: draft.subtotal ?? null,
      vat: draft.vat,
      currency: draft.currency,
      lines: draft.lines,
      confidence: scan.confidence,
    },
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
