import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { SHOP_UTC_OFFSET_MINUTES } from '../common/time/period';
import type { BusyCell } from './busy-times.builder';

/** The sales of a window summed by the shop's local weekday and hour (one statement over Sale(tenantId, soldAt)). */
@Injectable()
export class BusyTimesRepository {
  constructor(private readonly prisma: PrismaService) {}

  async cells(tenantId: string, from: Date, to: Date): Promise<BusyCell[]> {
    return this.prisma.$queryRaw<BusyCell[]>`
      SELECT extract(isodow FROM local)::int AS "weekday", extract(hour FROM local)::int AS "hour",
             (count(*) FILTER (WHERE "kind" = 'SALE'))::int AS "tickets", coalesce(sum("total"), 0)::float8 AS "revenue"
      FROM (SELECT "kind", "total", "soldAt" + make_interval(mins => ${SHOP_UTC_OFFSET_MINUTES}::int) AS local
            FROM "Sale" WHERE "tenantId" = ${tenantId} AND "soldAt" >= ${from} AND "soldAt" < ${to}) s
      GROUP BY 1, 2`;
  }
}
