import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { detectLanguage } from '../agent/local/nlu';
import { OPENAI_API_CHANNEL } from '../agent/turn-context';
import { AttachmentsService } from '../attachments/attachments.service';
import type { Principal } from '../auth/principal';
import { ChannelConversationsRepository, type ImportedMessage } from '../channels/channel-conversations.repository';
import type { ChatMessage, Lang, MessagePart, ServerEvent } from '../chat/chat-events';
import { ChatEventBus } from '../conversations/events/chat-event-bus';
import { ChatService } from '../chat/chat.service';
import { ConversationsRepository } from '../conversations/conversations.repository';
import { toChatMessage } from '../conversations/conversations.mapper';
import { approvalNote, pendingApprovals, type PendingApproval } from '../channels/approval-note';
import { clarificationNote } from '../channels/clarification-note';
import type { ChatCompletionMessage, ChatCompletionRequest } from './openai-compat.schemas';
import { OpenAiError } from '../common/filters/openai-errors';
import { ProviderModels } from './provider-models';
import { TokenCounter } from './token-count';

export const CHANNEL = OPENAI_API_CHANNEL;
const HISTORY_LIMIT = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request checked and tied to its Tajer conversation, ready to run. */
export interface PreparedCompletion {
  principal: Principal & { tenantId: string };
  model: string;
  /** The provider model to run (undefined: the configured one). */
  runModel?: string;
  conversationId: string;
  text: string;
  attachmentIds: string[];
  lang?: Lang;
  /** The request's messages as text, for the usage count when the model reports none. */
  prompt: { role: string; text: string }[];
  includeUsage: boolean;
}

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

interface Finished {
  message: ChatMessage;
  /** The answer as stored, the approval note included. */
  text: string;
  /** Appended to the streamed text (the approval note, or what a failed turn added after its deltas). */
  tail: string;
  approvals: PendingApproval[];
  usage: Usage;
}

/**
 * OpenAI's chat-completions protocol over Tajer's assistant: the last user message is one turn of the same agent,
 * tools, approvals and conversation log as the app's chat. Writes are only proposed; the answer says how to approve.
 */
@Injectable()
export class OpenAiCompatService {
  constructor(
    private readonly chat: ChatService,
    private readonly bus: ChatEventBus,
    private readonly conversations: ConversationsRepository,
    private readonly channels: ChannelConversationsRepository,
    private readonly models: ProviderModels,
    private readonly attachments: AttachmentsService,
    private readonly tokens: TokenCounter,
  ) {}

  async prepare(
    principal: Principal,
    req: ChatCompletionRequest,
    opts: { conversationHeader?: string; lang?: Lang },
  ): Promise<PreparedCompletion> {
    const tenantId = principal.tenantId;
    if (!tenantId) throw new OpenAiError(403, 'This account has no business: use a business API key', 'permission_error', 'no_business');
    const runModel = await this.models.resolve(req.model);
    if (runModel === null) {
      throw new OpenAiError(
        404,
        `The model '${req.model}' does not exist or you do not have access to it.`,
        'invalid_request_error',
        'model_not_found',
        'model',
      );
    }
    const last = req.messages[req.messages.length - 1];
    if (last.role !== 'user')
      throw new OpenAiError(400, 'The last message must be from the user', 'invalid_request_error', 'invalid_value', 'messages');
    const text = textOf(last).trim();
    const images = imagesOf(last, req.messages.length - 1);
    if (!text && !images.length)
      throw new OpenAiError(400, 'The last user message is empty', 'invalid_request_error', 'invalid_value', 'messages');
    if (images.length > 5) throw new OpenAiError(400, 'At most 5 images per message', 'invalid_request_error', 'invalid_value', 'messages');

    const scoped = { ...principal, tenantId };
    const attachmentIds: string[] = [];
    for (const image of images)
      attachmentIds.push((await this.attachments.store(tenantId, principal.userId, { buffer: image, originalName: 'openai-image' })).id);

    const conversationId = await this.conversationFor(scoped, req, text, opts);
    return {
      principal: scoped,
      model: req.model,
      runModel,
      conversationId,
      text,
      attachmentIds,
      lang: opts.lang,
      prompt: req.messages.map((m) => ({ role: m.role, text: textOf(m) })),
      includeUsage: Boolean(req.stream_options?.include_usage),
    };
  }

