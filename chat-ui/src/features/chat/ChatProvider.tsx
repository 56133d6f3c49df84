import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ChatClient } from './chat-client';

const ChatContext = createContext<ChatClient | null>(null);

/** One chat client (socket + store) per signed-in user; a different user gets a fresh one. */
export function ChatProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [client] = useState(() => new ChatClient(userId));
  useEffect(() => {
    client.start();
    return () => client.dispose();
  }, [client]);
  return <ChatContext.Provider value={client}>{children}</ChatContext.Provider>;
}

export function useChatClient(): ChatClient {
  const client = useContext(ChatContext);
  if (!client) throw new Error('useChatClient outside ChatProvider');
  return client;
}
