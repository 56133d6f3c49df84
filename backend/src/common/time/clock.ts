import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * The business "now": today's sales, the current month, alerts about recent expenses, default dates of new records,
 * the demo's history. Injected rather than read from `new Date()` so that tests pin it (CLOCK_NOW) and give the same
 * figures whatever day they run on. Security timings (token expiry, rate limits) keep using real time.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * Starts at a given instant and then moves with real time, so records created one after the other keep their order
 * and a sale recorded "now" falls inside "today" (a frozen clock would put it on the period's exclusive end).
 */
export class ShiftedClock extends Clock {
  private readonly offsetMs: number;

  constructor(start: Date, realNow: number = Date.now()) {
    super();
    this.offsetMs = start.getTime() - realNow;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

export function clockFor(config: Pick<AppConfig, 'CLOCK_NOW'>): Clock {
  return config.CLOCK_NOW ? new ShiftedClock(config.CLOCK_NOW) : new SystemClock();
}

@Global()
@Module({
  providers: [{ provide: Clock, inject: [APP_CONFIG], useFactory: (config: AppConfig) => clockFor(config) }],
  exports: [Clock],
})
export class ClockModule {}
