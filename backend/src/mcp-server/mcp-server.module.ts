import { Module } from '@nestjs/common';
import { AgentModule } from '../agent/agent.module';
import { ChannelsModule } from '../channels/channels.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { McpServerController } from './mcp-server.controller';
import { McpServerFactory } from './mcp-server.service';
import { McpToolRunner } from './mcp-tool-runner';

@Module({
  imports: [AgentModule, ConversationsModule, ChannelsModule],
  controllers: [McpServerController],
  providers: [McpServerFactory, McpToolRunner],
})
export class McpServerModule {}
