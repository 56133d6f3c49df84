import { Injectable } from '@nestjs/common';
import { notFound, validationFailed, type ErrorDetail } from '../../common/errors/app-error';
import type { Campaign } from '../../generated/prisma/client';
import { campaignMetrics } from './campaign-metrics';
import { type Actor, CampaignsRepository } from './campaigns.repository';
import { zod } from '../../common/validation/zod-validation.pipe';
import {
  CreateCampaignSchema,
  ListCampaignsSchema,
  UpdateCampaignSchema,
  type CreateCampaignInput,
  type ListCampaignsInput,
  type UpdateCampaignInput,
} from './campaigns.schemas';
import { Clock } from '../../common/time/clock';

const round2 = (n: number) => Math.round(n * 100) / 100;
const percent = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);

@Injectable()
export class CampaignsService {
  constructor(
    private readonly repo: CampaignsRepository,
    private readonly clock: Clock,
  ) {}

  /** Campaigns with their performance figures, and totals across them. */
  async list(tenantId: string, input: ListCampaignsInput = {}, now = this.clock.now()) {
    const query = zod(ListCampaignsSchema).transform(input);
    const [currency, rows] = await Promise.all([this.repo.currency(tenantId), this.repo.list(tenantId, query)]);
    const campaigns = rows.map((c) => present(c, now, currency));
    const sum = (k: 'budget' | 'cost' | 'revenue' | 'impressions' | 'clicks' | 'conversions') => campaigns.reduce((s, c) => s + c[k], 0);
    const cost = sum('cost');
    const revenue = sum('revenue');
    return {
      currency,
      filter: { status: query.status?.toLowerCase() ?? null, channel: query.channel ?? null },
      campaigns,
      totals: {
        campaigns: campaigns.length,
        active: campaigns.filter((c) => c.status === 'active').length,
        budget: round2(sum('budget')),
        cost: round2(cost),
        revenue: round2(revenue),
        impressions: sum('impressions'),
        clicks: sum('clicks'),
        conversions: sum('conversions'),
        ctr: percent(sum('clicks'), sum('impressions')),
        conversionRate: percent(sum('conversions'), sum('clicks')),
        roi: cost ? Math.round(((revenue - cost) / cost) * 1000) / 1000 : null,
        behindTarget: campaigns.filter((c) => c.pace.status === 'behind').map((c) => c.name),
      },
    };
  }

  async get(tenantId: string, id: string, now = this.clock.now()) {
    const [currency, c] = await Promise.all([this.repo.currency(tenantId), this.repo.find(tenantId, id)]);
    if (!c) throw notFound('Campaign');
    return present(c, now, currency);
  }

  async create(tenantId: string, actor: Actor, input: CreateCampaignInput, now = this.clock.now()) {
    const dto = zod(CreateCampaignSchema).transform(input);
    checkConsistency({ startsAt: dto.startsAt, endsAt: dto.endsAt ?? null, impressions: dto.impressions ?? 0, clicks: dto.clicks ?? 0 });
    const created = await this.repo.create(
      tenantId,
      { ...dto, endsAt: dto.endsAt ?? null, targetConversions: dto.targetConversions ?? null },
      actor,
    );
    return present(created, now, await this.repo.currency(tenantId));
  }

  async update(tenantId: string, actor: Actor, id: string, input: UpdateCampaignInput, now = this.clock.now()) {
    const dto = zod(UpdateCampaignSchema).transform(input);
    const current = await this.repo.find(tenantId, id);
    if (!current) throw notFound('Campaign');
    checkConsistency({
      startsAt: dto.startsAt ?? current.startsAt,
      endsAt: dto.endsAt === undefined ? current.endsAt : dto.endsAt,
      impressions: dto.impressions ?? current.impressions,
      clicks: dto.clicks ?? current.clicks,
    });
    const changes = JSON.parse(JSON.stringify(dto));
    const updated = await this.repo.update(tenantId, id, dto, changes, actor);
    if (!updated) throw notFound('Campaign');
    return present(updated, now, await this.repo.currency(tenantId));
  }
}

/** Rules that span fields, checked on the merged record so a PATCH cannot break them either. */
function checkConsistency(c: { startsAt: Date; endsAt: Date | null; impressions: number; clicks: number }) {
  const problems: ErrorDetail[] = [];
  if (c.endsAt && c.endsAt <= c.startsAt) problems.push({ field: 'endsAt', message: 'must be after startsAt' });
  if (c.clicks > c.impressions) problems.push({ field: 'clicks', message: `cannot exceed impressions (${c.impressions})` });
  if (problems.length) throw validationFailed(problems);
}

function present(c: Campaign, now: Date, currency: string) {
  const figures = {
    status: c.status,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    budget: Number(c.budget),
    cost: Number(c.cost),
    impressions: c.impressions,
    clicks: c.clicks,
    conversions: c.conversions,
    revenue: Number(c.revenue),
    targetConversions: c.targetConversions,
  };
  return {
    id: c.id,
    name: c.name,
    channel: c.channel,
    status: c.status.toLowerCase(),
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    currency,
    budget: round2(figures.budget),
    cost: round2(figures.cost),
    revenue: round2(figures.revenue),
    impressions: c.impressions,
    clicks: c.clicks,
    conversions: c.conversions,
    ...campaignMetrics(figures, now),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
