import { io, type Socket } from 'socket.io-client';
import { CHAT_NAMESPACE, type ClientToServerEvents, type ServerToClientEvents } from '@tajer/contract';

export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The socket reads the access token at every (re)connection attempt, so a refreshed token is picked up without
 * rebuilding the socket. Auto-connect is off: the client decides when (signed in, browser online).
 */
export function createChatSocket(getToken: () => string | undefined): ChatSocket {
  return io(CHAT_NAMESPACE, {
    autoConnect: false,
    auth: (cb) => cb({ token: getToken() }),
    reconnectionDelay: 500,
    reconnectionDelayMax: 5000,
  });
}
