import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, notFound, validationFailed } from '../common/errors/app-error';
import { Clock } from '../common/time/clock';
import { formatMoney, formatNumber, type Localized } from '@tajer/contract';
import { message, messages } from '../common/localisation/messages';
import type { CustomerPayment } from '../generated/prisma/client';
import { CustomersRepository, type CreditRow, type StatementEntry } from './customers.repository';
import type { PaymentDto } from './customers.schemas';

/**
 * « Le carnet »: what customers owe. A sale on credit adds to the customer's balance (written with the sale, in the
 * sales ledger), a refund of a credit sale takes it off, a payment lowers it.
 *
 * Decided: a payment may not take the balance below zero unless it is explicitly an advance (`advance: true`); the
 * balance then goes negative and later credit sales use it up. The oldest unpaid purchase is found first-in,
 * first-paid: payments settle the oldest debts (opening balance, then credit sales by date) first.
 */
export interface CreditEntry {
  customer: { id: string; name: string; phone: string | null };
  balance: number;
  creditLimit: number | null;
  overLimit: boolean;
  /** The oldest credit purchase still unpaid, and how many days ago it was. */
  oldestUnpaidAt: string | null;
  daysOutstanding: number | null;
  lastPaymentAt: string | null;
  lastCreditAt: string | null;
}

export interface CreditSummary {
  currency: string;
  asOf: string;
  /** Everything customers owe. */
  totalOwed: number;
  count: number;
  customers: CreditEntry[];
  summary: Localized;
}

export interface PaymentPreview {
  customer: { id: string; name: string };
  amount: number;
  balanceBefore: number;
  balanceAfter: number;
  /** The part of the payment beyond what was owed, kept as an advance (0 when none). */
  advance: number;
  /** False when the payment exceeds what is owed and was not declared an advance. */
  allowed: boolean;
  problem: Localized | null;
  summary: Localized;
}

export interface PaymentContext {
  /** Optional for REST (Idempotency-Key header); the tool call id for the assistant. */
  idempotencyKey?: string | null;
  source: 'api' | 'chat';
  userId: string | null;
  toolCallId?: string | null;
  requestId?: string | null;
}

export interface RecordedPayment {
  payment: { id: string; amount: number; paidAt: string; method: string; note: string | null };
  customer: { id: string; name: string };
  balanceBefore: number;
  balanceAfter: number;
  currency: string;
  replayed: boolean;
  summary: Localized;
}

const DAY_MS = 86_400_000;
const n2 = (v: unknown) => Math.round(Number(v ?? 0) * 100) / 100;
const cents = (n: number) => Math.round(n * 100);

@Injectable()
export class CreditService {
  constructor(
    private readonly repo: CustomersRepository,
    private readonly clock: Clock,
  ) {}

  /** Who owes what, most overdue first. `customerId` narrows to one customer (an empty list when they owe nothing). */
  async summary(tenantId: string, o: { customerId?: string; olderThanDays?: number } = {}): Promise<CreditSummary> {
    const now = this.clock.now();
    const rows = (await this.repo.credit(tenantId, o.customerId)).map((r) => toEntry(r, now));
    const customers = o.olderThanDays === undefined ? rows : rows.filter((r) => (r.daysOutstanding ?? 0) >= o.olderThanDays!);
    const totalOwed = n2(customers.reduce((s, c) => s + c.balance, 0));
    return {
      currency: 'DZD',
      asOf: now.toISOString(),
      totalOwed,
      count: customers.length,
      customers,
      summary: creditSentence(customers, totalOwed),
    };
  }

  /** One customer's balance with their recent credit history (newest first). */
  async customerCredit(tenantId: string, customerId: string, limit = 50) {
    const c = await this.repo.find(tenantId, customerId);
    if (!c) throw notFound('Customer');
    const [owing, entries] = await Promise.all([this.repo.credit(tenantId, customerId), this.repo.statement(tenantId, customerId, limit)]);
    const now = this.clock.now();
    const entry = owing[0] ? toEntry(owing[0], now) : null;
    return {
      customer: { id: c.id, name: c.name, phone: c.phone },
      currency: 'DZD',
      balance: n2(c.balance),
      creditLimit: c.creditLimit === null ? null : n2(c.creditLimit),
      oldestUnpaidAt: entry?.oldestUnpaidAt ?? null,
      daysOutstanding: entry?.daysOutstanding ?? null,
      entries: entries.map((e: StatementEntry) => ({ ...e, at: e.at.toISOString(), amount: n2(e.amount) })),
    };
  }

  /** What a payment would do, without writing anything (the approval card of `customers_payment`). */
  async previewPayment(tenantId: string, customerId: string, amount: number, options: { advance?: boolean } = {}): Promise<PaymentPreview> {
    if (!(amount > 0)) throw validationFailed([{ field: 'amount', message: 'must be more than 0' }]);
    const c = await this.repo.find(tenantId, customerId);
    if (!c) throw notFound('Customer');
    return paymentPreview({ id: c.id, name: c.name }, cents(Number(c.balance)), cents(amount), options.advance ?? false);
  }

