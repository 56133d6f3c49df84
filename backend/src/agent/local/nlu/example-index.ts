/**
 * Nearest-example evidence: TF-IDF cosine similarity between the message and every training example.
 * It complements the perceptrons on short or unusual messages, where a network's biases decide more
 * than its weights; the score of an intent is the mean of its best few matches.
 */
export class ExampleIndex {
  private readonly idf = new Map<string, number>();
  private readonly vectors: { intent: string; weights: Map<string, number> }[] = [];

  constructor(examples: readonly { intent: string; features: Record<string, number> }[]) {
    const df = new Map<string, number>();
    for (const e of examples) for (const f of Object.keys(e.features)) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + examples.length / n));
    for (const e of examples) this.vectors.push({ intent: e.intent, weights: this.vectorize(e.features) });
  }

  private vectorize(features: Record<string, number>): Map<string, number> {
    const v = new Map<string, number>();
    let norm = 0;
    for (const f of Object.keys(features)) {
      const w = this.idf.get(f);
      if (!w) continue;
      // Bigrams help ordering but should not outweigh the words themselves.
      const weight = f.includes('_') ? w * 0.5 : w;
      v.set(f, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of v) v.set(f, w / norm);
    return v;
  }

  /** Per-intent similarity in 0..1 (mean of the `k` most similar examples of that intent). */
  scores(features: Record<string, number>, k = 3): Map<string, number> {
    const q = this.vectorize(features);
    const perIntent = new Map<string, number[]>();
    for (const ex of this.vectors) {
      let dot = 0;
      for (const [f, w] of q) {
        const o = ex.weights.get(f);
        if (o) dot += w * o;
      }
      if (dot <= 0) continue;
      const list = perIntent.get(ex.intent) ?? [];
      list.push(dot);
      perIntent.set(ex.intent, list);
    }
    const out = new Map<string, number>();
    for (const [intent, sims] of perIntent) {
      sims.sort((a, b) => b - a);
      const top = sims.slice(0, k);
      out.set(intent, top.reduce((a, b) => a + b, 0) / k);
    }
    return out;
  }
}
