/**
 * One vocabulary (issue 12): expense and product categories, periods, channels, tones, units and wilayas are defined once, in
 * @tajer/contract. This enumerates each vocabulary and checks that every consumer — the tools' zod enums, the REST
 * schemas, the expenses matcher, the NLU cues, the dashboard's labels, the composer's templates, the seed, the
 * wilaya lookup — takes exactly those keys and has words for every one of them in French, Arabic and English.
 * (The contract's own test, `packages/contract/test/one-vocabulary.test.js`, fails when a second list is written.)
 */
import { z } from 'zod';
import {
  CHANNEL_LABELS,
  CHANNELS,
  DEFAULT_PRODUCT_CATEGORY,
  EXPENSE_CATEGORIES,
  EXPENSE_CATEGORY_LABELS,
  LANGS,
  PERIOD_LABEL,
  PERIOD_PHRASE,
  PERIODS,
  PRODUCT_CATEGORIES,
  PRODUCT_CATEGORY_LABELS,
  TONE_LABELS,
  TONES,
  UNIT_KEYS,
  UNITS,
  VS_PREVIOUS,
  WILAYAS,
  isKnownUnit,
  matchProductCategory,
  productCategoryLabel,
  type Localized,
} from '@tajer/contract';
import * as tools from '@tajer/tools';
import { extractExpenseCategory, extractMarketCategory } from '../../src/agent/local/nlu/extractors/categories';
import { extractPeriod } from '../../src/agent/local/nlu/extractors/period';
import { EXPENSE_CATEGORY_CUES } from '../../src/agent/local/nlu/lexicon/expense-categories';
import { MARKET_CATEGORY_CUES } from '../../src/agent/local/nlu/lexicon/market-categories';
import { PERIODS as BACKEND_PERIODS, PeriodSchema } from '../../src/common/time/period';
import { expenseCategoryLabel, isGoodsPurchase } from '../../src/dashboard/category-labels';
import { PERIOD_LABEL as DASHBOARD_PERIOD_LABEL, VS_PREVIOUS_LABEL } from '../../src/common/time/period-labels';
import { CATEGORY_LABELS, EXPENSE_CATEGORIES as BACKEND_CATEGORIES, resolveExpenseCategory } from '../../src/expenses/expense-categories';
import { CreateExpenseSchema } from '../../src/expenses/expenses.schemas';
import { planProducts } from '../../src/inventory/import/product-import.plan';
import { GenerateContentSchema } from '../../src/marketing/content/content.schemas';
import { AR_PACK } from '../../src/marketing/content/templates/ar.templates';
import { EN_PACK } from '../../src/marketing/content/templates/en.templates';
import { FR_PACK } from '../../src/marketing/content/templates/fr.templates';
import { WILAYA_LIST, wilayaLabel } from '../../src/common/localisation/wilayas';
import { buildCatalog } from '../../src/seed/catalog';
import { buildDemoDataset } from '../../src/seed/demo-dataset';
import { AnalyzeMarketSchema, GenerateContentSchema as AiGenerateContentSchema } from '../../src/ai/ai.schemas';
import { TEST_NOW } from '../setup/test-clock';

/** Every language has a non-empty word. */
const expectLocalized = (label: Localized, what: string) => {
  for (const lang of LANGS) expect({ what, lang, word: label[lang]?.trim() || null }).toEqual({ what, lang, word: expect.any(String) });
};

/** The enum a tool's JSON schema (what the model and MCP clients see) allows for one argument. */
const toolEnum = (name: string, arg: string): unknown => {
  const tool = tools.TOOLS.find((t) => t.name === name);
  if (!tool) throw new Error(`no tool ${name}`);
  const json = z.toJSONSchema(tool.schema as z.ZodType, { io: 'input' }) as { properties: Record<string, { enum?: unknown }> };
  return json.properties[arg]?.enum;
};

describe('expense categories', () => {
  it('the backend, the tools and the REST schema take exactly the contract keys', () => {
    expect(BACKEND_CATEGORIES).toBe(EXPENSE_CATEGORIES);
    expect(tools.EXPENSE_CATEGORIES).toEqual(EXPENSE_CATEGORIES);
    expect(CATEGORY_LABELS).toBe(EXPENSE_CATEGORY_LABELS);
    for (const key of EXPENSE_CATEGORIES) expect(CreateExpenseSchema.parse({ amount: 100, category: key }).category).toBe(key);
  });

  it('every key has its label in fr/ar/en, and the matcher files every key and every label under that key', () => {
    for (const key of EXPENSE_CATEGORIES) {
      expectLocalized(EXPENSE_CATEGORY_LABELS[key], key);
      expect(resolveExpenseCategory(key)).toBe(key);
      for (const lang of LANGS)
        expect([lang, EXPENSE_CATEGORY_LABELS[key][lang], resolveExpenseCategory(EXPENSE_CATEGORY_LABELS[key][lang])]).toEqual([
          lang,
          EXPENSE_CATEGORY_LABELS[key][lang],
          key,
        ]);
    }
  });

  it("the dashboard labels expenses with the contract's words (one Arabic word for « loyer »)", () => {
    for (const key of EXPENSE_CATEGORIES) expect(expenseCategoryLabel(key)).toEqual(EXPENSE_CATEGORY_LABELS[key]);
    expect(expenseCategoryLabel('loyer').ar).toBe(EXPENSE_CATEGORY_LABELS.loyer.ar);
    expect(EXPENSE_CATEGORIES.filter(isGoodsPurchase)).toEqual(['marchandises']);
  });

  it('the NLU only proposes contract keys, and finds a category from its own key', () => {
    for (const { key } of EXPENSE_CATEGORY_CUES) {
      expect(EXPENSE_CATEGORIES).toContain(key);
      expect(extractExpenseCategory(`j'ai payé 1000 DA de ${key}`)).toBe(key);
    }
  });

  it('the demo seed stores contract keys only', () => {
    const categories = new Set(buildDemoDataset(TEST_NOW).expenses.map((e) => e.category));
    for (const c of categories) expect(EXPENSE_CATEGORIES).toContain(c);
    expect(categories).toContain('marchandises');
  });
});

