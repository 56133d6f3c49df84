/**
 * Nearest-example evidence: TF-IDF cosine similarity between the message and every training example.
 * It complements the perceptrons on short or unusual messages, where a network's biases decide more
 * than its weights; the score of an intent is the mean of its best few matches.
 */
export class ExampleIndex {
  private readonly idf = new Map<string, number>();
  /** The intents, each once (first example first), and each example's intent as its position there. */
  private readonly intents: string[] = [];
  private readonly intentOf: Int32Array;
  /**
   * Inverted index: for each feature, the examples that have it and their weight. A message shares a feature with a
   * few dozen of the thousands of examples, so a turn no longer visits every example's vector (it was the largest
   * single item of an offline turn's profile: 7 % self). The dot products are summed in the message's feature order
   * per example, as before, so the scores are the same numbers. Typed arrays rather than an object a posting: the
   * scan of a common feature's hundreds of postings was still most of a message's classification.
   */
  private readonly postings = new Map<string, { examples: Int32Array; weights: Float64Array }>();

  constructor(examples: readonly { intent: string; features: Record<string, number> }[]) {
    const df = new Map<string, number>();
    for (const e of examples) for (const f of Object.keys(e.features)) df.set(f, (df.get(f) ?? 0) + 1);
    for (const [f, n] of df) this.idf.set(f, Math.log(1 + examples.length / n));
    const lists = new Map<string, { examples: number[]; weights: number[] }>();
    const intentIds = new Map<string, number>();
    this.intentOf = new Int32Array(examples.length);
    examples.forEach((e, example) => {
      let id = intentIds.get(e.intent);
      if (id === undefined) intentIds.set(e.intent, (id = this.intents.push(e.intent) - 1));
      this.intentOf[example] = id;
      for (const [f, weight] of this.vectorize(e.features)) {
        let list = lists.get(f);
        if (!list) lists.set(f, (list = { examples: [], weights: [] }));
        list.examples.push(example);
        list.weights.push(weight);
      }
    });
    for (const [f, list] of lists)
      this.postings.set(f, { examples: Int32Array.from(list.examples), weights: Float64Array.from(list.weights) });
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

  /**
   * Per-intent similarity in 0..1 (mean of the `k` most similar examples of that intent). Each intent keeps only its `k`
   * best, largest first, and sums them in that order, as a sort of all its similarities then did: the same numbers, and
   * the intents in the order of their first similar example.
   */
  scores(features: Record<string, number>, k = 3): Map<string, number> {
    const dots = new Float64Array(this.intentOf.length);
    for (const [f, w] of this.vectorize(features)) {
      const list = this.postings.get(f);
      if (!list) continue;
      const { examples, weights } = list;
      for (let j = 0; j < examples.length; j++) if (weights[j]) dots[examples[j]] += w * weights[j];
    }
    const best: number[][] = [];
    const seen: number[] = [];
    for (let example = 0; example < dots.length; example++) {
      const dot = dots[example];
      if (dot <= 0) continue;
      const id = this.intentOf[example];
      let top = best[id];
      if (!top) {
        best[id] = top = [];
        seen.push(id);
      }
      if (top.length === k && !(dot > top[k - 1])) continue;
      let at = top.length;
      while (at > 0 && dot > top[at - 1]) at--;
      top.splice(at, 0, dot);
      if (top.length > k) top.pop();
    }
    const out = new Map<string, number>();
    for (const id of seen) out.set(this.intents[id], best[id].reduce((a, b) => a + b, 0) / k);
    return out;
  }
}
