import { NaiveBayes } from './naive-bayes';

/** The posteriors as `scores` computed them before its log likelihoods were worked out once: every log per message. */
function perMessage(examples: { intent: string; features: Record<string, number> }[], features: Record<string, number>) {
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const e of examples) {
    const c = counts.get(e.intent) ?? new Map<string, number>();
    for (const f of Object.keys(e.features)) {
      if (f.includes('_')) continue;
      c.set(f, (c.get(f) ?? 0) + 1);
      totals.set(e.intent, (totals.get(e.intent) ?? 0) + 1);
      vocabulary.add(f);
    }
    counts.set(e.intent, c);
  }
  const known = Object.keys(features).filter((f) => !f.includes('_') && vocabulary.has(f));
  const logs = new Map<string, number>();
  for (const [intent, c] of counts) {
    let lp = Math.log(1 / counts.size);
    for (const f of known) lp += Math.log(((c.get(f) ?? 0) + 0.1) / ((totals.get(intent) ?? 0) + 0.1 * vocabulary.size));
    logs.set(intent, lp);
  }
  const max = Math.max(...logs.values());
  const exps = [...logs].map(([i, l]) => [i, Math.exp(l - max)] as const);
  const sum = exps.reduce((a, [, e]) => a + e, 0);
  return exps.map(([i, e]) => [i, known.length ? e / sum : 0]);
}

describe('NaiveBayes', () => {
  let state = 5;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
  const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
  const bag = (size: number) => {
    const features: Record<string, number> = {};
    for (let i = 0; i < size; i++) features[words[next(words.length)]] = 1;
    if (next(3) === 0) features[`${words[next(30)]}_${words[next(30)]}`] = 1;
    return features;
  };
  const examples = Array.from({ length: 200 }, (_, i) => ({ intent: `intent${(i * 7) % 6}`, features: bag(1 + next(5)) }));
  const bayes = new NaiveBayes(examples);

  it('gives the posteriors a log per message gives: the same numbers, in the same order', () => {
    for (let i = 0; i < 50; i++) {
      const query = { ...bag(1 + next(6)), unseen: 1 };
      expect([...bayes.scores(query)]).toEqual(perMessage(examples, query));
    }
  });

  it('gives every intent 0 for a message of no known feature', () => {
    expect([...bayes.scores({ unseen: 1, w1_w2: 1 }).values()]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
