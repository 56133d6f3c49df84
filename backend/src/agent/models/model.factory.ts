import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ChatOpenAI } from '@langchain/openai';
import { TenantReads, type TenantReadCache } from '../../common/cache/tenant-reads';
import { Clock } from '../../common/time/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AgentRepository } from '../agent.repository';
import { systemPrompt } from '../system-prompt';
import { ToolRegistry } from '../tool-registry';
import { TOOL_SERVICE_CLASSES } from '../tool-services';
import { OPENAI_API_CHANNEL, type TurnContext } from '../turn-context';
import { LocalChatModel } from './local-chat-model';
import { ReceiptScanService } from '../../expenses/receipt-scan.service';
import { CatalogEntry, Nlu } from '../local/nlu';

export interface ModelHandle {
  model: BaseChatModel;
  provider: 'local' | 'openai';
  modelName: string;
  systemPrompt?: string;
  /** The offline model, used when the provider fails (LLM_FALLBACK_LOCAL). */
  fallback?: () => Promise<BaseChatModel>;
}

const CATALOG_TTL_MS = 30_000;
const CUSTOMER_NAMES_ENTRIES = 1000;

type TenantProfile = Awaited<ReturnType<AgentRepository['tenantProfile']>>;

/** Chooses the model by configuration: `local` (offline, default) or `openai` (any OpenAI-compatible server). */
@Injectable()
export class ModelFactory implements OnModuleInit {
  private readonly logger = new Logger(ModelFactory.name);
  private nlu?: Promise<Nlu>;
  private readonly catalogs = new Map<string, { at: number; entries: CatalogEntry[] }>();
  /** The read itself is kept (not its result): a burst of turns of one business shares one statement. */
  private readonly profiles = new Map<string, { at: number; profile: Promise<TenantProfile | null> }>();
  /** One client per model name: it holds nothing of a turn (the signal comes with each call) and keeps its connections. */
  private readonly openai = new Map<string, ChatOpenAI>();
  /**
   * The shop's customers' names for the offline model, kept by the business's data version rather than a TTL: a
   * customer added a moment ago (« Zoubir a pris 2 pains à crédit ») is known at the very next message.
   */
  private readonly customerNames: TenantReadCache<string[]>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: AgentRepository,
    private readonly registry: ToolRegistry,
    private readonly clock: Clock,
    private readonly receipts: ReceiptScanService,
    reads: TenantReads,
  ) {
    this.customerNames = reads.cache<string[]>('agent.customer-names', CUSTOMER_NAMES_ENTRIES);
  }

  /**
   * Trains the offline model's intent classifier once, at start (milliseconds), from the tools' examples. With
   * LLM_PROVIDER=openai the configured model's client is made now too: loading @langchain/openai and the OpenAI SDK
   * takes hundreds of ms of a blocked event loop, which the first turns of a busy server all waited for (issue 13's
   * `stream` scenario: the first model request of 200 concurrent turns went out after it).
   */
  async onModuleInit(): Promise<void> {
    this.getNlu()
      .then((n) => this.logger.log(`offline model ready (${n.trainingMs ?? '?'} ms training)`))
      .catch((err) => this.logger.error(err));
    if (this.config.LLM_PROVIDER === 'openai') await this.openaiModel(this.config.OPENAI_MODEL);
  }

  /**
   * What a turn's model needs from the database, read ahead while the turn's messages are being stored (ChatService):
   * the model's first request then does not wait for it. Failures are left to the turn's own read.
   */
  prefetch(tenantId: string): void {
    if (this.config.LLM_PROVIDER === 'openai') void this.profile(tenantId).catch(() => undefined);
  }

  getNlu(): Promise<Nlu> {
    // The offline model routes only to tools that come with example utterances (built-ins and plugins that ship them).
    // A tool whose business services this host does not provide is left out: the NLU then says plainly that it cannot
    // do that yet, instead of calling a tool that would fail.
    const served = (t: { needs?: readonly string[] }) => (t.needs ?? []).every((key) => key in TOOL_SERVICE_CLASSES);
    this.nlu ??= Nlu.create(
      this.registry.list().filter((t) => served(t) && Object.values(t.examples ?? {}).some((list) => list.length > 0)),
    );
    return this.nlu;
  }

  async create(turn: TurnContext): Promise<ModelHandle> {
    const local = () => this.local(turn);
    if (this.config.LLM_PROVIDER !== 'openai') return { model: await local(), provider: 'local', modelName: 'tajer-local-nlu' };
    const profile = await this.profile(turn.tenantId);
    const modelName = turn.model ?? this.config.OPENAI_MODEL;
    const model = await this.openaiModel(modelName);
    return {
      model,
      provider: 'openai',
      modelName,
      systemPrompt: systemPrompt({
        shopName: profile?.name ?? 'the shop',
        currency: profile?.currency ?? 'DZD',
        lang: turn.lang,
        today: this.clock.now().toISOString().slice(0, 10),
      }),
      fallback: this.config.LLM_FALLBACK_LOCAL ? local : undefined,
    };
  }

  private async openaiModel(modelName: string): Promise<ChatOpenAI> {
    let model = this.openai.get(modelName);
    if (!model) {
      // Loaded with the first OpenAI-compatible turn, not at start: @langchain/openai and the OpenAI SDK are ~10 MB of
      // heap a server running the offline model never uses.
      const [{ ChatOpenAI }, { modelFetch }] = await Promise.all([import('@langchain/openai'), import('./model-fetch')]);
      model = this.openai.get(modelName);
      if (model) return model;
      model = new ChatOpenAI({
        model: modelName,
        apiKey: this.config.OPENAI_API_KEY ?? 'not-needed',
        // node:http under the SDK instead of the global fetch: far less CPU per streamed token (model-fetch.ts).
        configuration: { fetch: modelFetch, ...(this.config.OPENAI_API_BASE ? { baseURL: this.config.OPENAI_API_BASE } : {}) },
        streaming: true,
        streamUsage: true,
        maxRetries: 1,
        timeout: 60_000,
        temperature: 0.2,
      });
      // The /v1 API lets callers name the model: the map stays small whatever they send.
      if (this.openai.size >= 32) this.openai.delete(this.openai.keys().next().value as string);
      this.openai.set(modelName, model);
    }
    return model;
  }

  /** The shop's name and currency for the system prompt; cached briefly like the catalogue (a rename shows within 30 s). */
  private profile(tenantId: string): Promise<TenantProfile | null> {
    const hit = this.profiles.get(tenantId);
    if (hit && Date.now() - hit.at < CATALOG_TTL_MS) return hit.profile;
    const profile = Promise.resolve(this.repo.tenantProfile(tenantId));
    const entry = { at: Date.now(), profile };
    this.profiles.set(tenantId, entry);
    // A failed read is not kept: the next turn asks again.
    profile.catch(() => this.profiles.get(tenantId) === entry && this.profiles.delete(tenantId));
    if (this.profiles.size > 1000) this.profiles.delete(this.profiles.keys().next().value as string);
    return profile;
  }

  /** The tenant's products as the NLU sees them; cached briefly (stock changes don't matter here, names do). */
  async catalog(tenantId: string): Promise<CatalogEntry[]> {
    const hit = this.catalogs.get(tenantId);
    if (hit && Date.now() - hit.at < CATALOG_TTL_MS) return hit.entries;
    const rows = await this.repo.catalog(tenantId);
    const entries: CatalogEntry[] = rows.map((p) => ({
      id: p.id,
      names: { fr: p.nameFr, ar: p.nameAr ?? undefined, en: p.nameEn ?? undefined },
      category: p.category,
      aliases: [p.sku],
    }));
    this.catalogs.set(tenantId, { at: Date.now(), entries });
    if (this.catalogs.size > 1000) this.catalogs.delete(this.catalogs.keys().next().value as string);
    return entries;
  }

  private async local(turn: TurnContext): Promise<BaseChatModel> {
    const [nlu, catalog, customers] = await Promise.all([
      this.getNlu(),
      this.catalog(turn.tenantId),
      // Under the version the turn's answer row was stored with, when that statement read it: no statement of its own.
      this.customerNames.get(
        turn.tenantId,
        '',
        async () => ({ value: await this.repo.customerNames(turn.tenantId) }),
        undefined,
        turn.dataVersion,
      ),
    ]);
    return new LocalChatModel({
      nlu,
      catalog,
      customers,
      attachmentIds: turn.attachmentIds,
      lang: turn.lang,
      tokenDelayMs: this.config.LOCAL_STREAM_DELAY_MS,
      wordByWord: turn.channel === OPENAI_API_CHANNEL,
      clock: this.clock,
      // A picture sent alone is read (once: the receipt scan reuses the reading) to tell a receipt from a product.
      pictureKind: (id) => this.receipts.pictureKind(turn.tenantId, id),
    });
  }
}
