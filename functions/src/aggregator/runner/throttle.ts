import type { Clock } from './clock.js';

/**
 * Keeps at least `minDelayMs` between two requests to one portal, including requests of
 * different searches that share the throttle: waiting callers go one after the other.
 */
export class Throttle {
  private last: number | undefined;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: Clock,
    readonly minDelayMs: number,
  ) {}

  /** Resolves when the caller may send its request. */
  acquire(): Promise<void> {
    const turn = this.queue.then(async () => {
      if (this.last !== undefined) {
        const wait = this.last + this.minDelayMs - this.clock.now();
        if (wait > 0) await this.clock.sleep(wait);
      }
      this.last = this.clock.now();
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }
}
