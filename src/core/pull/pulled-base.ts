import type { StateDocument } from "../state/state-document.js";
import type { Change } from "../tracking/update-with-retry.js";
import type { PullDecision } from "./plan-pull.js";

/**
 * The base after a pull: each element taken or merged gets what the collection holds (R, at `commit`) as its
 * new base, so the next plan compares with what this source now has. Only while the base still says what the
 * pull compared with: a merge recorded meanwhile wins, and that element is simply pulled again next time.
 * Pure, for updateWithRetry; undefined (no write) when nothing moves.
 */
export function pulledBase(pulled: readonly PullDecision[], commit: string): Change<StateDocument> {
  return (current) => {
    if (!current) return undefined;
    const base = { ...current.base };
    let moved = 0;
    for (const decision of pulled) {
      const recorded = base[decision.id];
      if (decision.remote === undefined || recorded?.path !== decision.path || recorded.blob !== decision.base)
        continue;
      if (recorded.blob === decision.remote) continue;
      base[decision.id] = { path: decision.path, blob: decision.remote, commit };
      moved++;
    }
    return moved > 0 ? { ...current, base } : undefined;
  };
}
