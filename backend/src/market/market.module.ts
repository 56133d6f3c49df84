import { Module } from '@nestjs/common';
import { DashboardModule } from '../dashboard/dashboard.module';
import { MarketCompetitorsService } from './market-competitors.service';
import { MarketReportService } from './market-report.service';
import { MarketTrendsService } from './market-trends.service';
import { MarketController } from './market.controller';
import { MarketRepository } from './market.repository';

@Module({
  imports: [DashboardModule],
  controllers: [MarketController],
  providers: [MarketRepository, MarketTrendsService, MarketCompetitorsService, MarketReportService],
  exports: [MarketTrendsService, MarketCompetitorsService, MarketReportService],
})
export class MarketModule {}
