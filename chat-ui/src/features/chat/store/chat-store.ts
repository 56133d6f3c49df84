import { useSyncExternalStore } from 'react';
import { chatReducer, initialChatState } from './reducer';
import type { ChatAction, ChatState, OutboxItem } from './types';

export interface ChatStore {
  getState(): ChatState;
  dispatch(action: ChatAction): void;
  subscribe(listener: () => void): () => void;
}

/** A minimal external store: the socket lives outside React, so its events are reduced here, not in a component. */
export function createChatStore(outbox: OutboxItem[] = []): ChatStore {
  let state = initialChatState(outbox);
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = chatReducer(state, action);
      if (next === state) return;
      state = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useChatSelector<T>(store: ChatStore, selector: (s: ChatState) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
