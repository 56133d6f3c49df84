import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONVERSATION_INTENTS, Nlu, type HistoryTurn } from '../../src/agent/local/nlu';
import { score, type EvalCase, type Prediction } from '../../src/agent/local/nlu/evaluation';
import { TEST_CATALOG } from './fixtures/catalog';
import { NLU_NOW } from './converse';

/** Answers without a tool (README: tool null): small talk, cancellations, what no tool does. */
const CONVERSATION = new Set<string>(CONVERSATION_INTENTS);

function load(file: string): EvalCase[] {
  return readFileSync(path.join(__dirname, 'fixtures', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);
}

function predict(nlu: Nlu, c: EvalCase): Prediction {
  const turns = c.turns ?? [c.text ?? ''];
  const history: HistoryTurn[] = [];
  let p: Prediction = { id: c.id, tool: null, args: {} };
  turns.forEach((text, i) => {
    const r = nlu.understand({
      now: NLU_NOW,
      text,
      hasAttachment: i === turns.length - 1 && c.attachment === 'image',
      history,
      catalog: TEST_CATALOG,
    });
    history.push({ role: 'user', text, intent: r.intent, args: r.args, status: r.candidates ? 'failed' : 'awaiting_approval' });
    p = {
      id: c.id,
      tool: r.intent && !CONVERSATION.has(r.intent) ? r.intent : null,
      args: r.args,
      resolved: Object.fromEntries(Object.entries(r.resolved).map(([k, v]) => [k, v.names])),
    };
  });
  return p;
}

/**
 * Our own utterances, written before tuning (heldout.jsonl) and after a first round (heldout-blind.jsonl),
 * none of which is in the tools' examples. Scored like the shared evaluation sets.
 */
describe('held-out utterances', () => {
  let nlu: Nlu;
  beforeAll(async () => {
    nlu = await Nlu.create();
  });

  it.each(['heldout.jsonl', 'heldout-blind.jsonl'])('%s routes and fills arguments', (file) => {
    const cases = load(file);
    const s = score(
      cases,
      cases.map((c) => predict(nlu, c)),
    );
    expect(s.toolAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(s.argsAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['fr', 'ar', 'en'])('covers %s in the held-out sets', (lang) => {
    const cases = [...load('heldout.jsonl'), ...load('heldout-blind.jsonl')].filter((c) => c.lang === lang);
    expect(cases.length).toBeGreaterThan(10);
    const s = score(
      cases,
      cases.map((c) => predict(nlu, c)),
    );
    expect(s.toolAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

describe('scoring rules', () => {
  const base = { id: 'x', tool: 't' };
  it('matches strings after folding, articles and containment, and resolved names', () => {
    const cases: EvalCase[] = [
      { id: 'a', tool: 't', args: { topic: 'promo aid' } },
      { id: 'b', tool: 't', args: { product: 'farine' } },
      { id: 'c', tool: 't', args: { query: ['zit', 'huile'] } },
      { id: 'd', tool: 't', args: { quantity: -5 } },
    ];
    const s = score(cases, [
      { ...base, id: 'a', args: { topic: "promo de l'Aïd" } },
      { ...base, id: 'b', args: { product: 'P-001' }, resolved: { product: ['Farine de blé 1kg'] } },
      { ...base, id: 'c', args: { query: 'Huile' } },
      { ...base, id: 'd', args: { quantity: 5 } },
    ]);
    expect(s.toolAccuracy).toBe(1);
    expect(s.argsAccuracy).toBe(0.75);
    expect(s.failures.map((f) => f.id)).toEqual(['d']);
  });
});
