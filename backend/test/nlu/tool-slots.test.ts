import { TOOLS, EXAMPLE_LANGS, type ToolDefinition } from '@tajer/tools';
import { ProductMatcher } from '../../src/agent/local/nlu/extractors/product';
import { fillSlots, followUpSlots, slotReader, type SlotContext } from '../../src/agent/local/nlu/slot-filler';
import { buildCatalog } from '../../src/seed/catalog';

/**
 * Each tool's offline slot filling lives in its folder (tools/src/<tool>/<tool>.slots.ts) and reads the message only
 * through the shared extractors (SlotReader). Run over every example the tools ship, in every language variety.
 */
const CATALOG = buildCatalog().map((p) => ({ id: p.sku, names: { fr: p.nameFr, ar: p.nameAr, en: p.nameEn } }));
const matcher = new ProductMatcher(CATALOG);
const ctx = (text: string, lang: SlotContext['lang'] = 'fr'): SlotContext => ({
  text,
  lang,
  matcher,
  commonWords: new Set(),
  now: new Date('2026-11-18T10:00:00Z'),
  attachmentId: '6f1c1b52-3c7e-4c55-9a55-6f2f3c1d2e10',
});
const tools = TOOLS as readonly ToolDefinition[];

describe('tool slots hooks', () => {
  it.each(tools.map((t) => [t.name, t] as const))('%s fills only its own arguments, from each of its examples', (_name, tool) => {
    const shape = tool.schema.shape as Record<string, unknown>;
    let filled = 0;
    for (const lang of EXAMPLE_LANGS) {
      for (const text of tool.examples[lang]) {
        const slots = fillSlots(tool, ctx(text, lang === 'en' ? 'en' : lang.startsWith('darija_') || lang === 'fr' ? 'fr' : 'ar'));
        for (const key of Object.keys(slots.args)) expect([tool.name, key, key in shape]).toEqual([tool.name, key, true]);
        for (const extra of slots.more ?? []) for (const key of Object.keys(extra)) expect(key in shape).toBe(true);
        for (const key of Object.keys(followUpSlots(tool, ctx(text)))) expect(key in shape).toBe(true);
        if (Object.keys(slots.args).length) filled++;
      }
    }
    // A tool with arguments reads some of them from its own examples (the alerts and the audience take none).
    const takesNone = ['dashboard_alerts', 'marketing_audience_insights', 'customers_credit', 'dashboard_insights', 'marketing_campaigns'];
    if (!takesNone.includes(tool.name)) expect(filled).toBeGreaterThan(0);
  });

  it('gives a tool without a hook (a plugin, an MCP tool) no arguments rather than guessing', () => {
    expect(fillSlots({}, ctx('ajoute 10 sacs de semoule'))).toEqual({ args: {}, resolved: {} });
    expect(followUpSlots(undefined, ctx('et le sucre ?'))).toEqual({});
  });

  it('reads a stock movement per product, and the merchant as the user wrote it', () => {
    const adjust = tools.find((t) => t.name === 'inventory_adjust')!;
    const slots = fillSlots(adjust, ctx('ajoute 10 sucre et 5 farine'));
    expect(slots.args).toMatchObject({ quantity: 10 });
    expect(slots.more).toEqual([expect.objectContaining({ quantity: 5 })]);
    const expense = tools.find((t) => t.name === 'expenses_add')!;
    expect(fillSlots(expense, ctx('facture SONELGAZ 3500 DA')).args).toMatchObject({ amount: 3500, merchant: 'SONELGAZ' });
  });

  it('hands the hooks cue lists folded like every cue (case, accents)', () => {
    const x = slotReader(ctx('Montre mes campagnes TERMINÉES'));
    expect(
      x.firstCue([
        ['active', ['actives']],
        ['completed', ['terminées']],
      ] as const),
    ).toBe('completed');
    expect(x.onlyWords('un rapport détaillé', ['un', 'rapport', 'detaille'])).toBe(true);
    expect(x.onlyWords('rapport sur la semoule', ['rapport', 'sur', 'la'])).toBe(false);
  });
});
