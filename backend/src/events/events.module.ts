import { Global, Module } from '@nestjs/common';
import { BusinessEvents } from './business-events';
import { SaleEvents, SaleEventsRepository } from './sale-events';

/** The business events emitter, global: any service can emit (see business-events.types.ts for the catalogue). */
@Global()
@Module({ providers: [BusinessEvents, SaleEvents, SaleEventsRepository], exports: [BusinessEvents, SaleEvents] })
export class EventsModule {}
