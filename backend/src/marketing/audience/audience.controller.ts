import type { Localized } from '@tajer/contract';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, TenantId } from '../../auth/auth.decorators';
import { ageBandLabel, AudienceService, channelLabel, wilayaGroupLabel } from './audience.service';
import { RFM_THRESHOLDS, SEGMENT_LABELS } from './rfm';

// The example's labels come from the service's own naming, so the documentation says what the API answers.
const group = (key: string, label: Localized, customers: number, revenue: number) => ({
  key,
  label,
  customers,
  customerShare: 31.4,
  buyers: customers - 6,
  orders: 1204,
  revenue,
  revenueShare: 34.2,
  averageBasket: 1487.5,
});

const { rule: CHAMPIONS_RULE, ...CHAMPIONS } = SEGMENT_LABELS.champions;

@ApiTags('marketing')
@ApiBearerAuth()
@Access('marketing')
@Controller('audience')
export class AudienceController {
  constructor(private readonly service: AudienceService) {}

  @Get('insights')
  @ApiOperation({ summary: 'Customer segments: wilaya, age band, acquisition channel and RFM (champions, loyal, new, at risk, lost)' })
  @ApiOkResponse({
    schema: {
      example: {
        currency: 'DZD',
        window: { from: '2025-03-14T10:30:00.000Z', to: '2026-03-14T10:30:00.000Z', days: 365 },
        totals: {
          customers: 500,
          buyers: 471,
          orders: 3836,
          revenue: 5210440.5,
          averageBasket: 1358.3,
          identifiedRevenueShare: 38.6,
          allSalesRevenue: 13498550,
          allSalesOrders: 12012,
        },
        byWilaya: [group('Alger', wilayaGroupLabel('Alger'), 157, 1782000)],
        byAgeBand: [group('25-34', ageBandLabel('25-34'), 140, 1500000)],
        byChannel: [group('facebook', channelLabel('facebook'), 120, 1300000)],
        segments: [
          {
            key: 'champions',
            label: CHAMPIONS,
            rule: CHAMPIONS_RULE,
            customers: 52,
            customerShare: 10.4,
            orders: 1010,
            revenue: 1710000,
            revenueShare: 32.8,
            averageBasket: 1693.1,
            averageDaysSinceLastPurchase: 6,
          },
        ],
        topCustomers: [{ id: 'cus_7f3a', name: 'Riad Mebarki', orders: 48, revenue: 61250, lastPurchase: '2026-03-13T18:20:00.000Z' }],
        rfm: {
          // The example's thresholds are the service's own (no copy to fall out of step).
          thresholds: RFM_THRESHOLDS,
          cutoffs: { championMinOrders: 14, championMinRevenue: 19800, loyalMinOrders: 7 },
        },
      },
    },
  })
  insights(@TenantId() tenantId: string) {
    return this.service.insights(tenantId);
  }
}