describe('product categories', () => {
  it("every key has its label in fr/ar/en, and each label finds its key among the shop's categories", () => {
    for (const key of PRODUCT_CATEGORIES) {
      expectLocalized(PRODUCT_CATEGORY_LABELS[key], key);
      expect(productCategoryLabel(key)).toBe(PRODUCT_CATEGORY_LABELS[key]);
      for (const lang of LANGS)
        expect([lang, matchProductCategory(PRODUCT_CATEGORY_LABELS[key][lang], PRODUCT_CATEGORIES)]).toEqual([lang, key]);
    }
  });

  it('the NLU has cues for every key, proposes contract keys only, and finds each from its own key', () => {
    expect(MARKET_CATEGORY_CUES.map((c) => c.key).sort()).toEqual(PRODUCT_CATEGORIES.filter((k) => k !== DEFAULT_PRODUCT_CATEGORY).sort());
    for (const { key } of MARKET_CATEGORY_CUES) expect([key, extractMarketCategory(`tendances ${key} ce mois`)]).toEqual([key, key]);
  });

  it('the demo seed stocks every key but the default, and stores keys only', () => {
    const seeded = new Set(buildCatalog().map((item) => item.category));
    expect([...seeded].sort()).toEqual(PRODUCT_CATEGORIES.filter((k) => k !== DEFAULT_PRODUCT_CATEGORY).sort());
  });

  it("a product imported without a category gets the contract's default (the tool's is checked by the contract's scan)", () => {
    const [planned] = planProducts(
      [{ row: 2, values: { nameFr: 'Chips Mahboul 40g', priceCents: 3000 }, valid: true }],
      [],
      [],
      () => null,
    );
    expect(planned).toMatchObject({ action: 'create', product: { category: DEFAULT_PRODUCT_CATEGORY } });
    expect(productCategoryLabel(DEFAULT_PRODUCT_CATEGORY).ar).toBe(PRODUCT_CATEGORY_LABELS.divers.ar);
  });
});

describe('periods', () => {
  it('the tools, the REST schemas and the dashboard take exactly the contract keys', () => {
    expect(BACKEND_PERIODS).toBe(PERIODS);
    expect(tools.PERIODS).toBe(PERIODS);
    expect(PeriodSchema.options).toEqual(PERIODS);
    expect(AnalyzeMarketSchema.shape.period.unwrap().options).toEqual(PERIODS);
    const withPeriod = tools.TOOLS.filter((t) => 'period' in (t.schema as unknown as z.ZodObject).shape);
    expect(withPeriod.length).toBeGreaterThanOrEqual(6);
    for (const tool of withPeriod) expect([tool.name, toolEnum(tool.name, 'period')]).toEqual([tool.name, PERIODS]);
  });

  it('every period is said in fr/ar/en three ways, and the NLU recognises each English phrase', () => {
    expect(DASHBOARD_PERIOD_LABEL).toBe(PERIOD_LABEL);
    expect(VS_PREVIOUS_LABEL).toBe(VS_PREVIOUS);
    for (const p of PERIODS) {
      expectLocalized(PERIOD_LABEL[p], `label ${p}`);
      expectLocalized(PERIOD_PHRASE[p], `phrase ${p}`);
      expectLocalized(VS_PREVIOUS[p], `vs ${p}`);
      expect(extractPeriod(`sales ${PERIOD_PHRASE[p].en}`)).toBe(p);
    }
  });
});

describe('channels and tones', () => {
  it('the tool, the content API and /ai take exactly the contract keys', () => {
    expect(toolEnum('marketing_generate_content', 'channel')).toEqual(CHANNELS);
    expect(toolEnum('marketing_generate_content', 'tone')).toEqual(TONES);
    expect(GenerateContentSchema.shape.channel.options).toEqual(CHANNELS);
    expect(GenerateContentSchema.shape.tone.unwrap().options).toEqual(TONES);
    expect(AiGenerateContentSchema.shape.channel.options).toEqual(CHANNELS);
  });

  it('every channel and tone has its label in fr/ar/en, and the composer has copy for every tone in every language', () => {
    for (const c of CHANNELS) expectLocalized(CHANNEL_LABELS[c], c);
    for (const t of TONES) expectLocalized(TONE_LABELS[t], t);
    for (const pack of [FR_PACK, AR_PACK, EN_PACK]) expect(Object.keys(pack.tones).sort()).toEqual([...TONES].sort());
  });
});

describe('units', () => {
  it('every unit has singular and plural in fr/ar/en, and every seeded product uses one', () => {
    for (const u of UNIT_KEYS) for (const lang of LANGS) expect(UNITS[u][lang].every((w) => w.length > 0)).toBe(true);
    for (const item of buildCatalog()) expect([item.fr, isKnownUnit(item.unit)]).toEqual([item.fr, true]);
  });
});

describe('wilayas', () => {
  it('58 wilayas numbered 1 to 58, served as the contract lists them, each found by its number and every name', () => {
    expect(WILAYAS.map((w) => w.code)).toEqual(Array.from({ length: 58 }, (_, i) => i + 1));
    expect(WILAYA_LIST).toBe(WILAYAS);
    for (const w of WILAYAS) {
      expectLocalized(w, String(w.code));
      for (const spelling of [String(w.code), w.fr, w.ar, w.en]) expect(wilayaLabel(spelling)).toEqual(w);
    }
  });
});
