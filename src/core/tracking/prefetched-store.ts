import type { StateStore, StoredText, WriteOutcome } from "./state-store.js";

/**
 * Serves one read already made (publish reads the document alongside the collection's tree), so the retry
 * helper's first attempt costs no second call; every later read goes to the store.
 */
export class PrefetchedStore implements StateStore {
  private prefetched: { key: string; value: StoredText | undefined } | undefined;

  constructor(
    private readonly store: StateStore,
    key: string,
    value: StoredText | undefined,
  ) {
    this.prefetched = { key, value };
  }

  read(key: string): Promise<StoredText | undefined> {
    const hit = this.prefetched;
    this.prefetched = undefined;
    return hit && hit.key === key ? Promise.resolve(hit.value) : this.store.read(key);
  }

  write(key: string, text: string, expected: string | null, message: string): Promise<WriteOutcome> {
    this.prefetched = undefined;
    return this.store.write(key, text, expected, message);
  }
}
