/**
 * Nearest-example evidence: TF-IDF cosine similarity between the message and every training example.
 * It complements the perceptrons on short or unusual messages, where a network's biases decide more
 * than its weights; the score of an intent is the mean of its best few matches.
 */
export class ExampleIndex {
  private readonly idf = new Map<string, number>();
  private readonly intents: string[] = [];
  /**
   * Inverted index: for each feature, the examples that have it and their weight. A message shares a feature with a
   * few dozen of the thousands of examples, so a turn no longer visits every example's vector (it was the largest
   * single item of an offline turn's profile: 7 % self). The dot products are summed in the message's feature order
   * per example, as before, so the scores are the same numbers.
   */
  private readonly postings = new Map<string, { example: number; weight: number }[]>();

  constructor(examples: readonly { intent: string; features: Record<string, number> }[]) {
    const df = new Map<string, number>();
    for (const e of examples) for (const f of Object.keys(e.features)) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + examples.length / n));
    examples.forEach((e, example) => {
      this.intents.push(e.intent);
      for (const [f, weight] of this.vectorize(e.features)) {
        const list = this.postings.get(f) ?? [];
        list.push({ example, weight });
        this.postings.set(f, list);
      }
    });
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
    const dots = new Float64Array(this.intents.length);
    for (const [f, w] of this.vectorize(features)) {
      for (const p of this.postings.get(f) ?? []) if (p.weight) dots[p.example] += w * p.weight;
    }
    const perIntent = new Map<string, number[]>();
    for (let example = 0; example < dots.length; example++) {
      const dot = dots[example];
      if (dot <= 0) continue;
      const intent = this.intents[example];
      const list = perIntent.get(intent) ?? [];
      list.push(dot);
      perIntent.set(intent, list);
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
