import { createContext, useContext } from 'react';
import type { DecideAck, DecidePayload } from '@tajer/contract';

/**
 * What a rendered message may do. The support console renders the same messages read-only, so cards ask this
 * context instead of reaching for the chat client.
 */
export interface MessageActions {
  readOnly: boolean;
  decide?: (payload: DecidePayload) => Promise<DecideAck>;
  retry?: (assistantMessageId: string) => void;
  /** Sends a new message in the same conversation (e.g. "save this expense" from a receipt draft). */
  ask?: (text: string) => void;
}

export const MessageActionsContext = createContext<MessageActions>({ readOnly: true });
export const useMessageActions = () => useContext(MessageActionsContext);
