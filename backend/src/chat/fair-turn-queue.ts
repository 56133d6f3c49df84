import { AppError, ErrorCode } from '../common/errors/app-error';

/**
 * The slots for assistant turns in this process (MAX_CONCURRENT_TURNS), shared fairly between businesses: turns wait
 * in one queue per business and a freed slot goes to the next business in turn (round robin), so one user flooding
 * the chat makes their own business wait, not every other shop. Each business may have at most `perTenant` turns
 * in flight; past that a new message is refused (RATE_LIMITED with retryAfterSeconds) before anything is stored.
 */
export class FairTurnQueue {
  private active = 0;
  private readonly queues = new Map<string, (() => void)[]>();
  /** Businesses with waiting turns, in the order they will be served. */
  private readonly rotation: string[] = [];

  constructor(
    private readonly slots: number,
    private readonly perTenant: number,
  ) {}

  /**
   * Refuses a new turn of this business when too many are already waiting (call before storing the message).
   * `inFlight`: its turns accepted and not finished, wherever they wait (a conversation runs one turn at a time, so
   * some wait behind their conversation's previous turn rather than for a slot).
   */
  admit(tenantId: string, inFlight = this.queues.get(tenantId)?.length ?? 0): void {
    if (inFlight >= this.perTenant) {
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many messages are waiting for an answer in this business: try again in a moment', {
        retryAfterSeconds: 5,
      });
    }
  }

  async acquire(tenantId: string): Promise<void> {
    if (this.active < this.slots && !this.rotation.length) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => {
      let queue = this.queues.get(tenantId);
      if (!queue) {
        this.queues.set(tenantId, (queue = []));
        this.rotation.push(tenantId);
      }
      queue.push(resolve);
    });
  }

  release(): void {
    const tenantId = this.rotation.shift();
    if (!tenantId) {
      this.active--;
      return;
    }
    const queue = this.queues.get(tenantId)!;
    const next = queue.shift()!;
    if (queue.length) this.rotation.push(tenantId);
    else this.queues.delete(tenantId);
    next(); // the slot passes straight to the next business's turn
  }

  get load() {
    return { active: this.active, waiting: [...this.queues.values()].reduce((n, q) => n + q.length, 0), businesses: this.rotation.length };
  }
}
