import { Inject, Injectable, Logger, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { ContentChannel, ContentLanguage, ContentTone } from './content.types';

export interface ImproveRequest {
  channel: ContentChannel;
  language: ContentLanguage;
  tone: ContentTone;
  subject: string | null;
  text: string;
  /** Strings the improved text must still contain verbatim: real product names and prices. */
  mustKeep: string[];
}

export interface ImprovedText {
  subject: string | null;
  text: string;
  /** e.g. "openai:gpt-4o-mini", stored on the ContentPiece. */
  generator: string;
}

/**
 * Rewrites the offline draft with a language model when one is configured. Implementations return null when they
 * have nothing better to offer; the caller validates the result and keeps the offline text otherwise.
 */
export interface LlmTextImprover {
  improve(request: ImproveRequest): Promise<ImprovedText | null>;
}

export const LLM_TEXT_IMPROVER = Symbol('LLM_TEXT_IMPROVER');

/** LLM_PROVIDER=local: the offline text is the final text. */
export class OfflineTextImprover implements LlmTextImprover {
  async improve(): Promise<null> {
    return null;
  }
}

/**
 * The language's English name for the (English) prompt, from the platform's CLDR data; Arabic is asked for by CLDR's
 * name for ar-001, "Modern Standard Arabic", as the prompt always said.
 */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
const CLDR_TAG: Partial<Record<ContentLanguage, string>> = { ar: 'ar-001' };
const languageName = (language: ContentLanguage) => LANGUAGE_NAMES.of(CLDR_TAG[language] ?? language);

const CHANNEL_RULES: Record<ContentChannel, string> = {
  sms: 'one SMS: at most 160 GSM-7 characters (70 if Arabic), no emoji, no hashtags',
  whatsapp: 'short WhatsApp message with a few emoji and a clear call to action; *bold* allowed',
  facebook: 'Facebook post with emoji, short paragraphs, keep the hashtags line at the end',
  instagram: 'Instagram caption with emoji, keep all the hashtags at the end',
  email: 'marketing email: keep the greeting and signature; no hashtags',
};

/** Any OpenAI-compatible server (OpenAI, Gemini's endpoint, Ollama, vLLM) through LangChain's ChatOpenAI. */
@Injectable()
export class OpenAiTextImprover implements LlmTextImprover {
  private readonly logger = new Logger(OpenAiTextImprover.name);
  private model?: { invoke(messages: [string, string][], options?: { signal?: AbortSignal }): Promise<{ content: unknown }> };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private async chat() {
    if (!this.model) {
      // Loaded lazily: the offline default never pays for the OpenAI client at start-up.
      const { ChatOpenAI } = await import('@langchain/openai');
      this.model = new ChatOpenAI({
        model: this.config.OPENAI_MODEL,
        apiKey: this.config.OPENAI_API_KEY ?? 'not-needed',
        configuration: this.config.OPENAI_API_BASE ? { baseURL: this.config.OPENAI_API_BASE } : undefined,
        temperature: 0.6,
        maxRetries: 1,
        timeout: 20_000,
        // Chat Completions is what every OpenAI-compatible server implements.
        useResponsesApi: false,
      }) as never;
    }
    return this.model!;
  }

  async improve(request: ImproveRequest): Promise<ImprovedText | null> {
    const system = [
      `You are a copywriter for a small Algerian shop. Improve the ${request.channel} text below in ${languageName(request.language)}, tone: ${request.tone}.`,
      `Rules: ${CHANNEL_RULES[request.channel]}.`,
      'Keep every product name and price exactly as written (same digits, spacing and currency); never add a product, price, discount or date that is not in the draft.',
      request.subject ? 'Answer as JSON: {"subject": "...", "text": "..."}.' : 'Answer with the text only, no preamble.',
    ].join('\n');
    const draft = request.subject ? JSON.stringify({ subject: request.subject, text: request.text }) : request.text;
    const model = await this.chat();
    const reply = await model.invoke([
      ['system', system],
      ['human', draft],
    ]);
    const content = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content);
    const generator = `openai:${this.config.OPENAI_MODEL}`;
    if (!request.subject) return { subject: null, text: content.trim(), generator };
    const json = /\{[\s\S]*\}/.exec(content);
    if (!json) return null;
    const parsed = JSON.parse(json[0]) as { subject?: unknown; text?: unknown };
    if (typeof parsed.subject !== 'string' || typeof parsed.text !== 'string') {
      this.logger.warn('Model answered without subject/text; keeping the offline email');
      return null;
    }
    return { subject: parsed.subject.trim(), text: parsed.text.trim(), generator };
  }
}

/** Picks the improver from the configuration: OpenAI-compatible when LLM_PROVIDER=openai, offline otherwise. */
export const llmTextImproverProvider: Provider = {
  provide: LLM_TEXT_IMPROVER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): LlmTextImprover =>
    config.LLM_PROVIDER === 'openai' ? new OpenAiTextImprover(config) : new OfflineTextImprover(),
};
