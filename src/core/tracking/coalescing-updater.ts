import type { DocumentCodec } from "../common/document-codec.js";
import type { StateStore } from "./state-store.js";
import {
  type Change,
  type RetryEnvironment,
  type RetryPolicy,
  type UpdateResult,
  updateWithRetry,
} from "./update-with-retry.js";

export interface CoalescingOptions {
  policy?: RetryPolicy;
  /** Message for a write that carries `count` changes. */
  message: (count: number) => string;
  /**
   * How long the first change for a key waits for others before its write starts (default 0: the same tick).
   * A webhook burst arrives over tens of milliseconds, not in one tick; a short window makes it one write.
   */
  windowMs?: number;
}

export interface CoalescedResult<D> extends UpdateResult<D> {
  /** How many submitted changes went into the write that carried this one. */
  batchSize: number;
}

interface Pending<D> {
  change: Change<D>;
  error?: unknown;
  failed: boolean;
  resolve(result: CoalescedResult<D>): void;
  reject(error: unknown): void;
}

/**
 * Per-key write coalescing: changes submitted while a write for the key is in flight wait, then go together in
 * the next single compare-and-swap write (a burst of webhook events becomes one commit). Each caller's promise
 * settles when the write carrying its change is durable, or with the error that stopped it. A change that throws
 * fails alone; the rest of its batch is still written.
 */
export class CoalescingUpdater<D> {
  private readonly queues = new Map<string, Pending<D>[]>();

  constructor(
    private readonly store: StateStore,
    private readonly codec: DocumentCodec<D>,
    private readonly options: CoalescingOptions,
    private readonly env: RetryEnvironment,
  ) {}

  submit(key: string, change: Change<D>): Promise<CoalescedResult<D>> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(key);
      const pending: Pending<D> = { change, failed: false, resolve, reject };
      if (queue) {
        queue.push(pending);
      } else {
        this.queues.set(key, [pending]);
        void this.drain(key);
      }
    });
  }

  private async drain(key: string): Promise<void> {
    // Let changes submitted in the same tick (or window) join the first write.
    const windowMs = this.options.windowMs ?? 0;
    await (windowMs > 0 ? this.env.sleep(windowMs) : Promise.resolve());
    for (;;) {
      const queue = this.queues.get(key);
      const batch = queue?.splice(0) ?? [];
      if (batch.length === 0) {
        this.queues.delete(key);
        return;
      }
      await this.writeBatch(key, batch);
    }
  }

  private async writeBatch(key: string, batch: Pending<D>[]): Promise<void> {
    const combined: Change<D> = (current) => {
      let document = current;
      let touched = false;
      for (const item of batch) {
        try {
          const next = item.change(document);
          item.failed = false;
          if (next !== undefined) {
            document = next;
            touched = true;
          }
        } catch (error) {
          // Judged again on every attempt: only the attempt that is written counts.
          item.failed = true;
          item.error = error;
        }
      }
      return touched ? document : undefined;
    };
    try {
      const result = await updateWithRetry(
        this.store,
        key,
        this.codec,
        combined,
        { policy: this.options.policy, message: this.options.message(batch.length) },
        this.env,
      );
      for (const item of batch) {
        if (item.failed) item.reject(item.error);
        else item.resolve({ ...result, batchSize: batch.length });
      }
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }
}
