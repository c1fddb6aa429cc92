/**
 * The state-store port: documents as text, addressed by key, written only by compare-and-swap.
 * Implementations: in memory (tests), a local file (CLI), a branch of the collection (src/github).
 */
export interface StoredText {
  text: string;
  /** Opaque version the next write must name (a git blob SHA on GitHub, a counter elsewhere). */
  version: string;
}

export type WriteOutcome =
  | { ok: true; version: string }
  /** Someone else wrote first (or the document appeared / vanished): re-read and re-apply. */
  | { ok: false; reason: "conflict" };

export interface StateStore {
  read(key: string): Promise<StoredText | undefined>;
  /** `expected: null` means "create; fail with conflict if it exists". */
  write(key: string, text: string, expected: string | null, message: string): Promise<WriteOutcome>;
}
