import type { DocumentCodec } from "../common/document-codec.js";
import type { StateStore } from "./state-store.js";

/**
 * A change to a document. Receives the current document (undefined when the key does not exist yet) and returns
 * the new one, or undefined for "nothing to write". It may run several times (once per attempt), so it must be
 * a pure function of its input and must not mutate it.
 */
export type Change<D> = (current: D | undefined) => D | undefined;

export interface RetryPolicy {
  maxAttempts: number;
  /** First back-off ceiling; doubles per attempt up to maxDelayMs. The actual wait is uniform in [0, ceiling). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 50, maxDelayMs: 2_000 };

/** Time and randomness come from the caller so the core stays pure and tests stay deterministic. */
export interface RetryEnvironment {
  sleep(ms: number): Promise<void>;
  /** Uniform in [0, 1). */
  random(): number;
}

export interface UpdateOptions {
  policy?: RetryPolicy;
  /** Commit message (or equivalent) for the write. */
  message: string;
}

export interface UpdateResult<D> {
  document: D | undefined;
  /** The stored version after the update (unchanged when nothing was written). */
  version: string | undefined;
  written: boolean;
  attempts: number;
}

export class UpdateConflictError extends Error {
  override readonly name = "UpdateConflictError";
  constructor(
    readonly key: string,
    readonly attempts: number,
  ) {
    super(
      `could not update "${key}": another writer changed it before each of ${attempts} attempts. ` +
        "Nothing was lost; run again, or raise the attempt limit if many writers update this document at once.",
    );
  }
}

/** Full jitter: a uniform wait below an exponentially growing ceiling spreads colliding writers apart. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Read, parse, change, serialize, compare-and-swap; on a conflict, re-read and re-apply the change. Writes only
 * when the serialized text differs from what was read.
 */
export async function updateWithRetry<D>(
  store: StateStore,
  key: string,
  codec: DocumentCodec<D>,
  change: Change<D>,
  options: UpdateOptions,
  env: RetryEnvironment,
): Promise<UpdateResult<D>> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  for (let attempt = 1; attempt <= policy.maxAttempts; attempt++) {
    const stored = await store.read(key);
    const current = stored === undefined ? undefined : codec.parse(stored.text);
    const next = change(current);
    const text = next === undefined ? undefined : codec.serialize(next);
    if (text === undefined || text === stored?.text) {
      return { document: current, version: stored?.version, written: false, attempts: attempt };
    }
    const outcome = await store.write(key, text, stored?.version ?? null, options.message);
    if (outcome.ok) return { document: next, version: outcome.version, written: true, attempts: attempt };
    if (attempt < policy.maxAttempts) await env.sleep(backoffDelay(attempt, policy, env.random));
  }
  throw new UpdateConflictError(key, policy.maxAttempts);
}
