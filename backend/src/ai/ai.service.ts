import { Injectable } from '@nestjs/common';
import { isPeriod, PERIOD_PHRASE, TONE_LABELS, type Lang } from '@tajer/contract';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../auth/principal';
import { clarificationNote } from '../channels/clarification-note';
import type { MessagePart, ServerEvent } from '../chat/chat-events';
import { ChatEventBus, EventSink } from '../conversations/events/chat-event-bus';
import { ChatService } from '../chat/chat.service';
import { AppError, ErrorCode } from '../common/errors/app-error';
import { message } from '../common/localisation/messages';
import { ConversationsRepository } from '../conversations/conversations.repository';
import type { AiChatDto, AnalyzeMarketDto, BusinessInsightsDto, GenerateContentDto } from './ai.schemas';

/** The /ai/* endpoints' questions to the agent, from the server's message catalogues (common/localisation/locales). */
const PROMPTS = {
  market: (d: AnalyzeMarketDto) =>
    d.product
      ? message(d.language, 'ai.prompt.market.product', { product: d.product })
      : message(d.language, 'ai.prompt.market.trends', {
          hasCategory: d.category ? 'yes' : 'no',
          category: d.category ?? '',
          // The contract's period phrase (« ce mois-ci », "this month"), so no prompt reads "this today".
          hasPeriod: isPeriod(d.period) ? 'yes' : 'no',
          period: isPeriod(d.period) ? PERIOD_PHRASE[d.period][d.language] : '',
        }),
  content: (d: GenerateContentDto) =>
    message(d.language, 'ai.prompt.content', {
      channel: d.channel,
      topic: d.topic,
      hasTone: d.tone ? 'yes' : 'no',
      tone: d.tone ? toneWord(d.tone, d.language) : '',
    }),
  insights: (d: BusinessInsightsDto) => message(d.language, 'ai.prompt.insights'),
};

/** A tone key said in the prompt's language ("humorous" → « humoristique »); free wording is passed as written. */
function toneWord(tone: string, lang: Lang): string {
  const label = (TONE_LABELS as Record<string, Record<Lang, string>>)[tone];
  return label ? label[lang].toLowerCase() : tone;
}

/**
 * The assistant over REST for integrators: the same turn as the chat (same agent, tools, logs), answered as JSON
 * or streamed as server-sent events. The deployment guides' /ai/* endpoints are phrased as questions to the agent.
 */
@Injectable()
export class AiService {
  constructor(
    private readonly chat: ChatService,
    private readonly bus: ChatEventBus,
    private readonly conversations: ConversationsRepository,
  ) {}

  async ask(principal: Principal, dto: AiChatDto, channel = 'api') {
    const sent = await this.chat.send(principal, {
      clientMessageId: dto.clientMessageId ?? randomUUID(),
      conversationId: dto.conversationId,
      text: dto.message,
      attachmentIds: dto.attachmentIds,
    });
    const result = await sent.done;
    if (!result) return this.replayStored(principal, sent.conversationId, sent.messageId);
    if (result.status === 'failed')
      throw new AppError(ErrorCode.UPSTREAM_FAILED, result.message.text, { conversationId: sent.conversationId, channel });
    return {
      conversationId: sent.conversationId,
      messageId: result.message.id,
      // A question asked with buttons in the app (which Karim?) is the answer's text for an API caller.
      answer: result.message.text || clarificationNote(result.message.parts),
      language: result.message.language,
      status: result.status,
      toolCalls: result.message.parts.filter((p) => p.type === 'tool'),
      provider: result.provider,
      latencyMs: result.latencyMs,
    };
  }

  /** Streams the turn's events as they happen; the returned promise ends with the turn. */
  async stream(principal: Principal, dto: AiChatDto, write: (event: ServerEvent) => void): Promise<void> {
    const sinkId = `sse-${randomUUID()}`;
    let conversationId: string | undefined;
    try {
      const sent = await this.chat.send(
        principal,
        {
          clientMessageId: dto.clientMessageId ?? randomUUID(),
          conversationId: dto.conversationId,
          text: dto.message,
          attachmentIds: dto.attachmentIds,
        },
        async (id) => {
          conversationId = id;
          const sink: EventSink = { id: sinkId, send: write };
          await this.bus.subscribe(id, sink, (await this.conversations.getLastSeq(id)) ?? 0);
        },
      );
      await sent.done;
      if (conversationId) await this.bus.flush(conversationId);
    } finally {
      this.bus.unsubscribe(sinkId);
    }
  }

  analyzeMarket(p: Principal, d: AnalyzeMarketDto) {
    return this.ask(p, { message: PROMPTS.market(d), attachmentIds: [] });
  }

  generateContent(p: Principal, d: GenerateContentDto) {
    return this.ask(p, { message: PROMPTS.content(d), attachmentIds: [] });
  }

  businessInsights(p: Principal, d: BusinessInsightsDto) {
    return this.ask(p, { message: PROMPTS.insights(d), attachmentIds: [] });
  }

  /** A retried request whose turn already ran: answer with what was stored. */
  private async replayStored(principal: Principal, conversationId: string, userMessageId: string) {
    const user = await this.conversations.findMessage(principal.tenantId!, userMessageId);
    const reply = user ? await this.conversations.findReplyTo(principal.tenantId!, conversationId, user) : null;
    return {
      conversationId,
      messageId: reply?.id ?? null,
      answer: reply?.text || (Array.isArray(reply?.parts) ? clarificationNote(reply!.parts as MessagePart[]) : ''),
      language: reply?.language ?? null,
      status: reply?.status.toLowerCase() ?? 'pending',
      toolCalls: Array.isArray(reply?.parts) ? (reply!.parts as { type: string }[]).filter((p) => p.type === 'tool') : [],
      duplicate: true,
    };
  }
}