  /** Runs the turn and answers with one chat.completion object. */
  async complete(p: PreparedCompletion) {
    const created = Math.floor(Date.now() / 1000);
    const sent = await this.send(p);
    const result = await sent.done;
    const done = await this.finish(p, sent.assistantMessageId!, result?.message, '');
    if (done.message.status === 'failed') throw new OpenAiError(502, done.message.text, 'server_error', 'assistant_failed');
    return {
      id: completionId(done.message.id),
      object: 'chat.completion' as const,
      created,
      model: p.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant' as const, content: done.text, refusal: null },
          logprobs: null,
          finish_reason: 'stop' as const,
        },
      ],
      usage: done.usage,
      system_fingerprint: null,
      tajer: this.extension(p, done),
    };
  }

  /**
   * Streams the turn as chat.completion.chunk events: a role chunk, the answer's deltas as the agent produces them,
   * the approval note, a final chunk with finish_reason, the usage chunk when asked, then [DONE]. The deltas put
   * together are exactly the stored answer.
   */
  async stream(
    p: PreparedCompletion,
    write: (data: string) => void,
    client: { gone: () => boolean; onGone: (fn: () => void) => void },
  ): Promise<void> {
    const created = Math.floor(Date.now() / 1000);
    const usageField = p.includeUsage ? { usage: null } : {};
    let assistantId: string | undefined;
    let streamed = '';
    // Every chunk of the stream, the last one (usage, no choices) too, in one envelope.
    const envelope = (choices: object[], extra: object) =>
      write(
        JSON.stringify({
          id: completionId(assistantId!),
          object: 'chat.completion.chunk',
          created,
          model: p.model,
          system_fingerprint: null,
          choices,
          ...extra,
        }),
      );
    const chunk = (delta: object, finish: string | null = null, extra: object = {}) =>
      envelope([{ index: 0, delta, logprobs: null, finish_reason: finish }], { ...usageField, ...extra });
    const onEvent = (event: ServerEvent) => {
      if (event.type === 'message.accepted' && !assistantId) {
        assistantId = event.assistantMessageId;
        chunk({ role: 'assistant', content: '', refusal: null });
      } else if (event.type === 'message.delta' && event.messageId === assistantId) {
        streamed += event.delta;
        chunk({ content: event.delta });
      }
    };
    const sinkId = `openai-${randomUUID()}`;
    let finished = false;
    client.onGone(() => {
      // The caller hung up: stop the turn like OpenAI stops generating (the partial answer is kept, cancelled).
      if (!finished) void this.chat.stop(p.principal, p.conversationId).catch(() => undefined);
    });
    try {
      const sent = await this.send(p, async (id) => {
        await this.bus.subscribe(id, { id: sinkId, send: onEvent }, await this.bus.persistedLastSeq(id));
      });
      const result = await sent.done;
      await this.bus.flush(p.conversationId);
      finished = true;
      if (client.gone()) return;
      assistantId ??= sent.assistantMessageId;
      const done = await this.finish(p, sent.assistantMessageId!, result?.message, streamed);
      if (done.message.status === 'failed') {
        write(JSON.stringify({ error: { message: done.message.text, type: 'server_error', param: null, code: 'assistant_failed' } }));
        return;
      }
      if (done.tail) chunk({ content: done.tail });
      chunk({}, 'stop', { tajer: this.extension(p, done) });
      if (p.includeUsage) envelope([], { usage: done.usage });
      write('[DONE]');
    } finally {
      this.bus.unsubscribe(sinkId);
    }
  }

  private send(p: PreparedCompletion, beforePublish?: (conversationId: string) => Promise<void>) {
    return this.chat.send(
      p.principal,
      { clientMessageId: randomUUID(), conversationId: p.conversationId, text: p.text, attachmentIds: p.attachmentIds, lang: p.lang },
      beforePublish,
      { model: p.runModel },
    );
  }

  /**
   * The answer as stored, plus the approval note (stored too), and the usage: the provider's figures when it gave
   * them, else counted with GPT-4o's tokenizer.
   */
  private async finish(p: PreparedCompletion, messageId: string, message: ChatMessage | undefined, streamed: string): Promise<Finished> {
    const row = await this.conversations.findMessage(p.principal.tenantId, messageId);
    const stored = message ?? (row ? toChatMessage(row) : null);
    if (!stored) throw new OpenAiError(500, 'The answer was lost', 'server_error');
    let text = stored.text;
    let tail = text.startsWith(streamed) ? text.slice(streamed.length) : '';
    const approvals = pendingApprovals(stored.parts);
    if (stored.status !== 'failed' && approvals.length) {
      const note = approvalNote(approvals, (stored.language ?? 'fr') as Lang, canApprove(p.principal));
      const added = text ? `\n\n${note}` : note;
      const parts: MessagePart[] = [...((row?.parts as MessagePart[] | undefined) ?? stored.parts), { type: 'text', text: note }];
      await this.conversations.updateMessageParts(messageId, parts as object[], text + added);
      text += added;
      tail += added;
    }
    // A question asked with buttons in the app (which Karim? which oil?) is the answer's text here, with its choices.
    const asked = stored.status !== 'failed' && !text ? clarificationNote(stored.parts) : '';
    text += asked;
    tail += asked;
    const prompt = row?.promptTokens ?? (await this.tokens.countChat(p.prompt));
    const [answerTokens, noteTokens] = await this.tokens.count([text, text.slice(stored.text.length)]);
    const completion = row?.completionTokens ? row.completionTokens + noteTokens : answerTokens;
    return {
      message: stored,
      text,
      tail,
      approvals,
      usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
    };
  }

  /** Tajer's own fields beside OpenAI's (clients ignore them): where to review the turn and decide its proposals. */
  private extension(p: PreparedCompletion, done: Finished) {
    return {
      conversationId: p.conversationId,
      messageId: done.message.id,
      language: done.message.language ?? null,
      approvals: done.approvals,
    };
  }

  /**
   * X-Tajer-Conversation continues that conversation; `user` maps to one conversation per API key and user; else a new
   * conversation, with the earlier messages the client sent stored first so the agent and support see the context.
   */
  private async conversationFor(
    p: Principal & { tenantId: string },
    req: ChatCompletionRequest,
    text: string,
    opts: { conversationHeader?: string; lang?: Lang },
  ) {
    if (opts.conversationHeader) {
      if (!UUID.test(opts.conversationHeader)) {
        throw new OpenAiError(
          400,
          'X-Tajer-Conversation must be a conversation id',
          'invalid_request_error',
          'invalid_value',
          'X-Tajer-Conversation',
        );
      }
      const found = await this.conversations.findConversation(p.tenantId, opts.conversationHeader, p.userId);
      if (!found)
        throw new OpenAiError(404, 'Conversation not found', 'invalid_request_error', 'conversation_not_found', 'X-Tajer-Conversation');
      return found.id;
    }
    const externalRef = req.user ? `${p.apiKeyId ?? `user-${p.userId}`}:${req.user}` : null;
    if (externalRef) {
      const found = await this.channels.findByRef(p.tenantId, p.userId, CHANNEL, externalRef);
      if (found) return found.id;
    }
    const history: ImportedMessage[] = req.messages
      .slice(0, -1)
      .filter((m) => m.role === 'user' || m.role === 'assistant')
      .map((m) => ({ role: m.role as 'user' | 'assistant', text: textOf(m).trim() }))
      .filter((m) => m.text)
      .slice(-HISTORY_LIMIT);
    const first = history.find((m) => m.role === 'user')?.text ?? text;
    const conversation = await this.channels.create({
      tenantId: p.tenantId,
      userId: p.userId,
      channel: CHANNEL,
      externalRef,
      title: titleFrom(first),
      language: /\p{L}{2,}/u.test(text) ? detectLanguage(text, opts.lang ?? 'fr') : (opts.lang ?? 'fr'),
      history,
    });
    return conversation.id;
  }
}

