import { blobShas } from "../../core/git/tree-hash.js";
import { formatRepoRef } from "../../core/names/repo-ref.js";
import { commitMessage } from "../../core/publish/commit-message.js";
import { countsText } from "../../core/publish/counts-text.js";
import { type PublishPlan, planPublish } from "../../core/publish/plan-publish.js";
import { prepareElements } from "../../core/publish/prepare-elements.js";
import { publishOperation, recordedPullRequest } from "../../core/publish/recorded-pull-request.js";
import type {
  PublishEnvironment,
  PublishOperation,
  PublishOptions,
  PublishPlanResult,
  PublishResult,
  PullRequestResult,
} from "../../core/publish/types.js";
import { sameElements } from "../../core/state/submission-elements.js";
import { openSubmission } from "../../core/tracking/record-submission.js";
import type { GitHubClient } from "../client.js";
import { writeCommit } from "../commit-writer.js";
import { proposeChanges } from "./propose.js";
import { blobReader, type CollectionSnapshot, readCollection } from "./read-collection.js";
import { recordProposal } from "./record.js";

/**
 * Publish (docs/architecture.md, "Publish"): prepare (validate, seal, place), read, plan, write one commit,
 * propose the PR, record the submission as open. The order commit → PR → state, each step idempotent and each
 * skipped when it would change nothing, is what makes a re-run after a failure anywhere converge to the state
 * of a run that never failed: the tree is hashed locally (no second commit for the same tree), the PR is found
 * again through GitHub's 422 or the recorded number, and the state write is a compare-and-swap that writes only
 * what differs.
 *
 * API calls for N changed elements: base head, state, tree, head branch, ⌈N/100⌉ trees, commit, ref, PR (create,
 * or read and update), state write; a re-run with nothing new stops after the four reads. With no `base`, the
 * base head is read as HEAD, and the default branch's name only when a PR is created (or in fork mode). On a fresh collection
 * (no state branch) the head branch is not read and the state write is the branch's tree, commit and ref
 * (README, "Cost and failure").
 */
export async function publish(
  client: GitHubClient,
  options: PublishOptions,
  env: PublishEnvironment,
): Promise<PublishResult> {
  const prepared = await prepareElements(options);
  if (prepared.kind === "refused") return prepared;

  const snapshot = await readCollection(client, options, env);
  const planned = await planPublish(
    {
      local: prepared.local,
      remote: blobShas(snapshot.tree),
      base: snapshot.document?.base ?? {},
      readBlob: blobReader(client, options.collection),
    },
    options,
  );
  env.log?.info(
    `Plan for ${formatRepoRef(options.source)} → ${formatRepoRef(options.collection)}: ${countsText(planned.plan.counts)}.`,
  );

  const open = openSubmission(snapshot.document);
  const recorded = open && recordedPullRequest(open);
  const result = (operation: PublishOperation, pr: PullRequestResult | undefined, recordedState: boolean) =>
    planResult(options, snapshot, planned, prepared.validation, { operation, pr, recorded: recordedState });
  if (options.dryRun || planned.set.changes.length === 0) return result("none", recorded, false);

  const written = await writeCommit(client, {
    repo: snapshot.headRepo,
    branch: options.branch,
    base: snapshot.baseHead,
    baseTree: snapshot.tree,
    changes: planned.set.changes,
    // Not read, or read as absent: creating the ref finds out, falling back to force-moving it.
    branchHead: snapshot.branchHead ?? null,
    message: commitMessage(formatRepoRef(options.source), options.source.commit, planned.set.changes.length),
    ...(env.log && { log: env.log }),
  });

  // Nothing new: the branch holds this tree and the state already records this exact proposal on it.
  const upToDate =
    written.operation === "none" && open?.head === written.commit && sameElements(open.elements, planned.set.elements);
  const pr =
    upToDate && recorded
      ? recorded
      : await proposeChanges(client, options, env, {
          baseName: snapshot.baseName,
          headOwner: snapshot.headRepo.owner,
          set: planned.set,
          open: open?.number,
        });
  const recordedState = await recordProposal(snapshot, options, env, {
    pr,
    head: written.commit,
    elements: planned.set.elements,
  });
  return result(publishOperation(written.operation, pr.operation), { ...pr, headSha: written.commit }, recordedState);
}

function planResult(
  options: PublishOptions,
  snapshot: CollectionSnapshot,
  planned: PublishPlan,
  validation: PublishPlanResult["validation"],
  outcome: { operation: PublishOperation; pr: PullRequestResult | undefined; recorded: boolean },
): PublishPlanResult {
  const { pr } = outcome;
  const branch = options.fork ? `${snapshot.headRepo.owner}:${options.branch}` : options.branch;
  return {
    kind: "planned",
    dryRun: options.dryRun,
    operation: outcome.operation,
    ...(pr && {
      pullRequest: { number: pr.number, url: pr.url, nodeId: pr.nodeId, headSha: pr.headSha, branch },
      submission: `${formatRepoRef(options.collection)}#${pr.number}`,
    }),
    counts: planned.plan.counts,
    rows: planned.set.rows,
    blocking: planned.set.blocking,
    recorded: outcome.recorded,
    validation,
  };
}
