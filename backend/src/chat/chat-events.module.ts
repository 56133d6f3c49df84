import { Global, Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { ChatEventBus, EVENT_RELAY, LocalEventRelay } from './chat-event-bus';
import { EVENT_BUFFER, MemoryEventBuffer } from './event-buffer';

/** The event bus shared by the chat gateway, the agent and the REST streaming endpoints. */
@Global()
@Module({
  imports: [ConversationsModule],
  providers: [
    ChatEventBus,
    { provide: EVENT_BUFFER, useFactory: () => new MemoryEventBuffer() },
    { provide: EVENT_RELAY, useFactory: () => new LocalEventRelay() },
  ],
  exports: [ChatEventBus],
})
export class ChatEventsModule {}
