import { Module } from '@nestjs/common';
import { AudienceController } from './audience/audience.controller';
import { AudienceRepository } from './audience/audience.repository';
import { AudienceService } from './audience/audience.service';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsRepository } from './campaigns/campaigns.repository';
import { CampaignsService } from './campaigns/campaigns.service';
import { ContentController } from './content/content.controller';
import { ContentRepository } from './content/content.repository';
import { ContentService } from './content/content.service';
import { llmTextImproverProvider } from './content/llm-text-improver';

/** Content generation (/content), audience insights (/audience) and campaigns (/campaigns). */
@Module({
  controllers: [ContentController, AudienceController, CampaignsController],
  providers: [
    ContentService,
    ContentRepository,
    llmTextImproverProvider,
    AudienceService,
    AudienceRepository,
    CampaignsService,
    CampaignsRepository,
  ],
  exports: [ContentService, AudienceService, CampaignsService],
})
export class MarketingModule {}
