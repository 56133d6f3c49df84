/**
 * Streams an answer's text in fewer, larger `message.delta` events: the first token goes out at once (what the user
 * waits for), the next ones are joined until `maxChars` are pending or `maxWaitMs` passed since the oldest of them.
 * A model streams a token (a word or less) at a time; one event per token multiplies the events every subscriber,
 * the relay and the resume buffer handle, for no visible gain. The time window is what paces the text on screen; the
 * size cap only bounds one event when tokens come faster than that (the offline model streams a whole answer at
 * once): 256 characters is a few lines, one event instead of four for a typical answer (each event costs a buffer
 * entry, a serialisation and a socket write per subscriber).
 */
export class DeltaBatcher {
  private pending = '';
  private oldestAt = 0;
  private sentFirst = false;
  private timer?: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly publish: (delta: string) => Promise<unknown>,
    private readonly maxChars = 256,
    private readonly maxWaitMs = 50,
    private readonly now: () => number = Date.now,
  ) {}

  async push(delta: string): Promise<void> {
    if (!delta) return;
    if (!this.sentFirst) {
      this.sentFirst = true;
      await this.send(delta);
      return;
    }
    if (!this.pending) {
      this.oldestAt = this.now();
      this.timer = setTimeout(() => void this.flush(), this.maxWaitMs);
      this.timer.unref?.();
    }
    this.pending += delta;
    if (this.pending.length >= this.maxChars || this.now() - this.oldestAt >= this.maxWaitMs) await this.flush();
  }

  /** Sends what is pending (before a tool's events, an error, the completed message). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending) {
      const text = this.pending;
      this.pending = '';
      await this.send(text);
    }
    await this.flushing;
  }

  private send(text: string): Promise<void> {
    // Sends stay in order even when the timer and a push flush at the same time.
    this.flushing = this.flushing.then(() => this.publish(text).then(() => undefined));
    return this.flushing;
  }
}
