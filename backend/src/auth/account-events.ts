import { Global, Injectable, Module } from '@nestjs/common';
import { EventEmitter } from 'node:events';

/**
 * In-process notifications that a user's or an API key's access ended (disabled, role changed, key revoked), so the
 * chat gateway can drop open sockets at once. The gateway's Socket.IO adapter carries the disconnect to every
 * instance when REDIS_URL is set, so only the instance that made the change needs to hear it.
 */
@Injectable()
export class AccountEvents {
  private readonly emitter = new EventEmitter();

  userAccessChanged(userId: string): void {
    this.emitter.emit('user', userId);
  }

  apiKeyRevoked(keyId: string): void {
    this.emitter.emit('api-key', keyId);
  }

  onUserAccessChanged(listener: (userId: string) => void): void {
    this.emitter.on('user', listener);
  }

  onApiKeyRevoked(listener: (keyId: string) => void): void {
    this.emitter.on('api-key', listener);
  }
}

/** Socket.IO rooms every chat socket joins, so access changes can reach it on any instance. */
export const userRoom = (userId: string) => `user:${userId}`;
export const apiKeyRoom = (keyId: string) => `api-key:${keyId}`;

/** Global so any module (API keys, users) can announce access changes without importing the auth module. */
@Global()
@Module({ providers: [AccountEvents], exports: [AccountEvents] })
export class AccountEventsModule {}
