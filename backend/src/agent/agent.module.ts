import { Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ConversationsModule } from '../conversations/conversations.module';
import { AgentMetrics } from './agent-metrics';
import { AgentRepository } from './agent.repository';
import { AgentService } from './agent.service';
import { ApprovalService } from './approval.service';
import { ModelFactory } from './models/model.factory';
import { ToolExecutor } from './tool-executor';
import { ToolCallLifecycle } from './tool-call/tool-call-lifecycle';
import { ToolRegistry } from './tool-registry';
import { buildToolServices } from './tool-services';
import { TOOL_SERVICES } from './turn-context';

@Module({
  imports: [ConversationsModule],
  providers: [
    ToolRegistry,
    ToolExecutor,
    ToolCallLifecycle,
    AgentService,
    ApprovalService,
    ModelFactory,
    AgentRepository,
    AgentMetrics,
    { provide: TOOL_SERVICES, inject: [ModuleRef], useFactory: buildToolServices },
  ],
  exports: [AgentService, ApprovalService, ToolRegistry, ModelFactory, ToolExecutor],
})
export class AgentModule {}
