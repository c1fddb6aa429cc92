import type { StateStore, StoredText, WriteOutcome } from "./state-store.js";

/** The state-store port in memory, for tests and embedding: versions are a per-key counter. */
export class MemoryStateStore implements StateStore {
  private readonly documents = new Map<string, StoredText>();
  private counter = 0;

  async read(key: string): Promise<StoredText | undefined> {
    const stored = this.documents.get(key);
    return stored && { ...stored };
  }

  async write(key: string, text: string, expected: string | null, _message: string): Promise<WriteOutcome> {
    const current = this.documents.get(key);
    if ((current?.version ?? null) !== expected) return { ok: false, reason: "conflict" };
    const version = String(++this.counter);
    this.documents.set(key, { text, version });
    return { ok: true, version };
  }
}
