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
  /** `pr` was just read from GitHub to settle an ambiguous snapshot (ApplyOptions.authoritative). */
  authoritative?: boolean;
}

/** What a tracking change did to the stored record, for the log and the `transitions` counts. */
export interface TrackEffect {
  from: SubmissionStatus | null;
  to: SubmissionStatus;
  statusChanged: boolean;
  baseUpdated: boolean;
}

/**
 * What one attempt of a tracking change found: it changed the record, left it (older, the same, or not a
 * submission the state can record), or could not order the snapshot against it (same instant, another status
 * or head), which only a fresh read of the PR settles.
 */
export type TrackObservation = { kind: "changed"; effect: TrackEffect } | { kind: "unchanged" } | { kind: "ambiguous" };

/**
 * One pull-request event as a state change: the snapshot applied with the core status rule, and after a merge
 * the merged blobs recorded as the new base, in the same write. Pure (the retry helper may run it several
 * times); `observe` hears what each attempt did, so after the write it holds what the written one did. An
 * ambiguous snapshot writes nothing: the adapter re-reads the PR and tracks that as authoritative.
 */
export function trackChange(input: TrackInput, observe?: (seen: TrackObservation) => void): Change<StateDocument> {
  return (current) => {
    const document = current ?? emptyStateDocument(input.source);
    const applied = applySnapshot(document, input.pr, {
      ...(input.elements && { elements: input.elements }),
      delivery: input.delivery,
      ...(input.authoritative && { authoritative: true }),
    });
    if (!applied.changed) {
      observe?.(applied.reason === "ambiguous" ? { kind: "ambiguous" } : { kind: "unchanged" });
      return undefined;
    }
    const submission = applied.document.submissions[String(input.pr.number)];
    const merged =
      input.merge && applied.statusChanged && applied.to === "merged" && submission
        ? withMergedBase(applied.document, submission.elements, input.merge.blobs, input.merge.commit)
        : applied.document;
    observe?.({
      kind: "changed",
      effect: {
        from: applied.from,
        to: applied.to,
        statusChanged: applied.statusChanged,
        baseUpdated: merged !== applied.document,
      },
    });
    return merged;
  };
}
