import { Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { AiController } from './ai.controller';
import { AiService } from './ai.service';

@Module({ imports: [ChatModule, ConversationsModule], controllers: [AiController], providers: [AiService] })
export class AiModule {}
