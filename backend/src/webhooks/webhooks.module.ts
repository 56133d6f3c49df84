import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { WebhookDispatcher } from './webhook-dispatcher';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';
import { WebhookSubscribers } from './webhook-subscribers';

@Module({
  // AuthModule: its Redis connections carry the endpoints' invalidations to the other instances.
  imports: [AuthModule],
  controllers: [WebhooksController],
  providers: [WebhooksRepository, WebhooksService, WebhookDispatcher, WebhookSubscribers],
  exports: [WebhookDispatcher],
})
export class WebhooksModule {}
