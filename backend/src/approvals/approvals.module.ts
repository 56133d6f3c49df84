import { Module } from '@nestjs/common';
import { AgentModule } from '../agent/agent.module';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsRepository } from './approvals.repository';

@Module({ imports: [AgentModule], controllers: [ApprovalsController], providers: [ApprovalsRepository] })
export class ApprovalsModule {}
