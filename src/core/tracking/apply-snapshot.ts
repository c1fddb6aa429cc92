import { HISTORY_LIMIT, type StateDocument, type Submission, type SubmissionElement } from "../state/state-document.js";
import { computeStats } from "../state/stats.js";
import type { SubmissionStatus } from "../state/status.js";
import { sameElements } from "../state/submission-elements.js";
import { type PullRequestSnapshot, statusOf } from "./pull-request-snapshot.js";
import { orderSnapshot } from "./snapshot-order.js";

export interface ApplyOptions {
  /** The submission's elements (from a trusted marker or the publish run); needed to record an unknown PR. */
  elements?: readonly SubmissionElement[];
  /** Webhook delivery id or run id, kept on the record and in history. */
  delivery?: string;
  /**
   * The snapshot is GitHub's current state, read just now (not a payload that may have been overtaken): at the
   * same instant it replaces a record that differs instead of being `ambiguous`, except that a merged record
   * stays merged. A snapshot older than the record is still skipped.
   */
  authoritative?: boolean;
}

export type ApplyResult =
  | {
      changed: true;
      document: StateDocument;
      from: SubmissionStatus | null;
      to: SubmissionStatus;
      statusChanged: boolean;
    }
  | { changed: false; document: StateDocument; reason: "older" | "same" | "unknown-submission" | "ambiguous" };

/**
 * Applies a PR snapshot to a state document without mutating it. `changed` is true only when the stored record
 * differs afterwards, so redelivered and out-of-order events write nothing. A newer snapshot with the same
 * status still changes the record (its `updatedAt`): without that, an older event arriving later could not be
 * recognised as older and permutations would not converge. History gets an entry only when the status moves.
 * A snapshot at the record's instant with another status or head is `ambiguous` (snapshot-order.ts): nothing
 * changes, and the caller settles it with a fresh read of the PR applied as `authoritative`.
 */
export function applySnapshot(
  document: StateDocument,
  pr: PullRequestSnapshot,
  options: ApplyOptions = {},
): ApplyResult {
  const key = String(pr.number);
  const current = document.submissions[key];
  const status = statusOf(pr);
  if (!current && !options.elements) return { changed: false, document, reason: "unknown-submission" };
  if (current) {
    const order = orderSnapshot({ updatedAt: pr.updatedAt, status, head: pr.head }, current);
    if (order === "older") return { changed: false, document, reason: "older" };
    if (order === "ambiguous" && !options.authoritative) return { changed: false, document, reason: "ambiguous" };
    if (order === "same" && (!options.elements || sameElements(options.elements, current.elements))) {
      return { changed: false, document, reason: "same" };
    }
  }
  const next: Submission = {
    number: pr.number,
    status,
    elements: (options.elements ?? current?.elements ?? []).map((e) => ({ id: e.id, path: e.path, blob: e.blob })),
    url: pr.url,
    nodeId: pr.nodeId,
    head: pr.head,
    createdAt: pr.createdAt,
    updatedAt: pr.updatedAt,
    ...((options.delivery ?? current?.lastDelivery) !== undefined && {
      lastDelivery: options.delivery ?? current?.lastDelivery,
    }),
  };
  const from = current?.status ?? null;
  const statusChanged = from !== status;
  const submissions = { ...document.submissions, [key]: next };
  const history = statusChanged
    ? [
        ...document.history,
        {
          at: pr.updatedAt,
          number: pr.number,
          from,
          to: status,
          ...(options.delivery !== undefined && { delivery: options.delivery }),
        },
      ].slice(-HISTORY_LIMIT)
    : document.history;
  return {
    changed: true,
    document: { ...document, submissions, stats: computeStats(submissions), history },
    from,
    to: status,
    statusChanged,
  };
}
