import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { CustomersModule } from '../customers/customers.module';
import { DashboardModule } from '../dashboard/dashboard.module';
import { ExpensesModule } from '../expenses/expenses.module';
import { FeedbackModule } from '../feedback/feedback.module';
import { InventoryModule } from '../inventory/inventory.module';
import { MarketModule } from '../market/market.module';
import { MarketingModule } from '../marketing/marketing.module';
import { SalesModule } from '../sales/sales.module';
import { AgentMetrics } from './agent-metrics';
import { AgentRepository } from './agent.repository';
import { AgentService } from './agent.service';
import { ApprovalService } from './approval.service';
import { ModelFactory } from './models/model.factory';
import { ToolExecutor } from './tool-executor';
import { ToolCallLifecycle } from './tool-call/tool-call-lifecycle';
import { ToolRegistry } from './tool-registry';
import { toolServicesProvider } from './tool-services';
import { TOOL_SERVICES } from './turn-context';

@Module({
  // The feature modules whose services the tools call (tool-services.ts) and the receipt scan the offline model uses.
  imports: [
    ConversationsModule,
    InventoryModule,
    DashboardModule,
    MarketModule,
    ExpensesModule,
    MarketingModule,
    FeedbackModule,
    SalesModule,
    CustomersModule,
  ],
  providers: [
    ToolRegistry,
    ToolExecutor,
    ToolCallLifecycle,
    AgentService,
    ApprovalService,
    ModelFactory,
    AgentRepository,
    AgentMetrics,
    toolServicesProvider(TOOL_SERVICES),
  ],
  exports: [AgentService, ApprovalService, ToolRegistry, ModelFactory, ToolExecutor],
})
export class AgentModule {}
