import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditRepository } from '../audit/audit.repository';
import { PrismaService } from '../database/prisma.service';
import { Prisma, type Customer, type PaymentMethod } from '../generated/prisma/client';
import { money } from '../database/bulk-insert';

type Tx = Prisma.TransactionClient;

export interface Actor {
  userId: string | null;
  requestId?: string | null;
}

export interface CreditRow {
  id: string;
  name: string;
  phone: string | null;
  balance: number;
  creditLimit: number | null;
  /** The oldest credit purchase not yet covered by payments (first in, first paid). */
  oldestUnpaidAt: Date | null;
  lastPaymentAt: Date | null;
  lastCreditAt: Date | null;
}

export interface StatementEntry {
  type: 'opening' | 'credit_sale' | 'credit_refund' | 'payment';
  at: Date;
  /** Signed effect on the balance: + owed more, − owed less. */
  amount: number;
  saleId: string | null;
  paymentId: string | null;
}

/** A row of a customer import: undefined fields keep the current value. */
export interface ImportedCustomer {
  row: number;
  existingId: string | null;
  name: string;
  phone?: string;
  email?: string;
  wilaya?: string;
  ageBand?: string;
  channel?: string;
  note?: string;
  openingBalanceCents?: number;
  creditLimitCents?: number;
  changed?: boolean;
}

export type CustomerData = Pick<
  Prisma.CustomerUncheckedCreateInput,
  'name' | 'phone' | 'email' | 'wilaya' | 'ageBand' | 'channel' | 'note'
> & {
  creditLimit?: number | null;
  openingBalance?: number;
};

