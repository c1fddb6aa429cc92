import type { SubmissionStatus } from "../state/status.js";

/** What tracking needs from a pull request, as the GitHub layer read it (webhook payload or REST). */
export interface PullRequestSnapshot {
  number: number;
  state: "open" | "closed";
  draft: boolean;
  merged: boolean;
  /** The PR's `updated_at`: the ordering key between snapshots. */
  updatedAt: string;
  createdAt: string;
  url: string;
  nodeId: string;
  /** Head commit SHA. */
  head: string;
}

/** Status comes from the PR itself, never from the event name (docs/architecture.md, Status). */
export function statusOf(pr: Pick<PullRequestSnapshot, "state" | "draft" | "merged">): SubmissionStatus {
  if (pr.state === "closed") return pr.merged ? "merged" : "rejected";
  return pr.draft ? "draft" : "pending";
}
