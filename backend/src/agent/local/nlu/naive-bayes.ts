/**
 * Multinomial naive Bayes over the same features: it reads single decisive words ("stock",
 * "concurrents", "مصروف") better than the perceptrons do when the rest of the sentence is generic.
 */
export class NaiveBayes {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();
  private readonly priors = new Map<string, number>();
  private readonly vocabulary = new Set<string>();
  /**
   * Per intent (in `counts`' order), its log prior, each known feature's log likelihood and an unseen feature's: worked
   * out once, as `scores` worked them out per message (the same `Math.log` of the same numbers, added in the same order).
   */
  private readonly logPriors: number[] = [];
  private readonly logLikelihoods = new Map<string, Float64Array>();

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
    const V = this.vocabulary.size;
    const intents = [...this.counts];
    for (const [intent] of intents) this.logPriors.push(Math.log(this.priors.get(intent)!));
    for (const f of this.vocabulary) {
      const row = new Float64Array(intents.length);
      intents.forEach(([intent, c], i) => (row[i] = Math.log(((c.get(f) ?? 0) + 0.1) / ((this.totals.get(intent) ?? 0) + 0.1 * V))));
      this.logLikelihoods.set(f, row);
    }
  }

  /** Posterior probabilities over the intents, from the known features only. */
  scores(features: Record<string, number>): Map<string, number> {
    const known = Object.keys(features).filter((f) => !f.includes('_') && this.vocabulary.has(f));
    const logs = new Map<string, number>();
    const rows = known.map((f) => this.logLikelihoods.get(f)!);
    let i = 0;
    for (const intent of this.counts.keys()) {
      let lp = this.logPriors[i];
      for (const row of rows) lp += row[i];
      logs.set(intent, lp);
      i += 1;
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
