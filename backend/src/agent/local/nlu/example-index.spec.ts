import { ExampleIndex } from './example-index';

/** The scores as the index computed them before its inverted index: every example's cosine with the message. */
function bruteForce(examples: { intent: string; features: Record<string, number> }[], query: Record<string, number>, k = 3) {
  const df = new Map<string, number>();
  for (const e of examples) for (const f of Object.keys(e.features)) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map([...df].map(([f, n]) => [f, Math.log(1 + examples.length / n)]));
  const vectorize = (features: Record<string, number>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const f of Object.keys(features)) {
      const w = idf.get(f);
      if (!w) continue;
      const weight = f.includes('_') ? w * 0.5 : w;
      v.set(f, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of v) v.set(f, w / norm);
    return v;
  };
  const q = vectorize(query);
  const perIntent = new Map<string, number[]>();
  for (const e of examples) {
    const weights = vectorize(e.features);
    let dot = 0;
    for (const [f, w] of q) dot += w * (weights.get(f) ?? 0);
    if (dot > 0) perIntent.set(e.intent, [...(perIntent.get(e.intent) ?? []), dot]);
  }
  return new Map(
    [...perIntent].map(([intent, sims]) => [
      intent,
      sims
        .sort((a, b) => b - a)
        .slice(0, k)
        .reduce((a, b) => a + b, 0) / k,
    ]),
  );
}

describe('ExampleIndex', () => {
  // A small deterministic corpus: words drawn by a fixed linear congruential sequence, bigrams included.
  let state = 7;
  const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
  const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
  const bag = (size: number) => {
    const features: Record<string, number> = {};
    for (let i = 0; i < size; i++) features[words[next(words.length)]] = 1;
    if (next(3) === 0) features[`${words[next(40)]}_${words[next(40)]}`] = 1;
    return features;
  };
  const examples = Array.from({ length: 300 }, (_, i) => ({ intent: `intent${i % 7}`, features: bag(2 + next(5)) }));
  const index = new ExampleIndex(examples);

  it('gives each intent the mean of its k best cosines, as a visit of every example does: the same numbers, in the same order', () => {
    for (let i = 0; i < 50; i++) {
      const query = bag(1 + next(6));
      for (const k of [1, 3, 5, 1000]) expect([...index.scores(query, k)]).toEqual([...bruteForce(examples, query, k)]);
    }
  });

  it('scores nothing for a message none of whose features an example has', () => {
    expect(index.scores({ unknown: 1, other_unknown: 1 }).size).toBe(0);
  });
});
