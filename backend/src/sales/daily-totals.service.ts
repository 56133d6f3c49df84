import { Injectable } from '@nestjs/common';
import { validationFailed } from '../common/errors/app-error';
import { Clock } from '../common/time/clock';
import { formatMoney, type Localized } from '@tajer/contract';
import { messages } from '../common/localisation/messages';
import { localDayOf, SalesLedgerRepository } from './sales-ledger.repository';
import { SalesRepository } from './sales.repository';
import { SalesService } from './sales.service';
import type { SaleView } from './sale-view';

/**
 * « La recette d'aujourd'hui c'est 45 000 DA »: a day's takings without lines, for shops with no till.
 *
 * Decided (replace-per-day): one declaration per local day; declaring again replaces it (so sending the same
 * declaration twice changes nothing). The declaration is the day's whole takings: what the day's itemised sales
 * (recorded by the API, a till import or the assistant) already explain is not counted twice — the stored total is
 * declared − itemised (never below 0), recomputed whenever a sale of that day is recorded or refunded. It counts in
 * revenue and never in margin (its cost is unknown): `uncostedTotal` = total.
 */
export interface DailyTotalPreview {
  /** Local day, YYYY-MM-DD. */
  date: string;
  declared: number;
  /** The day's itemised sales (net of refunds) already recorded. */
  alreadyRecorded: number;
  itemizedSalesCount: number;
  /** What will count as revenue without detail: declared − already recorded, never below 0. */
  addedWithoutDetail: number;
  /** The declaration this one replaces, if the day already had one. */
  replaces: number | null;
  currency: string;
  /** E.g. the declaration is below the sales already recorded that day. */
  warnings: Localized[];
  summary: Localized;
}

export interface DailyTotalInput {
  amount: number;
  /** YYYY-MM-DD, default today (business clock). */
  date?: string;
  note?: string;
}

export interface DailyTotalContext {
  source: 'api' | 'chat';
  userId: string | null;
  toolCallId?: string | null;
}

@Injectable()
export class DailyTotalsService {
  constructor(
    private readonly sales: SalesRepository,
    private readonly ledger: SalesLedgerRepository,
    private readonly salesService: SalesService,
    private readonly clock: Clock,
  ) {}

  /** What declaring `amount` for the day would record, without writing anything. */
  async previewDailyTotal(tenantId: string, input: DailyTotalInput): Promise<DailyTotalPreview> {
    const date = this.day(input.date);
    const declaredCents = Math.round(input.amount * 100);
    const day = await this.sales.day(tenantId, date);
    const added = Math.max(declaredCents - day.itemizedCents, 0) / 100;
    const declared = declaredCents / 100;
    const recorded = day.itemizedCents / 100;
    const shown = date.split('-').reverse().join('/');
    const warnings: Localized[] = [];
    if (declaredCents < day.itemizedCents) {
      warnings.push(
        messages('sales.daily.belowRecorded', (l) => ({
          date: shown,
          recorded: formatMoney(recorded, l, { exact: true }),
          declared: formatMoney(declared, l, { exact: true }),
        })),
      );
    }
    return {
      date,
      declared,
      alreadyRecorded: recorded,
      itemizedSalesCount: day.salesCount,
      addedWithoutDetail: added,
      replaces: day.declaredCents === null ? null : day.declaredCents / 100,
      currency: await this.sales.currency(tenantId),
      warnings,
      summary: messages('sales.daily.preview', (l) => {
        const m = (x: number) => formatMoney(x, l, { exact: true });
        return {
          date: shown,
          declared: m(declared),
          hasReplaces: day.declaredCents === null ? 'no' : 'yes',
          replaces: day.declaredCents === null ? '' : m(day.declaredCents / 100),
          hasRecorded: recorded ? 'yes' : 'no',
          recorded: m(recorded),
          added: m(added),
        };
      }),
    };
  }

  /** Declares (or re-declares) the day's takings. Returns the stored daily total and what the preview said. */
  async recordDailyTotal(
    tenantId: string,
    input: DailyTotalInput,
    ctx: DailyTotalContext,
  ): Promise<{ sale: SaleView; preview: DailyTotalPreview; replaced: boolean }> {
    const preview = await this.previewDailyTotal(tenantId, input);
    const result = await this.ledger.transaction((tx) =>
      this.ledger.writeDailyTotal(tx, tenantId, {
        day: preview.date,
        declaredCents: Math.round(input.amount * 100),
        note: input.note ?? null,
        source: ctx.source,
        createdById: ctx.userId,
        toolCallId: ctx.toolCallId ?? null,
      }),
    );
    return { sale: await this.salesService.getSale(tenantId, result.id), preview, replaced: result.replacedDeclaredCents !== null };
  }

  private day(date: string | undefined): string {
    const today = localDayOf(this.clock.now());
    if (!date) return today;
    if (date > today) throw validationFailed([{ field: 'date', message: 'the takings of a day to come cannot be declared' }]);
    return date;
  }
}
