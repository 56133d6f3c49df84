import { Injectable } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { notFound } from '../common/errors/app-error';
import { NO_SALES_YET } from '@tajer/tools';
import { OnboardingRepository } from './onboarding.repository';

export const ONBOARDING_STEPS = ['profile', 'catalogue', 'firstSale', 'team'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/**
 * The first-run checklist, computed from the data each time (nothing to keep in sync): the profile has an address
 * and a phone, the catalogue has a product, a sale was recorded, a colleague was invited or has joined.
 */
@Injectable()
export class OnboardingService {
  constructor(
    private readonly repo: OnboardingRepository,
    private readonly clock: Clock,
  ) {}

  async checklist(tenantId: string) {
    const f = await this.repo.facts(tenantId, this.clock.now());
    if (!f.tenant) throw notFound('Business');
    const done: Record<OnboardingStep, boolean> = {
      profile: !!(f.tenant.address && f.tenant.phone),
      catalogue: f.products > 0,
      firstSale: f.hasSales,
      team: f.members > 1 || f.invitations > 0,
    };
    const steps = ONBOARDING_STEPS.map((id) => ({ id, done: done[id] }));
    const completed = steps.filter((s) => s.done).length;
    return {
      steps,
      completed,
      total: steps.length,
      complete: completed === steps.length,
      counts: { products: f.products, members: f.members, pendingInvitations: f.invitations },
      hasSales: f.hasSales,
      // A business without sales is in its first run: the views show this instead of zeros.
      firstRun: !f.hasSales,
      message: f.hasSales ? null : NO_SALES_YET,
    };
  }
}
