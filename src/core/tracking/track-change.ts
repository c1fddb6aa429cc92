import type { SourceRef, StateDocument, SubmissionElement } from "../state/state-document.js";
import { emptyStateDocument } from "../state/state-empty.js";
import type { SubmissionStatus } from "../state/status.js";
import { applySnapshot } from "./apply-snapshot.js";
import { withMergedBase } from "./merged-base.js";
import type { PullRequestSnapshot } from "./pull-request-snapshot.js";
import type { Change } from "./update-with-retry.js";

export interface TrackInput {
  source: SourceRef;
  pr: PullRequestSnapshot;
  /** The submission's elements, when known (a trusted marker's list): records a PR the state does not know. */
  elements?: readonly SubmissionElement[];
  delivery: string;
  /** After a merge: path → blob at the merge commit, for the submission's paths. */
  merge?: { commit: string; blobs: ReadonlyMap<string, string> };
}

/** What a tracking change did to the stored record, for the log and the `transitions` counts. */
export interface TrackEffect {
  from: SubmissionStatus | null;
  to: SubmissionStatus;
  statusChanged: boolean;
  baseUpdated: boolean;
}

/**
 * One pull-request event as a state change: the snapshot applied with the core status rule, and after a merge
 * the merged blobs recorded as the new base, in the same write. Pure (the retry helper may run it several
 * times); `observe` hears what each attempt did, so after the write it holds what the written one did.
 */
export function trackChange(
  input: TrackInput,
  observe?: (effect: TrackEffect | undefined) => void,
): Change<StateDocument> {
  return (current) => {
    const document = current ?? emptyStateDocument(input.source);
    const applied = applySnapshot(document, input.pr, {
      ...(input.elements && { elements: input.elements }),
      delivery: input.delivery,
    });
    if (!applied.changed) {
      observe?.(undefined);
      return undefined;
    }
    const submission = applied.document.submissions[String(input.pr.number)];
    const merged =
      input.merge && applied.statusChanged && applied.to === "merged" && submission
        ? withMergedBase(applied.document, submission.elements, input.merge.blobs, input.merge.commit)
        : applied.document;
    observe?.({
      from: applied.from,
      to: applied.to,
      statusChanged: applied.statusChanged,
      baseUpdated: merged !== applied.document,
    });
    return merged;
  };
}
