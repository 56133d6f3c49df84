import type { Lang } from './chat-events';
import { messages } from '../common/localisation/messages';

/** How often each instance looks for answers left streaming by an instance that died meanwhile. */
export const RECOVERY_SWEEP_MS = 30_000;

/** The text of an answer cut off by a server that stopped (stored and shown in the language it was asked). */
export const INTERRUPTED_REPLY: Record<Lang, string> = messages('chat.interrupted');
