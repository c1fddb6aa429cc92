import { formatRepoRef } from "../../core/names/repo-ref.js";
import type { PublishEnvironment, PublishOptions, PullRequestResult } from "../../core/publish/types.js";
import { STATE_CODEC } from "../../core/state/state-codec.js";
import type { SubmissionElement } from "../../core/state/state-document.js";
import { PrefetchedStore } from "../../core/tracking/prefetched-store.js";
import { recordSubmission } from "../../core/tracking/record-submission.js";
import { updateWithRetry } from "../../core/tracking/update-with-retry.js";
import { GitHubError } from "../github-error.js";
import type { CollectionSnapshot } from "./read-collection.js";

/**
 * The publish's record step: the submission as open in the source's state document, a compare-and-swap that
 * starts from the document already read and writes nothing when the record says the same. True when recorded;
 * false when a fork-mode token may not write the collection (the App then records it from the signed marker).
 */
export async function recordProposal(
  snapshot: Pick<CollectionSnapshot, "store" | "stateKey" | "stored">,
  options: PublishOptions,
  env: PublishEnvironment,
  proposal: { pr: PullRequestResult; head: string; elements: readonly SubmissionElement[] },
): Promise<boolean> {
  const { pr } = proposal;
  const record = updateWithRetry(
    new PrefetchedStore(snapshot.store, snapshot.stateKey, snapshot.stored),
    snapshot.stateKey,
    STATE_CODEC,
    recordSubmission({
      source: { owner: options.source.owner, repo: options.source.repo, id: options.source.id },
      number: pr.number,
      url: pr.url,
      nodeId: pr.nodeId,
      head: proposal.head,
      elements: proposal.elements,
      status: pr.draft ? "draft" : "pending",
      updatedAt: pr.updatedAt,
      createdAt: pr.createdAt,
      ...(options.runId !== undefined && { runId: options.runId }),
    }),
    { message: `nexs-publish: ${formatRepoRef(options.source)} submission #${pr.number}` },
    env,
  );
  return record.then(
    () => true,
    (error: unknown) => {
      const denied = error instanceof GitHubError && (error.kind === "forbidden" || error.kind === "not-found");
      if (!options.fork || !denied) throw error;
      env.log?.warn(
        `The submission was not recorded in the collection's state (${error.githubMessage || error.kind}): the ` +
          "token may not write there; the nexs-publish App records it from the pull request.",
      );
      return false;
    },
  );
}
