/**
 * Multinomial naive Bayes over the same features: it reads single decisive words ("stock",
 * "concurrents", "مصروف") better than the perceptrons do when the rest of the sentence is generic.
 */
export class NaiveBayes {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();
  private readonly priors = new Map<string, number>();
  private readonly vocabulary = new Set<string>();

  constructor(examples: readonly { intent: string; features: Record<string, number> }[]) {
    const perIntent = new Map<string, number>();
    for (const e of examples) {
      perIntent.set(e.intent, (perIntent.get(e.intent) ?? 0) + 1);
      const c = this.counts.get(e.intent) ?? new Map<string, number>();
      for (const f of Object.keys(e.features)) {
        if (f.includes('_')) continue; // unigrams only: bigrams are too sparse for counts
        c.set(f, (c.get(f) ?? 0) + 1);
        this.totals.set(e.intent, (this.totals.get(e.intent) ?? 0) + 1);
        this.vocabulary.add(f);
      }
      this.counts.set(e.intent, c);
    }
    // Uniform priors: the number of examples per tool reflects our writing effort, not usage.
    for (const intent of perIntent.keys()) this.priors.set(intent, 1 / perIntent.size);
  }

  /** Posterior probabilities over the intents, from the known features only. */
  scores(features: Record<string, number>): Map<string, number> {
    const known = Object.keys(features).filter((f) => !f.includes('_') && this.vocabulary.has(f));
    const logs = new Map<string, number>();
    const V = this.vocabulary.size;
    for (const [intent, c] of this.counts) {
      let lp = Math.log(this.priors.get(intent)!);
      const total = this.totals.get(intent) ?? 0;
      for (const f of known) lp += Math.log(((c.get(f) ?? 0) + 0.1) / (total + 0.1 * V));
      logs.set(intent, lp);
    }
    const max = Math.max(...logs.values());
    const out = new Map<string, number>();
    let sum = 0;
    for (const [i, l] of logs) {
      const e = Math.exp(l - max);
      out.set(i, e);
      sum += e;
    }
    for (const [i, e] of out) out.set(i, known.length ? e / sum : 0);
    return out;
  }
}