const completionId = (messageId: string) => `chatcmpl-${messageId}`;

/** A JWT user decides their own proposals in the app; an API key needs the write scope to approve over the API. */
const canApprove = (p: Principal) => p.via !== 'api-key' || p.scopes.includes('write');

function textOf(m: ChatCompletionMessage): string {
  if (typeof m.content === 'string') return m.content;
  if (!Array.isArray(m.content)) return '';
  return m.content
    .map((part) => (part.type === 'text' ? (part as { text: string }).text : ''))
    .filter(Boolean)
    .join('\n');
}

/** Inline images (data: URLs) of a message. A remote URL is refused: the server fetches nothing on a caller's behalf. */
function imagesOf(m: ChatCompletionMessage, index: number): Buffer[] {
  if (!Array.isArray(m.content)) return [];
  const out: Buffer[] = [];
  m.content.forEach((part, j) => {
    if (part.type !== 'image_url') return;
    const raw = part as { image_url: string | { url: string } };
    const url = typeof raw.image_url === 'string' ? raw.image_url : raw.image_url.url;
    const match = /^data:image\/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=\s]+)$/i.exec(url);
    if (!match) {
      throw new OpenAiError(
        400,
        'Images must be sent inline as data: URLs (base64)',
        'invalid_request_error',
        'invalid_image_url',
        `messages[${index}].content[${j}].image_url`,
      );
    }
    out.push(Buffer.from(match[1], 'base64'));
  });
  return out;
}

function titleFrom(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return '📎';
  return clean.length > 60 ? `${clean.slice(0, 57)}…` : clean;
}
