import type { Namespace } from 'socket.io';
import type { ServerEvent } from '../../chat/chat-events';
import type { EventRelay } from './chat-event-bus';

const RELAY_EVENT = 'tajer:chat-event';

/**
 * Carries chat events to the other instances through Socket.IO's Redis adapter (serverSideEmit), so a client
 * connected to instance A receives, in order, the events of a turn run by instance B.
 */
export class SocketIoEventRelay implements EventRelay {
  private namespace?: Namespace;
  private handler?: (event: ServerEvent) => void;

  bind(namespace: Namespace): void {
    this.namespace = namespace;
    namespace.on(RELAY_EVENT, (event: ServerEvent) => this.handler?.(event));
  }

  async publish(event: ServerEvent): Promise<void> {
    this.namespace?.serverSideEmit(RELAY_EVENT, event);
  }

  onEvent(handler: (event: ServerEvent) => void): void {
    this.handler = handler;
  }

  async close(): Promise<void> {}
}
