import { RateLimitedError } from '../auth/rate-limits';
import { AppError, ErrorCode } from '../common/errors/app-error';
import type { Lang } from './chat-events';

/**
 * What a person flooding the chat reads (shown under their unsent message), in the language they wrote in: a
 * polite "wait a moment", never a raw limiter message. The RATE_LIMITED code and retryAfterSeconds are kept for clients.
 */
const TOO_FAST: Record<Lang, (seconds: number) => string> = {
  fr: (s) => `Doucement 🙂 vous envoyez beaucoup de messages d'un coup. Je réponds à ceux en cours ; réessayez dans ${s} s.`,
  ar: (s) => `على مهلك 🙂 أرسلت رسائل كثيرة دفعة واحدة. أنا أجيب على ما وصلني؛ أعد المحاولة بعد ${s} ثانية.`,
  en: (s) => `Easy 🙂 you're sending a lot of messages at once. I'm answering the ones I have; try again in ${s} s.`,
};

/** A refused turn (allowance spent or the business's queue full) in the sender's language; other errors unchanged. */
export function politeTurnLimit(err: unknown, lang: Lang): unknown {
  if (!(err instanceof AppError) || err.code !== ErrorCode.RATE_LIMITED) return err;
  const seconds = Number((err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds) || 5;
  return new RateLimitedError((TOO_FAST[lang] ?? TOO_FAST.fr)(seconds), seconds);
}
