import { validateTree } from "../../core/element/validate-tree.js";
import { collectionIds } from "../../core/sync/collection-ids.js";
import { planSync } from "../../core/sync/plan.js";
import type { StateDocument } from "../../core/state/state-document.js";
import { STATE_CODEC, stateKey } from "../../core/state/state-codec.js";
import { StateDocumentError } from "../../core/state/state-error.js";
import { encodeMarker } from "../../core/tracking/marker-trust.js";
import { PrefetchedStore } from "../../core/tracking/prefetched-store.js";
import { openSubmission, recordSubmission } from "../../core/tracking/record-submission.js";
import { sameElements } from "../../core/state/submission-elements.js";
import { updateWithRetry } from "../../core/tracking/update-with-retry.js";
import type { GitHubClient } from "../client.js";
import { blobShas, readBranchHead, readTree } from "../collection-read.js";
import { writeCommit } from "../commit-writer.js";
import { ensureFork } from "../fork.js";
import { attempt, GitHubError } from "../github-error.js";
import { pullRequestBody } from "../../core/publish/pr-body.js";
import { createPrivateSealer, parseEncryptionKey } from "../../core/publish/private-sealer.js";
import { isPrivate, placeElements } from "../../core/publish/place-elements.js";
import { buildChangeSet, type ChangeSet } from "../../core/publish/change-set.js";
import type { PublishEnvironment, PublishOperation, PublishOptions, PublishPlanResult, PublishResult } from "../../core/publish/types.js";
import { upsertPullRequest, type PullRequestResult } from "../pull-request.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import { GitHubStateStore } from "../state-store.js";

/**
 * Publish (ARCHITECTURE.md): validate; read the collection's base head and this source's state document at
 * once, then the base tree and the head branch (in fork mode the fork is made ready first); plan; settle
 * conflicts; one commit; the PR; the submission recorded as open. The order commit → PR → state, each step
 * idempotent and each skipped when it would change nothing, is what makes a re-run after a failure anywhere
 * converge to the state of a run that never failed: the tree is hashed locally (no second commit for the same
 * tree), the PR is found again through GitHub's 422 or the recorded number, and the state write is a
 * compare-and-swap that writes only what differs.
 *
 * API calls for N changed elements: base head, state, tree, head branch, ⌈N/100⌉ trees, commit, ref, PR (create,
 * or read and update), state write; a re-run with nothing new stops after the four reads. On a fresh collection
 * (no state branch) the head branch is not read and the state write is the branch's tree, commit and ref
 * (README, "Cost and failure").
 */
