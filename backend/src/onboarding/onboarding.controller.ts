import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, TenantId } from '../auth/auth.decorators';
import { NO_SALES_YET } from '@tajer/tools';
import { OnboardingService } from './onboarding.service';

@ApiTags('onboarding')
@ApiBearerAuth()
@Roles('OWNER', 'STAFF')
@Controller('onboarding')
export class OnboardingController {
  constructor(private readonly service: OnboardingService) {}

  @Get()
  @ApiOperation({ summary: 'First-run checklist (profile, catalogue, first sale, invite a colleague), computed from the data' })
  @ApiOkResponse({
    schema: {
      example: {
        steps: [
          { id: 'profile', done: true },
          { id: 'catalogue', done: false },
          { id: 'firstSale', done: false },
          { id: 'team', done: false },
        ],
        completed: 1,
        total: 4,
        complete: false,
        counts: { products: 0, members: 1, pendingInvitations: 0 },
        hasSales: false,
        firstRun: true,
        message: NO_SALES_YET,
      },
    },
  })
  checklist(@TenantId() tenantId: string) {
    return this.service.checklist(tenantId);
  }
}
