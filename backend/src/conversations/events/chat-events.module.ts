import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ConversationsModule } from '../conversations.module';
import { ChatEventBus, EVENT_RELAY, LocalEventRelay } from './chat-event-bus';
import { EVENT_BUFFER, MemoryEventBuffer } from './event-buffer';
import { ResilientEventBuffer } from './resilient-event-buffer';
import { watchRedis } from '../../common/redis/redis-outage';
import { newRedis } from '../../common/redis/redis-libraries';
import { SocketIoEventRelay } from './socket-io-relay';

/** The event bus shared by the chat gateway, the agent and the REST streaming endpoints. */
@Global()
@Module({
  imports: [ConversationsModule],
  providers: [
    ChatEventBus,
    // Without REDIS_URL everything stays in this process; with it, buffers and delivery are shared by all instances.
    {
      provide: EVENT_BUFFER,
      inject: [APP_CONFIG],
      // Commands fail fast while Redis is away (no offline queue): the buffer then uses this process's memory.
      useFactory: (c: AppConfig) =>
        c.REDIS_URL
          ? new ResilientEventBuffer(
              watchRedis(newRedis(c.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false }), 'chat event buffer'),
            )
          : new MemoryEventBuffer(),
    },
    {
      provide: EVENT_RELAY,
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => (c.REDIS_URL ? new SocketIoEventRelay() : new LocalEventRelay()),
    },
  ],
  exports: [ChatEventBus, EVENT_RELAY],
})
export class ChatEventsModule {}