export async function publish(client: GitHubClient, options: PublishOptions, env: PublishEnvironment): Promise<PublishResult> {
  const validation = await validateTree(options.paths, { strict: options.strict, maxFileSize: options.maxFileSize, cwd: options.cwd });
  if (validation.diagnostics.some((d) => d.severity === "error")) return { kind: "refused", validation, problems: [] };

  const sourceName = formatRepoRef(options.source);
  const key = options.encryptionKey ? parseEncryptionKey(options.encryptionKey) : undefined;
  // scrypt is slow on purpose: derive only when there is something to seal.
  const sealer = key && validation.elements.some(isPrivate) ? await createPrivateSealer(key, sourceName) : undefined;
  const placement = await placeElements(validation.elements, options.pathTemplate, sealer);
  if (!placement.ok) return { kind: "refused", validation, problems: placement.problems };
  const local = placement.items;

  const collection = options.collection;
  const baseBranch = options.base ?? (await defaultBranch(client, collection));
  const store = new GitHubStateStore(client, { repo: collection, branch: options.stateBranch });
  const stateName = stateKey(options.source);
  // Independent reads go out together: each round trip costs the whole API latency.
  const [baseHead, stored] = await Promise.all([readBranchHead(client, collection, baseBranch), store.read(stateName)]);
  if (!baseHead) {
    throw new GitHubError("not-found", 404, `read the base branch ${baseBranch} of ${formatRepoRef(collection)}`, "", "Check the `base` input and that the collection has at least one commit.");
  }
  const document = stored ? parseState(stored.text, stateName, options.stateBranch) : undefined;
  // A dry run creates no fork; it only reads the collection. The fork is made ready before the next reads, so a
  // failed read never leaves its polling running behind.
  const headRepo = options.fork && !options.dryRun ? (await ensureFork(client, collection, { branch: baseBranch, upstreamHead: baseHead.commit, sleep: env.sleep, ...(env.log && { log: env.log }) })).repo : collection;
  // The head branch is read with the tree; a dry run writes no commit, so it needs none. In a collection with
  // no state branch yet, nothing was ever published: the head branch is taken as absent, which keeps a fresh
  // collection's first publish within budget. Should it exist after all (a first publish that failed before
  // recording), creating its ref answers "already exists" and the writer force-moves it. Not wider than that: a
  // source's first publish to a collection in use saves only a parallel read by skipping it, while the re-run
  // of a failed first publish (wrong permissions, Actions not allowed to create PRs) would pay the trees, the
  // commit and a force-push of an identical tree. Fork mode always reads: its branch lives in the fork.
  const presumedAbsent = !options.fork && store.lastReadFoundNoBranch;
  const readHead = options.dryRun || presumedAbsent ? Promise.resolve(undefined) : readBranchHead(client, headRepo, options.branch);
  const [tree, branchHead] = await Promise.all([readTree(client, collection, baseHead.tree), readHead]);

  const remote = blobShas(tree);
  const plan = planSync({
    local,
    remote,
    base: document?.base ?? {},
    deleteMissing: options.deleteMissing,
    ...withDefined("remoteIds", collectionIds(options.pathTemplate, remote.keys(), local)),
  });
  const readBlob = async (sha: string) => {
    const where = formatRepoRef(collection);
    const { data } = await attempt({ attempted: `read blob ${sha} of ${where}`, repository: where }, () => client.rest.git.getBlob({ ...collection, file_sha: sha }));
    return Buffer.from(data.content, "base64").toString("utf8");
  };
  const set = await buildChangeSet(plan, new Map(local.map((item) => [item.id, item])), options.conflictStrategy, readBlob, options);
  env.log?.info(`Plan for ${sourceName} → ${formatRepoRef(collection)}: ${countsText(plan.counts)}.`);

  const open = openSubmission(document);
  const planned = (operation: PublishOperation, pr: PullRequestResult | undefined): PublishPlanResult => ({
    kind: "planned",
    dryRun: options.dryRun,
    operation,
    ...(pr && {
      pullRequest: { number: pr.number, url: pr.url, nodeId: pr.nodeId, headSha: pr.headSha, branch: options.fork ? `${headRepo.owner}:${options.branch}` : options.branch },
      submission: `${formatRepoRef(collection)}#${pr.number}`,
    }),
    counts: plan.counts,
    rows: set.rows,
    blocking: set.blocking,
    recorded: false,
    validation,
  });
  // What the state already knows of the open PR, for a run that needs no PR call: its recorded updatedAt stays.
  const recorded: PullRequestResult | undefined = open && {
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
  if (options.dryRun || set.changes.length === 0) return planned("none", recorded);

  const written = await writeCommit(client, {
    repo: headRepo,
    branch: options.branch,
    base: baseHead,
    baseTree: tree,
    changes: set.changes,
    // Not read, or read as absent: creating the ref finds out, falling back to force-moving it.
    branchHead: branchHead ?? null,
    message: commitMessage(sourceName, options.source.commit, set),
    ...(env.log && { log: env.log }),
  });

  // Nothing new: the branch holds this tree and the state already records this exact proposal on it.
  const upToDate = written.operation === "none" && open !== undefined && open.head === written.commit && sameElements(open.elements, set.elements);
  const pr = upToDate && recorded ? recorded : await proposeChanges(client, options, env, { baseBranch, headOwner: headRepo.owner, set, open: open?.number, head: written });

  const record = updateWithRetry(
    new PrefetchedStore(store, stateName, stored),
    stateName,
    STATE_CODEC,
    recordSubmission({
      source: { owner: options.source.owner, repo: options.source.repo, id: options.source.id },
      number: pr.number,
      url: pr.url,
      nodeId: pr.nodeId,
      head: written.commit,
      elements: set.elements,
      status: pr.draft ? "draft" : "pending",
      updatedAt: pr.updatedAt,
      createdAt: pr.createdAt,
      ...(options.runId !== undefined && { runId: options.runId }),
    }),
    { message: `nexs-publish: ${sourceName} submission #${pr.number}` },
    env,
  );
  // A fork-mode token usually may not write the collection: the App records the submission from the signed marker.
  const recordedState = await record.then(
    () => true,
    (error: unknown) => {
      if (!options.fork || !(error instanceof GitHubError) || (error.kind !== "forbidden" && error.kind !== "not-found")) throw error;
      env.log?.warn(`The submission was not recorded in the collection's state (${error.githubMessage || error.kind}): the token may not write there; the nexs-publish App records it from the pull request.`);
      return false;
    },
  );
  const operation: PublishOperation = pr.operation === "created" ? "created" : written.operation !== "none" || pr.operation !== "none" ? "updated" : "none";
  return { ...planned(operation, { ...pr, headSha: written.commit }), recorded: recordedState };
}

interface Proposal {
  baseBranch: string;
  headOwner: string;
  set: ChangeSet;
  open: number | undefined;
  head: { commit: string };
}

function proposeChanges(client: GitHubClient, options: PublishOptions, env: PublishEnvironment, proposal: Proposal): Promise<PullRequestResult> {
  const sourceName = formatRepoRef(options.source);
  const marker = encodeMarker(
    { source: { name: sourceName, id: options.source.id }, commit: options.source.commit, elements: proposal.set.elements, issuedAt: env.now().toISOString() },
    options.signingKey,
  );
  // Past MARKER_LIST_BUDGET the marker carries the digest of the elements, whose list is the state's submission.
  const body = pullRequestBody({ source: sourceName, commit: options.source.commit, rows: proposal.set.rows, marker });
  return upsertPullRequest(client, {
    repo: options.collection,
    base: proposal.baseBranch,
    head: { owner: proposal.headOwner, branch: options.branch },
    title: options.title,
    body,
    labels: options.labels,
    draft: options.draft,
    reopenClosed: options.reopenClosed,
    ...(proposal.open !== undefined && { knownNumber: proposal.open }),
    ...(env.log && { log: env.log }),
  });
}

async function defaultBranch(client: GitHubClient, repo: RepoRef): Promise<string> {
  const where = formatRepoRef(repo);
  const { data } = await attempt({ attempted: `read ${where}`, repository: where }, () => client.rest.repos.get({ ...repo }));
  return data.default_branch;
}

function parseState(text: string, key: string, branch: string): StateDocument {
  try {
    return STATE_CODEC.parse(text);
  } catch (error) {
    if (!(error instanceof StateDocumentError)) throw error;
    throw new Error(`the state document ${key} on branch ${branch} of the collection is not valid (${error.message}); repair it or delete it to start afresh`);
  }
}

function commitMessage(source: string, commit: string, set: ChangeSet): string {
  const count = set.changes.length;
  return `nexs-publish: ${count} ${count === 1 ? "element" : "elements"} from ${source}@${commit.slice(0, 12)}`;
}

export function countsText(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${outcome}`);
  return parts.length > 0 ? parts.join(", ") : "no elements";
}

/** `{ [name]: value }` when the value is defined: optional properties stay absent rather than undefined. */
function withDefined<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  const out: { [P in K]?: V } = {};
  if (value !== undefined) out[name] = value;
  return out;
}
