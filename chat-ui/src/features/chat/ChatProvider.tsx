import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ChatClient } from './chat-client';

const ChatContext = createContext<ChatClient | null>(null);

/**
 * One chat client (socket + store) per signed-in user; a different user gets a fresh one. An account with no business
 * (platform support staff) has no chat: its client never connects, since the server would refuse the socket anyway.
 */
export function ChatProvider({ userId, live = true, children }: { userId: string; live?: boolean; children: ReactNode }) {
  const [client] = useState(() => new ChatClient(userId));
  useEffect(() => {
    if (!live) return undefined;
    client.start();
    return () => client.dispose();
  }, [client, live]);
  return <ChatContext.Provider value={client}>{children}</ChatContext.Provider>;
}

export function useChatClient(): ChatClient {
  const client = useContext(ChatContext);
  if (!client) throw new Error('useChatClient outside ChatProvider');
  return client;
}
