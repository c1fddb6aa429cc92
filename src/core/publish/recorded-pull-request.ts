import type { Submission } from "../state/state-document.js";
import type { PublishOperation, PullRequestResult } from "./types.js";

/** What the state already knows of the open PR, for a run that needs no PR call: its recorded updatedAt stays. */
export function recordedPullRequest(open: Submission): PullRequestResult {
  return {
    number: open.number,
    url: open.url,
    nodeId: open.nodeId,
    headSha: open.head,
    operation: "none",
    reopened: false,
    updatedAt: open.updatedAt,
    createdAt: open.createdAt,
    draft: open.status === "draft",
  };
}

/** A publish's operation from its commit's and its PR's: created when the PR is new, none when neither changed. */
export function publishOperation(commit: PublishOperation, pullRequest: PublishOperation): PublishOperation {
  if (pullRequest === "created") return "created";
  return commit !== "none" || pullRequest !== "none" ? "updated" : "none";
}
