import type { StateStore, StoredText, WriteOutcome } from "./state-store.js";

/**
 * Reads through to a store and keeps every write in memory, with the same compare-and-swap rule: a dry run
 * that must see its own writes (the CLI's `pull --dry-run` plans against the base its reconcile would record)
 * while the store itself is never written.
 */
export class OverlayStore implements StateStore {
  private readonly written = new Map<string, StoredText>();
  private counter = 0;

  constructor(private readonly store: StateStore) {}

  async read(key: string): Promise<StoredText | undefined> {
    const kept = this.written.get(key);
    return kept ? { ...kept } : this.store.read(key);
  }

  async write(key: string, text: string, expected: string | null, _message: string): Promise<WriteOutcome> {
    const current = await this.read(key);
    if ((current?.version ?? null) !== expected) return { ok: false, reason: "conflict" };
    const version = `overlay-${++this.counter}`;
    this.written.set(key, { text, version });
    return { ok: true, version };
  }
}
