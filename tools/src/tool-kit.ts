/**
 * What every tool's run/propose/summarize shares: turning a thrown business error into a ToolResult the model can
 * recover from, the friendly failure sentence in the user's language, and the per-request context helpers.
 */
import { say, type Localized } from './format';
import type { Lang, ToolContext, ToolError, ToolResult } from './types';

/** An answer the user can tap when a tool asks instead of failing: the label shown and the message it sends. */
export interface LocalizedChoice {
  label: Localized;
  text: Localized;
}

/** A failure the tool explains itself, in the three languages (the one asked for goes to the model). */
export class ToolFailure extends Error {
  constructor(
    readonly code: string,
    readonly messages: Localized,
    readonly details?: Record<string, unknown>,
    /**
     * When set, the tool is not failing but asking ("which oil?", "that product isn't in your catalogue"): the chat
     * shows the message as a question with these answers to tap, never as an error.
     */
    readonly choices?: LocalizedChoice[],
  ) {
    super(messages.en);
  }
}

/** The error a tool returns: the contract's {code, message} plus what summarize needs to explain it in any language. */
export interface ToolErrorInfo extends ToolError {
  messages?: Localized;
  details?: unknown;
  /** Present when the tool asks the user something: the answers to offer, in the request's language. */
  choices?: { label: string; text: string }[];
}

/**
 * Runs a tool body and never throws: a ToolFailure keeps its localized messages, a business error (AppError from
 * the backend: NOT_FOUND, INSUFFICIENT_STOCK, VALIDATION_FAILED…) keeps its code, message and details.
 */
export async function attempt<T>(ctx: ToolContext, body: () => Promise<ToolResult<T>>): Promise<ToolResult<T>> {
  try {
    return await body();
  } catch (err) {
    return { success: false, error: toToolError(err, ctx.lang) };
  }
}

/** Said when a tool failed for a reason the user can't act on (a database or programming error). */
export const UNEXPECTED: Localized = {
  fr: "Une erreur inattendue m'a empêché de le faire. Réessayez dans un instant.",
  ar: 'منعني خطأ غير متوقع من القيام بذلك. أعد المحاولة بعد لحظة.',
  en: 'An unexpected error stopped me. Please try again in a moment.',
};

/**
 * A business error of the backend (an AppError: a 4xx with a stable code such as NOT_FOUND or INSUFFICIENT_STOCK)
 * keeps its code, message and details: they are meant for the user. Anything else — a database error (Prisma's
 * P2002, PostgreSQL's messages with table and constraint names), a bug — becomes a generic failure in the user's
 * language: raw internals never reach the model, the chat events or the stored answer. The original error rides
 * along as a non-enumerable `cause` so the host can log it (it is never serialised).
 */
export function toToolError(err: unknown, lang: Lang): ToolErrorInfo {
  if (err instanceof ToolFailure) {
    const info: ToolErrorInfo = { code: err.code, message: say(lang, err.messages), messages: err.messages, details: err.details };
    if (err.choices) info.choices = err.choices.map((c) => ({ label: say(lang, c.label), text: say(lang, c.text) }));
    return info;
  }
  const e = err as { code?: unknown; message?: unknown; details?: unknown; status?: unknown };
  const business =
    typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && typeof e.code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(e.code);
  if (!business) {
    const info: ToolErrorInfo = { code: 'TOOL_ERROR', message: say(lang, UNEXPECTED), messages: UNEXPECTED };
    Object.defineProperty(info, 'cause', { value: err, enumerable: false });
    return info;
  }
  const code = e.code as string;
  const message = typeof e.message === 'string' && e.message ? e.message : 'Unexpected error';
  return e.details === undefined ? { code, message } : { code, message, details: e.details };
}

const GENERIC: Record<string, Localized> = {
  NOT_FOUND: { fr: "Je n'ai pas trouvé ce que vous demandez.", ar: 'لم أجد ما تطلبه.', en: "I couldn't find what you asked for." },
  VALIDATION_FAILED: { fr: 'Certaines informations ne conviennent pas', ar: 'بعض المعلومات غير صحيحة', en: 'Some details are not valid' },
  INVALID_ARGUMENTS: {
    fr: 'Certaines informations manquent ou ne conviennent pas',
    ar: 'بعض المعلومات ناقصة أو غير صحيحة',
    en: 'Some details are missing or not valid',
  },
  CONFLICT: { fr: "Ce n'est pas possible dans l'état actuel", ar: 'هذا غير ممكن في الوضع الحالي', en: "That isn't possible right now" },
  FORBIDDEN: {
    fr: "Votre compte n'a pas le droit de faire cela.",
    ar: 'حسابك لا يملك صلاحية القيام بذلك.',
    en: "Your account isn't allowed to do that.",
  },
};
const FALLBACK: Localized = { fr: "Je n'ai pas pu le faire", ar: 'لم أتمكن من القيام بذلك', en: "I couldn't do that" };

/**
 * The answer when a tool failed: its own explanation when it wrote one, otherwise a sentence for the error code
 * with the service's reason (the backend's messages are English: they are kept as the precise detail).
 */
export function failureSummary(result: ToolResult, lang: Lang): string {
  if (result.success) return '';
  const error = result.error as ToolErrorInfo;
  if (error.messages) return say(lang, error.messages);
  const lead = GENERIC[error.code] ?? FALLBACK;
  if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') return say(lang, lead);
  return `${say(lang, lead)}${lang === 'fr' ? ' : ' : ': '}${error.message}`;
}

/** Images sent with the user's message (the chat passes their ids; the type in types.ts predates the field). */
export function attachmentIdsOf(ctx: ToolContext): string[] {
  const ids = (ctx as ToolContext & { attachmentIds?: unknown }).attachmentIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id.length > 0) : [];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The image a tool should read: the id the model gave when it is a real upload id, else the first image attached to
 * the message (models often write "image" or "attachment" for it).
 */
export function pickAttachmentId(ctx: ToolContext, given: string | undefined): string {
  if (given && UUID.test(given)) return given;
  const attached = attachmentIdsOf(ctx)[0];
  if (attached) return attached;
  throw new ToolFailure('NO_ATTACHMENT', {
    fr: "Je n'ai pas reçu d'image : joignez la photo à votre message.",
    ar: 'لم أستلم أي صورة: أرفق الصورة برسالتك.',
    en: "I didn't get an image: attach the photo to your message.",
  });
}

/** The user on whose behalf a write happens (null for an API key without a user). */
export const userIdOf = (ctx: ToolContext): string | null => ctx.userId || null;

/** The tool call being run, when the host passes it (links a stock movement or an expense to the chat action). */
export function toolCallIdOf(ctx: ToolContext): string | undefined {
  const id = (ctx as ToolContext & { toolCallId?: unknown }).toolCallId;
  return typeof id === 'string' && UUID.test(id) ? id : undefined;
}

/** The product a dashboard finding is about ({ evidence: { product: { id, name: { fr } } } }), as a record reference. */
export function productRecordOf(evidence: unknown): { type: string; id: string; label?: string } | null {
  const product = (evidence as { product?: { id?: unknown; name?: { fr?: unknown } } } | undefined)?.product;
  if (!product || typeof product.id !== 'string') return null;
  const label = typeof product.name?.fr === 'string' ? product.name.fr : undefined;
  return label ? { type: 'product', id: product.id, label } : { type: 'product', id: product.id };
}
