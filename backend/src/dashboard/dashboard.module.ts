import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { BusyTimesRepository } from './busy-times.repository';
import { BusyTimesService } from './busy-times.service';

@Module({
  imports: [CustomersModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository, BusyTimesService, BusyTimesRepository],
  exports: [DashboardService],
})
export class DashboardModule {}
