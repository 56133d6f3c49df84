import { Module } from '@nestjs/common';
import { BusinessModule } from '../business/business.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { MarketCompetitorsService } from './market-competitors.service';
import { MarketReportService } from './market-report.service';
import { MarketTrendsService } from './market-trends.service';
import { MarketController } from './market.controller';
import { MarketRepository } from './market.repository';

@Module({
  imports: [DashboardModule, BusinessModule],
  controllers: [MarketController],
  providers: [MarketRepository, MarketTrendsService, MarketCompetitorsService, MarketReportService],
  exports: [MarketTrendsService, MarketCompetitorsService, MarketReportService],
})
export class MarketModule {}
