import { countOf } from "../../core/common/plural.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import type { PullDecision } from "../../core/pull/plan-pull.js";
import { pulledBase } from "../../core/pull/pulled-base.js";
import { STATE_CODEC } from "../../core/state/state-codec.js";
import { PrefetchedStore } from "../../core/tracking/prefetched-store.js";
import type { StateStore } from "../../core/tracking/state-store.js";
import { type RetryEnvironment, updateWithRetry } from "../../core/tracking/update-with-retry.js";
import type { PullSnapshot } from "./read-pull-collection.js";

/**
 * Pull's record step: the new base of what it brought in, one compare-and-swap write of the state document that
 * starts from the document already read. True when the document was written.
 */
export async function recordPulledBase(
  store: StateStore,
  snapshot: Pick<PullSnapshot, "stateKey" | "stored" | "baseHead">,
  source: RepoRef,
  pulled: readonly PullDecision[],
  env: RetryEnvironment,
): Promise<boolean> {
  if (pulled.length === 0) return false;
  const result = await updateWithRetry(
    new PrefetchedStore(store, snapshot.stateKey, snapshot.stored),
    snapshot.stateKey,
    STATE_CODEC,
    pulledBase(pulled, snapshot.baseHead.commit),
    {
      message: `nexs-publish: ${formatRepoRef(source)} pulled ${countOf(pulled.length, "element")} from the collection`,
    },
    env,
  );
  return result.written;
}
