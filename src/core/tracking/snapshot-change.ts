import type { SourceRef, StateDocument } from "../state/state-document.js";
import { emptyStateDocument } from "../state/state-empty.js";
import { type ApplyOptions, applySnapshot } from "./apply-snapshot.js";
import type { PullRequestSnapshot } from "./pull-request-snapshot.js";
import type { Change } from "./update-with-retry.js";

/**
 * A snapshot as a store change for updateWithRetry or the coalescing updater: starts the source's document
 * when it does not exist yet, and asks for no write when the snapshot changes nothing, nor when it is ambiguous
 * (a caller that must settle ambiguity uses trackChange, whose observer hears it).
 */
export function snapshotChange(
  source: SourceRef,
  pr: PullRequestSnapshot,
  options: ApplyOptions = {},
): Change<StateDocument> {
  return (current) => {
    const result = applySnapshot(current ?? emptyStateDocument(source), pr, options);
    return result.changed ? result.document : undefined;
  };
}
