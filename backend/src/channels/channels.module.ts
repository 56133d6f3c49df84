import { Module } from '@nestjs/common';
import { ChannelConversationsRepository } from './channel-conversations.repository';

/** What the integration channels (/v1 and /mcp) share: their conversations. */
@Module({ providers: [ChannelConversationsRepository], exports: [ChannelConversationsRepository] })
export class ChannelsModule {}