  /**
   * Records a payment: the customer's row is locked, the key checked, the rule applied on the locked balance, then
   * the payment and the new balance commit together. The same key again returns the first payment.
   */
  async recordPayment(
    tenantId: string,
    customerId: string,
    dto: Pick<PaymentDto, 'amount'> & Partial<PaymentDto>,
    ctx: PaymentContext,
  ): Promise<RecordedPayment> {
    const now = this.clock.now();
    const paidAt = dto.paidAt ? new Date(dto.paidAt) : now;
    if (paidAt.getTime() > now.getTime() + 5 * 60_000)
      throw validationFailed([{ field: 'paidAt', message: 'a payment cannot be in the future' }]);
    const key = ctx.idempotencyKey ? `${ctx.source}:${ctx.idempotencyKey}` : null;
    const hash = createHash('sha256')
      .update(JSON.stringify([customerId, dto.amount, dto.paidAt ?? null, dto.method ?? 'cash', dto.note ?? null, dto.advance ?? false]))
      .digest('hex');
    return this.repo.transaction(async (tx) => {
      const c = await this.repo.lock(tx, tenantId, customerId);
      if (!c) throw notFound('Customer');
      if (key) {
        const earlier = await this.repo.paymentByKey(tx, tenantId, key);
        if (earlier) {
          if (earlier.requestHash !== hash || earlier.customerId !== customerId) {
            throw new AppError(
              ErrorCode.IDEMPOTENCY_KEY_REUSED,
              `This Idempotency-Key was already used for a different payment (${earlier.id})`,
              { paymentId: earlier.id },
            );
          }
          const balance = n2(c.balance);
          return recorded(earlier, c, balance + n2(earlier.amount), balance, true);
        }
      }
      const preview = paymentPreview({ id: c.id, name: c.name }, cents(Number(c.balance)), cents(dto.amount), dto.advance ?? false);
      if (!preview.allowed)
        throw new AppError(ErrorCode.UNPROCESSABLE, preview.problem!.en, {
          balance: preview.balanceBefore,
          amount: preview.amount,
          advance: preview.advance,
          message: preview.problem,
        });
      const { payment, balanceAfter } = await this.repo.insertPayment(
        tx,
        tenantId,
        {
          customerId,
          amountCents: cents(dto.amount),
          paidAt,
          method: dto.method ?? 'cash',
          note: dto.note ?? null,
          idempotencyKey: key,
          requestHash: key ? hash : null,
          createdById: ctx.userId,
          toolCallId: ctx.toolCallId ?? null,
        },
        { userId: ctx.userId, requestId: ctx.requestId },
      );
      return recorded(payment, c, preview.balanceBefore, balanceAfter, false);
    });
  }
}

function recorded(p: CustomerPayment, c: { id: string; name: string }, before: number, after: number, replayed: boolean): RecordedPayment {
  const amount = n2(p.amount);
  return {
    payment: { id: p.id, amount, paidAt: p.paidAt.toISOString(), method: p.method, note: p.note },
    customer: { id: c.id, name: c.name },
    balanceBefore: n2(before),
    balanceAfter: n2(after),
    currency: 'DZD',
    replayed,
    summary: messages('credit.paid', (l) => ({
      name: c.name,
      amount: formatMoney(amount, l, { exact: true }),
      owed: formatMoney(Math.max(after, 0), l, { exact: true }),
      hasAdvance: after < 0 ? 'yes' : 'no',
      advance: formatMoney(Math.max(-after, 0), l, { exact: true }),
    })),
  };
}

function paymentPreview(
  c: { id: string; name: string },
  balanceCents: number,
  amountCents: number,
  advanceAllowed: boolean,
): PaymentPreview {
  const afterCents = balanceCents - amountCents;
  const advance = afterCents < 0 ? Math.min(-afterCents, amountCents) / 100 : 0;
  const allowed = afterCents >= 0 || advanceAllowed;
  const owed = Math.max(balanceCents, 0) / 100;
  return {
    customer: c,
    amount: amountCents / 100,
    balanceBefore: balanceCents / 100,
    balanceAfter: afterCents / 100,
    advance,
    allowed,
    problem: allowed
      ? null
      : messages('credit.advanceUnconfirmed', (l) => ({
          name: c.name,
          owed: formatMoney(owed, l, { exact: true }),
          amount: formatMoney(amountCents / 100, l, { exact: true }),
          advance: formatMoney(advance, l, { exact: true }),
        })),
    summary: messages('credit.paymentPreview', (l) => ({
      name: c.name,
      amount: formatMoney(amountCents / 100, l, { exact: true }),
      before: formatMoney(balanceCents / 100, l, { exact: true }),
      after: formatMoney(afterCents / 100, l, { exact: true }),
    })),
  };
}

function toEntry(r: CreditRow, now: Date): CreditEntry {
  const days = r.oldestUnpaidAt ? Math.floor((now.getTime() - r.oldestUnpaidAt.getTime()) / DAY_MS) : null;
  return {
    customer: { id: r.id, name: r.name, phone: r.phone },
    balance: n2(r.balance),
    creditLimit: r.creditLimit === null ? null : n2(r.creditLimit),
    overLimit: r.creditLimit !== null && r.balance > r.creditLimit,
    oldestUnpaidAt: r.oldestUnpaidAt?.toISOString() ?? null,
    daysOutstanding: days === null ? null : Math.max(days, 0),
    lastPaymentAt: r.lastPaymentAt?.toISOString() ?? null,
    lastCreditAt: r.lastCreditAt?.toISOString() ?? null,
  };
}

function creditSentence(customers: CreditEntry[], total: number): Localized {
  if (!customers.length) return messages('credit.nobody');
  const oldest = customers[0];
  const days = oldest.daysOutstanding ?? 0;
  return messages('credit.summary', (l) => ({
    count: customers.length,
    countText: formatNumber(customers.length, l),
    total: formatMoney(total, l, { exact: true }),
    top: customers
      .slice()
      .sort((a, b) => b.balance - a.balance)
      .slice(0, 3)
      .map((c) => `${c.customer.name} ${formatMoney(c.balance, l, { exact: true })}`)
      .join(message(l, 'common.listSeparator')),
    oldest: oldest.customer.name,
    days,
    daysText: formatNumber(days, l),
  }));
}
