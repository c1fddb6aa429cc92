/**
 * Counts webhook handlers still running. Probot answers 202 to a delivery that takes longer than 9 s and keeps
 * its handler running, so closing the HTTP server is not enough for a graceful stop: the process also waits here.
 */
export class InFlight {
  #running = 0;
  #waiters: Array<() => void> = [];

  get count(): number {
    return this.#running;
  }

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.#running++;
    try {
      return await work();
    } finally {
      this.#running--;
      if (this.#running === 0) for (const wake of this.#waiters.splice(0)) wake();
    }
  }

  /** Resolves true once nothing runs, or false when `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.#running === 0) return Promise.resolve(true);
    return new Promise((done) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== wake);
        done(false);
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        done(true);
      };
      this.#waiters.push(wake);
    });
  }
}
