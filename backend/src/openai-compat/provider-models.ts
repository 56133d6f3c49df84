import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export interface ModelInfo {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
}

/** The business's assistant: the agent with Tajer's tools, on whatever model is configured. */
export const TAJER_MODEL = 'tajer';
const CACHE_MS = 5 * 60_000;
/** A fixed creation date for the `tajer` model (OpenAI's field is informative only). */
const TAJER_CREATED = 1_764_547_200;

/**
 * The models GET /v1/models lists: `tajer`, and with LLM_PROVIDER=openai the models the provider serves (asked
 * from its own /models, cached; at least OPENAI_MODEL when it does not answer). Picking one runs the same agent
 * and tools on that model.
 */
@Injectable()
export class ProviderModels {
  private readonly logger = new Logger(ProviderModels.name);
  private cache?: { at: number; models: ModelInfo[] };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async list(): Promise<ModelInfo[]> {
    return [{ id: TAJER_MODEL, object: 'model', created: TAJER_CREATED, owned_by: 'tajer' }, ...(await this.providerModels())];
  }

  /** The model to run for a requested id: undefined for `tajer` (the configured default), null when unknown. */
  async resolve(id: string): Promise<string | undefined | null> {
    if (id === TAJER_MODEL) return undefined;
    const known = (await this.providerModels()).some((m) => m.id === id);
    return known ? id : null;
  }

  private async providerModels(): Promise<ModelInfo[]> {
    if (this.config.LLM_PROVIDER !== 'openai') return [];
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache.models;
    const fallback: ModelInfo[] = [{ id: this.config.OPENAI_MODEL, object: 'model', created: TAJER_CREATED, owned_by: 'provider' }];
    let models = fallback;
    try {
      const base = (this.config.OPENAI_API_BASE ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
      const res = await fetch(`${base}/models`, {
        headers: this.config.OPENAI_API_KEY ? { Authorization: `Bearer ${this.config.OPENAI_API_KEY}` } : {},
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { data?: { id?: unknown; created?: unknown; owned_by?: unknown }[] };
      const listed = (body.data ?? [])
        .filter((m) => typeof m.id === 'string' && m.id && m.id !== TAJER_MODEL)
        .map((m) => ({
          id: m.id as string,
          object: 'model' as const,
          created: typeof m.created === 'number' ? m.created : TAJER_CREATED,
          owned_by: typeof m.owned_by === 'string' ? m.owned_by : 'provider',
        }));
      models = listed.some((m) => m.id === this.config.OPENAI_MODEL) ? listed : [...fallback, ...listed];
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'the provider did not list its models; listing OPENAI_MODEL only');
    }
    this.cache = { at: Date.now(), models };
    return models;
  }
}
