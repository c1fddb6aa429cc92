import type { Logger } from "../../core/common/logger.js";
import { STATE_CODEC } from "../../core/state/state-codec.js";
import type { StateDocument } from "../../core/state/state-document.js";
import { CoalescingUpdater } from "../../core/tracking/coalescing-updater.js";
import type { StateStore } from "../../core/tracking/state-store.js";
import type { Change, RetryEnvironment } from "../../core/tracking/update-with-retry.js";

/** Where tracking reads and writes state documents: one coalescing compare-and-swap writer per collection. */
export interface StateWriter {
  read(key: string): Promise<StateDocument | undefined>;
  /** `log` is the caller's (its lines carry the caller's delivery id). */
  apply(
    key: string,
    change: Change<StateDocument>,
    read: StateDocument | undefined,
    log: Logger,
  ): Promise<{ dryRun: boolean }>;
}

export interface StateWriterOptions {
  /** Log the write a change would make and make none. */
  dryRun: boolean;
  /** How long a burst for one source gathers before its one write (CoalescingUpdater's window). */
  windowMs: number;
}

/**
 * Changes for the same source that arrive together become one write (a webhook burst is one commit on the state
 * branch); each caller's promise settles when the write carrying its change is durable. In a dry run the change
 * is computed on the document just read and only said.
 */
export function createStateWriter(store: StateStore, options: StateWriterOptions, env: RetryEnvironment): StateWriter {
  const updater = new CoalescingUpdater(
    store,
    STATE_CODEC,
    {
      message: (count) => `nexs-publish: track ${count} pull-request ${count === 1 ? "event" : "events"}`,
      windowMs: options.windowMs,
    },
    env,
  );
  // Reads of one key that overlap share one request: a burst for a source is then one read, and its changes
  // reach the updater together instead of one per read's round trip.
  const reading = new Map<string, Promise<StateDocument | undefined>>();
  return {
    read(key) {
      const shared = reading.get(key);
      if (shared) return shared;
      const started = store
        .read(key)
        .then((stored) => (stored ? STATE_CODEC.parse(stored.text) : undefined))
        .finally(() => reading.delete(key));
      reading.set(key, started);
      return started;
    },
    async apply(key, change, read, log) {
      if (options.dryRun) {
        const next = change(read);
        log.info(next === undefined ? `dry run: ${key} would not change` : `dry run: would write ${key}`);
        return { dryRun: true };
      }
      await updater.submit(key, change);
      return { dryRun: false };
    },
  };
}