/** Customers, their payments and the credit ledger read from sales. Every query is scoped by tenantId. */
@Injectable()
export class CustomersRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, { timeout: 30_000, maxWait: 15_000 });
  }

  async list(tenantId: string, o: { q?: string; owing?: boolean }, offset: number, limit: number) {
    const digits = o.q?.replace(/\D/g, '') ?? '';
    // Phones are stored as typed ("0555 12 34 56"): compare digits only.
    const byPhone =
      digits.length >= 3
        ? (
            await this.prisma.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "Customer" WHERE "tenantId" = ${tenantId} AND "deletedAt" IS NULL
            AND regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g') LIKE ${`%${digits}%`}`
          ).map((r) => r.id)
        : [];
    const where: Prisma.CustomerWhereInput = {
      tenantId,
      deletedAt: null,
      ...(o.owing ? { balance: { gt: 0 } } : {}),
      ...(o.q ? { OR: [{ name: { contains: o.q, mode: 'insensitive' } }, ...(byPhone.length ? [{ id: { in: byPhone } }] : [])] } : {}),
    };
    return this.prisma.$transaction([
      this.prisma.customer.count({ where }),
      this.prisma.customer.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: offset, take: limit }),
    ]);
  }

  /** Active customers' names and phones, for matching what the user typed (the file is small). */
  listForMatching(tenantId: string) {
    return this.prisma.customer.findMany({
      where: { tenantId, deletedAt: null },
      select: { id: true, name: true, phone: true, balance: true, creditLimit: true },
    });
  }

  listForImport(tenantId: string) {
    return this.prisma.customer.findMany({ where: { tenantId, deletedAt: null } });
  }

  /**
   * Writes an import in one transaction: new customers in one INSERT, updates row by row (a customer file is a few
   * thousand rows at most) with the balance moved by the change of opening balance, and one audit row.
   */
  async importCustomers(tenantId: string, rows: ImportedCustomer[], actor: Actor): Promise<void> {
    await this.prisma.$transaction(
      async (tx) => {
        const creates = rows.filter((r) => !r.existingId);
        if (creates.length) {
          await tx.customer.createMany({
            data: creates.map((r) =>
              this.row(tenantId, {
                name: r.name,
                phone: r.phone ?? null,
                email: r.email ?? null,
                wilaya: r.wilaya ?? null,
                ageBand: r.ageBand ?? null,
                channel: r.channel ?? null,
                note: r.note ?? null,
                creditLimit: r.creditLimitCents === undefined ? null : r.creditLimitCents / 100,
                openingBalance: (r.openingBalanceCents ?? 0) / 100,
              }),
            ),
          });
        }
        for (const r of rows.filter((x) => x.existingId)) {
          const opening = r.openingBalanceCents === undefined ? undefined : money(r.openingBalanceCents);
          await tx.$executeRaw`
            UPDATE "Customer" SET
              "name" = ${r.name}, "phone" = coalesce(${r.phone ?? null}, "phone"), "email" = coalesce(${r.email ?? null}, "email"),
              "wilaya" = coalesce(${r.wilaya ?? null}, "wilaya"), "ageBand" = coalesce(${r.ageBand ?? null}, "ageBand"),
              "channel" = coalesce(${r.channel ?? null}, "channel"), "note" = coalesce(${r.note ?? null}, "note"),
              "creditLimit" = coalesce(${r.creditLimitCents === undefined ? null : money(r.creditLimitCents)}::numeric, "creditLimit"),
              "balance" = "balance" + coalesce(${opening ?? null}::numeric - "openingBalance", 0),
              "openingBalance" = coalesce(${opening ?? null}::numeric, "openingBalance"),
              "updatedAt" = now()
            WHERE "id" = ${r.existingId} AND "tenantId" = ${tenantId}`;
        }
        await this.audit.record(
          {
            tenantId,
            userId: actor.userId,
            requestId: actor.requestId,
            action: 'customer.import',
            entityType: 'Customer',
            data: { created: creates.length, updated: rows.length - creates.length },
          },
          tx,
        );
      },
      { timeout: 120_000, maxWait: 15_000 },
    );
  }

  find(tenantId: string, id: string, db: Tx = this.prisma): Promise<Customer | null> {
    return db.customer.findFirst({ where: { id, tenantId, deletedAt: null } });
  }

  async create(tenantId: string, data: CustomerData, actor: Actor): Promise<Customer> {
    return this.prisma.$transaction(async (tx) => {
      const customer = await tx.customer.create({ data: this.row(tenantId, data) });
      await this.audit.record(
        {
          tenantId,
          userId: actor.userId,
          requestId: actor.requestId,
          action: 'customer.create',
          entityType: 'Customer',
          entityId: customer.id,
          data: { name: customer.name, openingBalance: Number(customer.openingBalance) },
        },
        tx,
      );
      return customer;
    });
  }

  /** Creates a customer inside the caller's transaction (a credit sale to someone not on file yet). */
  async createInTx(tx: Tx, tenantId: string, data: { name: string; phone?: string | null }): Promise<string> {
    const customer = await tx.customer.create({
      data: this.row(tenantId, { name: data.name, phone: data.phone ?? null }),
      select: { id: true },
    });
    return customer.id;
  }

  private row(tenantId: string, d: CustomerData): Prisma.CustomerUncheckedCreateInput {
    const opening = d.openingBalance ?? 0;
    return {
      tenantId,
      name: d.name,
      phone: d.phone ?? null,
      email: d.email ?? null,
      wilaya: d.wilaya ?? null,
      ageBand: d.ageBand ?? null,
      channel: d.channel ?? null,
      note: d.note ?? null,
      creditLimit: d.creditLimit === null || d.creditLimit === undefined ? null : money(Math.round(d.creditLimit * 100)),
      openingBalance: money(Math.round(opening * 100)),
      balance: money(Math.round(opening * 100)),
    };
  }

  async update(tenantId: string, id: string, data: Partial<CustomerData>, actor: Actor): Promise<Customer | null> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.customer.findFirst({ where: { id, tenantId, deletedAt: null } });
      if (!before) return null;
      const { creditLimit, openingBalance: _ignored, ...rest } = data;
      const after = await tx.customer.update({
        where: { id },
        data: {
          ...rest,
          ...(creditLimit !== undefined ? { creditLimit: creditLimit === null ? null : money(Math.round(creditLimit * 100)) } : {}),
        },
      });
      await this.audit.record(
        {
          tenantId,
          userId: actor.userId,
          requestId: actor.requestId,
          action: 'customer.update',
          entityType: 'Customer',
          entityId: id,
          data: { changed: Object.keys(data) },
        },
        tx,
      );
      return after;
    });
  }

  /** Archives the customer (sales keep pointing at them). Refused by the service while they owe or are owed. */
  async archive(tx: Tx, tenantId: string, id: string, actor: Actor): Promise<void> {
    await tx.customer.update({ where: { id }, data: { deletedAt: new Date() } });
    await this.audit.record(
      { tenantId, userId: actor.userId, requestId: actor.requestId, action: 'customer.delete', entityType: 'Customer', entityId: id },
      tx,
    );
  }

  /** The customer's row, locked until the end of the transaction (payments and archiving run one at a time). */
  async lock(tx: Tx, tenantId: string, id: string): Promise<Customer | null> {
    const rows = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Customer" WHERE "id" = ${id} AND "tenantId" = ${tenantId} AND "deletedAt" IS NULL FOR UPDATE`;
    return rows.length ? tx.customer.findUniqueOrThrow({ where: { id } }) : null;
  }

  paymentByKey(tx: Tx, tenantId: string, idempotencyKey: string) {
    return tx.customerPayment.findFirst({ where: { tenantId, idempotencyKey } });
  }

  async insertPayment(
    tx: Tx,
    tenantId: string,
    p: {
      customerId: string;
      amountCents: number;
      paidAt: Date;
      method: PaymentMethod;
      note: string | null;
      idempotencyKey: string | null;
      requestHash: string | null;
      createdById: string | null;
      toolCallId: string | null;
    },
    actor: Actor,
  ) {
    const payment = await tx.customerPayment.create({
      data: {
        id: randomUUID(),
        tenantId,
        customerId: p.customerId,
        amount: money(p.amountCents),
        paidAt: p.paidAt,
        method: p.method,
        note: p.note,
        idempotencyKey: p.idempotencyKey,
        requestHash: p.requestHash,
        createdById: p.createdById,
        toolCallId: p.toolCallId,
      },
    });
    const [row] = await tx.$queryRaw<{ balance: string }[]>`
      UPDATE "Customer" SET "balance" = "balance" - ${money(p.amountCents)}::numeric, "updatedAt" = now()
      WHERE "id" = ${p.customerId} AND "tenantId" = ${tenantId} RETURNING "balance"::text AS "balance"`;
    await this.audit.record(
      {
        tenantId,
        userId: actor.userId,
        requestId: actor.requestId,
        action: 'customer.payment',
        entityType: 'CustomerPayment',
        entityId: payment.id,
        data: { customerId: p.customerId, amount: p.amountCents / 100, balanceAfter: Number(row.balance) },
      },
      tx,
    );
    return { payment, balanceAfter: Number(row.balance) };
  }

  /** Who owes what (balance > 0), with the oldest unpaid credit purchase, most overdue first. */
  credit(tenantId: string, customerId?: string): Promise<CreditRow[]> {
    const only = customerId ? Prisma.sql`AND "id" = ${customerId}` : Prisma.empty;
    return this.prisma.$queryRaw<CreditRow[]>`
      WITH owing AS (
        SELECT "id", "name", "phone", "balance", "creditLimit", "openingBalance", "createdAt"
        FROM "Customer" WHERE "tenantId" = ${tenantId} AND "deletedAt" IS NULL AND "balance" > 0 ${only}
      ), debts AS (
        SELECT o."id" AS cid, o."createdAt" AS at, o."openingBalance" AS amount FROM owing o WHERE o."openingBalance" > 0
        UNION ALL
        SELECT s."customerId", s."soldAt", s."total" FROM "Sale" s JOIN owing o ON o."id" = s."customerId"
        WHERE s."tenantId" = ${tenantId} AND s."paymentMethod" = 'credit' AND s."kind" = 'SALE'
      ), running AS (
        SELECT cid, at, sum(amount) OVER (PARTITION BY cid ORDER BY at ROWS UNBOUNDED PRECEDING) AS cum, sum(amount) OVER (PARTITION BY cid) AS total
        FROM debts
      )
      SELECT o."id", o."name", o."phone", o."balance"::float8 AS "balance", o."creditLimit"::float8 AS "creditLimit",
             (SELECT min(r.at) FROM running r WHERE r.cid = o."id" AND r.cum > r.total - o."balance") AS "oldestUnpaidAt",
             (SELECT max(p."paidAt") FROM "CustomerPayment" p WHERE p."tenantId" = ${tenantId} AND p."customerId" = o."id") AS "lastPaymentAt",
             (SELECT max(s."soldAt") FROM "Sale" s WHERE s."tenantId" = ${tenantId} AND s."customerId" = o."id" AND s."paymentMethod" = 'credit' AND s."kind" = 'SALE') AS "lastCreditAt"
      FROM owing o
      ORDER BY "oldestUnpaidAt" ASC NULLS LAST, o."balance" DESC, o."id"`;
  }

  /** The customer's credit history, newest first: opening balance, credit sales and their refunds, payments. */
  statement(tenantId: string, customerId: string, limit: number): Promise<StatementEntry[]> {
    return this.prisma.$queryRaw<StatementEntry[]>`
      SELECT * FROM (
        SELECT 'opening' AS type, c."createdAt" AS at, c."openingBalance"::float8 AS amount, NULL AS "saleId", NULL AS "paymentId"
        FROM "Customer" c WHERE c."id" = ${customerId} AND c."tenantId" = ${tenantId} AND c."openingBalance" <> 0
        UNION ALL
        SELECT CASE WHEN s."kind" = 'REFUND' THEN 'credit_refund' ELSE 'credit_sale' END, s."soldAt", s."total"::float8, s."id", NULL
        FROM "Sale" s WHERE s."tenantId" = ${tenantId} AND s."customerId" = ${customerId} AND s."paymentMethod" = 'credit'
        UNION ALL
        SELECT 'payment', p."paidAt", -p."amount"::float8, NULL, p."id"
        FROM "CustomerPayment" p WHERE p."tenantId" = ${tenantId} AND p."customerId" = ${customerId}
      ) e ORDER BY at DESC LIMIT ${limit}`;
  }
}
