import { Injectable } from '@nestjs/common';
import { types, type CustomTypesConfig } from 'pg';
import type { Prisma } from '../generated/prisma/client';
import { DatabasePool } from './database-pool';
import { PrismaService } from './prisma.service';
import { ambientTransaction } from './transaction-scope';

const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const parseTimestamptz = types.getTypeParser(TIMESTAMPTZ, 'text') as (value: string) => Date;

/**
 * How a row's values are read. Prisma stores its DateTime columns as `timestamp(3)` (no zone) holding UTC, and reads
 * them as UTC; `pg` would read such a value in the process's time zone. So a `timestamp` is read as UTC here, the
 * way Prisma reads it; everything else as `pg` always does (jsonb parsed, int4 a number, text a string).
 */
export const ROW_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP && format !== 'binary'
      ? (value: string) => parseTimestamptz(`${value}+00`)
      : types.getTypeParser(oid, format ?? 'text')) as CustomTypesConfig['getTypeParser'],
};

/**
 * The few hot statements a chat turn makes, through `pg` directly instead of Prisma's `$queryRaw` (issue 13): the
 * same statement costs the process about 0.4 of Prisma's CPU (bench/README.md, twelfth and thirteenth passes), and a
 * turn's server CPU is what the issue measures. Only repositories use it (test/architecture), for statements written
 * with `Prisma.sql` (the same text and values either way).
 *
 * The connections are Prisma's own (DatabasePool): one pool, one limit. Statements the process repeats are prepared
 * once per connection under the names Prisma's client uses too (statement-names.ts).
 *
 * Inside a transaction (PrismaService.inTransaction, TransactionScope) a statement goes through Prisma, to that
 * transaction's connection: `pg` here only ever takes a connection of its own for one statement, so it must never
 * run a statement a transaction expects to see or to roll back.
 */
@Injectable()
export class SqlClient {
  constructor(
    private readonly database: DatabasePool,
    private readonly prisma: PrismaService,
  ) {}

  /** The statement's rows. */
  async query<T>(statement: Prisma.Sql): Promise<T[]> {
    if (ambientTransaction.getStore()?.open) return this.prisma.$queryRaw<T[]>(statement);
    const { rows } = await this.database.pool.query<T & object>({
      name: this.database.statementNames.nameFor(statement.text),
      text: statement.text,
      values: statement.values,
      types: ROW_TYPES,
    });
    return rows;
  }

  /** The count of rows the statement wrote (or read). */
  async execute(statement: Prisma.Sql): Promise<number> {
    if (ambientTransaction.getStore()?.open) return this.prisma.$executeRaw(statement);
    const { rowCount } = await this.database.pool.query({
      name: this.database.statementNames.nameFor(statement.text),
      text: statement.text,
      values: statement.values,
    });
    return rowCount ?? 0;
  }
}
