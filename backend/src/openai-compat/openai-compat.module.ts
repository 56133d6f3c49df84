import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ChannelsModule } from '../channels/channels.module';
import { ChatModule } from '../chat/chat.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { OpenAiCompatController } from './openai-compat.controller';
import { OpenAiCompatService } from './openai-compat.service';
import { ProviderModels } from './provider-models';
import { TokenCounter } from './token-count';

@Module({
  imports: [ChatModule, ConversationsModule, ChannelsModule, AttachmentsModule],
  controllers: [OpenAiCompatController],
  providers: [OpenAiCompatService, ProviderModels, TokenCounter],
})
export class OpenAiCompatModule {}
