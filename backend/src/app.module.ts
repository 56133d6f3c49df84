import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApiKeysModule } from './auth/api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { GlobalExceptionFilter } from './common/filters/global-exception.filter';
import { loggerModule } from './common/http/logger.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { ClockModule } from './common/time/clock';
import { TenantReadsModule } from './common/cache/tenant-reads.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { ObservabilityModule } from './observability/observability.module';
import { JobsModule } from './jobs/jobs.module';
import { ConversationsModule } from './conversations/conversations.module';
import { ChatModule } from './chat/chat.module';
import { AiModule } from './ai/ai.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { InventoryModule } from './inventory/inventory.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { MarketModule } from './market/market.module';
import { MarketingModule } from './marketing/marketing.module';
import { FeedbackModule } from './feedback/feedback.module';
import { ExpensesModule } from './expenses/expenses.module';
import { SupportModule } from './support/support.module';
import { SalesModule } from './sales/sales.module';
import { CustomersModule } from './customers/customers.module';
import { UsersModule } from './users/users.module';
import { BusinessModule } from './business/business.module';
import { OnboardingModule } from './onboarding/onboarding.module';
import { EventsModule } from './events/events.module';
import { ApprovalsModule } from './approvals/approvals.module';
import { OpenAiCompatModule } from './openai-compat/openai-compat.module';
import { McpServerModule } from './mcp-server/mcp-server.module';
import { WebhooksModule } from './webhooks/webhooks.module';

/** Feature modules are listed here, one line each. */
export const FEATURE_MODULES = [
  HealthModule,
  AuditModule,
  AuthModule,
  ApiKeysModule,
  ConversationsModule,
  ChatModule,
  AiModule,
  AttachmentsModule,
  InventoryModule,
  DashboardModule,
  MarketModule,
  MarketingModule,
  FeedbackModule,
  ExpensesModule,
  SupportModule,
  SalesModule,
  CustomersModule,
  UsersModule,
  BusinessModule,
  OnboardingModule,
  EventsModule,
  ApprovalsModule,
  OpenAiCompatModule,
  McpServerModule,
  WebhooksModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        loggerModule(config),
        DatabaseModule,
        TenantReadsModule,
        ObservabilityModule,
        JobsModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: GlobalExceptionFilter }],
    };
  }
}
