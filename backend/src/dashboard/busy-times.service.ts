import { Injectable } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { DAY_MS, nextLocalMidnight } from '../common/time/local-time';
import { BUSY_RULES, busyTimes, type BusyFinding } from './busy-times.builder';
import { BusyTimesRepository } from './busy-times.repository';

export interface BusyTimes {
  generatedAt: string;
  /** The whole local days read: the last `weeks` weeks before today (today, unfinished, would weigh its weekday down). */
  range: { start: string; end: string };
  weeks: number;
  windowDays: number;
  count: number;
  insights: BusyFinding[];
  /** False when the window holds no sale: nothing to read days and hours from. */
  hasSales: boolean;
}

/** « Quel jour je vends le plus ? », « à quelle heure ? » (GET /api/dashboard/busy-times, dashboard_insights focus busy_times). */
@Injectable()
export class BusyTimesService {
  constructor(
    private readonly repo: BusyTimesRepository,
    private readonly clock: Clock,
  ) {}

  async busyTimes(tenantId: string, now = this.clock.now()): Promise<BusyTimes> {
    const end = new Date(nextLocalMidnight(now).getTime() - DAY_MS);
    const start = new Date(end.getTime() - BUSY_RULES.weeks * 7 * DAY_MS);
    const insights = busyTimes(await this.repo.cells(tenantId, start, end));
    return {
      generatedAt: now.toISOString(),
      range: { start: start.toISOString(), end: end.toISOString() },
      weeks: BUSY_RULES.weeks,
      windowDays: BUSY_RULES.weeks * 7,
      count: insights.length,
      insights,
      hasSales: insights.length > 0,
    };
  }
}
