import type { Lang } from './chat-events';

/** How often each instance looks for answers left streaming by an instance that died meanwhile. */
export const RECOVERY_SWEEP_MS = 30_000;

/** The text of an answer cut off by a server that stopped (stored and shown in the language it was asked). */
export const INTERRUPTED_REPLY: Record<Lang, string> = {
  fr: "Désolé, cette réponse a été interrompue : le serveur s'est arrêté pendant que je répondais. Renvoyez votre message.",
  ar: 'عذرا، انقطع هذا الرد: توقف الخادم أثناء إجابتي. أعد إرسال رسالتك.',
  en: 'Sorry, this answer was interrupted: the server stopped while I was answering. Please send your message again.',
};
