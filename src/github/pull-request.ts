import type { Logger } from "../core/common/logger.js";
import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import type { PublishOperation, PullRequestResult } from "../core/publish/types.js";
import type { GitHubClient } from "./client.js";
import { attempt, httpFailure, toGitHubError } from "./github-error.js";

export interface PullRequestInput {
  /** The collection. */
  repo: RepoRef;
  /** Its base branch, or how to learn it (read only when creating or listing by branch needs it). */
  base: string | (() => Promise<string>);
  /** Where the branch lives: the collection's owner, or the fork's owner in fork mode. */
  head: { owner: string; branch: string };
  title: string;
  body: string;
  labels?: readonly string[];
  /** Applies on creation only (changing it later needs GraphQL). */
  draft?: boolean;
  /** A closed, unmerged PR for this head: reopen it (true) or open a new one (false, the default). */
  reopenClosed?: boolean;
  /** The PR number last recorded for this head (state document): saves a lookup. */
  knownNumber?: number;
  log?: Logger;
}

interface Pull {
  number: number;
  html_url: string;
  node_id: string;
  state: string;
  title: string;
  body: string | null;
  merged_at: string | null;
  created_at: string;
  updated_at: string;
  draft?: boolean;
  head: { ref: string; sha: string; repo: { owner: { login: string } } | null };
  base: { ref: string; repo: { default_branch?: string } | null };
  labels: ReadonlyArray<{ name?: string }>;
}

/**
 * Find-or-create-or-update of the one pull request for a head branch. Creating first and treating 422
 * "already exists" as "find it" is race-safe: two runs at once end with one PR, both updating it.
 */
export async function upsertPullRequest(client: GitHubClient, input: PullRequestInput): Promise<PullRequestResult> {
  const where = formatRepoRef(input.repo);
  const headLabel = `${input.head.owner}:${input.head.branch}`;
  const sameHead = (pr: Pull) =>
    pr.head.ref === input.head.branch && pr.head.repo?.owner.login.toLowerCase() === input.head.owner.toLowerCase();

  let existing: Pull | undefined;
  if (input.knownNumber !== undefined) {
    const known = input.knownNumber;
    const { data } = await attempt({ attempted: `read pull request #${known} of ${where}`, repository: where }, () =>
      client.rest.pulls.get({ ...input.repo, pull_number: known }),
    );
    if (sameHead(data)) existing = data;
  } else if (input.reopenClosed) {
    existing = (await listForHead(client, input, headLabel, "all"))[0];
  }

  if (existing?.state === "open") return update(client, input, existing, false);
  if (existing && input.reopenClosed && existing.merged_at === null) {
    const reopened = await reopen(client, input, existing);
    if (reopened) return reopened;
  }
  return create(client, input, headLabel, sameHead);
}

function baseOf(input: PullRequestInput): Promise<string> {
  return typeof input.base === "string" ? Promise.resolve(input.base) : input.base();
}

async function listForHead(
  client: GitHubClient,
  input: PullRequestInput,
  head: string,
  state: "open" | "all",
): Promise<Pull[]> {
  const where = formatRepoRef(input.repo);
  const base = await baseOf(input);
  const { data } = await attempt({ attempted: `list pull requests for ${head} on ${where}`, repository: where }, () =>
    client.rest.pulls.list({
      ...input.repo,
      head,
      base,
      state,
      sort: "updated",
      direction: "desc",
      per_page: 10,
    }),
  );
  return data;
}

async function create(
  client: GitHubClient,
  input: PullRequestInput,
  head: string,
  sameHead: (pr: Pull) => boolean,
): Promise<PullRequestResult> {
  const where = formatRepoRef(input.repo);
  const base = await baseOf(input);
  const context = { attempted: `create the pull request ${head} → ${base} on ${where}`, repository: where };
  try {
    const { data } = await client.rest.pulls.create({
      ...input.repo,
      head,
      base,
      title: input.title,
      body: input.body,
      draft: input.draft ?? false,
    });
    await addMissingLabels(client, input, data.number, []);
    return result(data, "created", false);
  } catch (error) {
    const failure = httpFailure(error);
    if (failure?.status !== 422 || !/already exists/i.test(failure.message)) throw toGitHubError(error, context);
    // Someone (an earlier run, or one running right now) opened it first: update theirs.
    const open = (await listForHead(client, input, head, "open")).find(sameHead);
    if (!open) throw toGitHubError(error, context);
    return update(client, input, open, false);
  }
}

async function update(
  client: GitHubClient,
  input: PullRequestInput,
  pr: Pull,
  reopened: boolean,
): Promise<PullRequestResult> {
  const where = formatRepoRef(input.repo);
  let current = pr;
  let changed = reopened;
  // The head was built on the base asked for now: a pull request left on another base would show that base's
  // difference too. The default branch's name comes with the pull request, at no call.
  const base = typeof input.base === "string" ? input.base : (pr.base.repo?.default_branch ?? pr.base.ref);
  const retarget = pr.base.ref !== base;
  if (pr.title !== input.title || (pr.body ?? "") !== input.body || retarget) {
    const { data } = await attempt(
      { attempted: `update pull request #${pr.number} of ${where}`, repository: where },
      () =>
        client.rest.pulls.update({
          ...input.repo,
          pull_number: pr.number,
          title: input.title,
          body: input.body,
          ...(retarget && { base }),
        }),
    );
    current = data;
    changed = true;
  }
  if (await addMissingLabels(client, input, pr.number, pr.labels)) changed = true;
  return result(current, changed ? "updated" : "none", reopened);
}

async function reopen(client: GitHubClient, input: PullRequestInput, pr: Pull): Promise<PullRequestResult | undefined> {
  const where = formatRepoRef(input.repo);
  try {
    const { data } = await client.rest.pulls.update({
      ...input.repo,
      pull_number: pr.number,
      state: "open",
      title: input.title,
      body: input.body,
    });
    const labelled = await addMissingLabels(client, input, pr.number, pr.labels);
    return result(data, labelled || data.state === "open" ? "updated" : "none", true);
  } catch (error) {
    // GitHub refuses to reopen a PR whose branch was deleted or rewritten while closed: open a new one.
    if (httpFailure(error)?.status !== 422)
      throw toGitHubError(error, { attempted: `reopen pull request #${pr.number} of ${where}`, repository: where });
    input.log?.warn(
      `Pull request #${pr.number} could not be reopened (${httpFailure(error)?.message ?? "422"}); opening a new one.`,
    );
    return undefined;
  }
}

/** Adds the wanted labels the PR lacks; true when it had to. Labels are issue labels: one call for all. */
async function addMissingLabels(
  client: GitHubClient,
  input: PullRequestInput,
  number: number,
  present: ReadonlyArray<{ name?: string }>,
): Promise<boolean> {
  const have = new Set(present.map((label) => label.name));
  const missing = (input.labels ?? []).filter((label) => !have.has(label));
  if (missing.length === 0) return false;
  const where = formatRepoRef(input.repo);
  await attempt({ attempted: `label pull request #${number} of ${where}`, repository: where }, () =>
    client.rest.issues.addLabels({ ...input.repo, issue_number: number, labels: missing }),
  );
  return true;
}

function result(pr: Pull, operation: PublishOperation, reopened: boolean): PullRequestResult {
  return {
    number: pr.number,
    url: pr.html_url,
    nodeId: pr.node_id,
    headSha: pr.head.sha,
    operation,
    reopened,
    updatedAt: pr.updated_at,
    createdAt: pr.created_at,
    draft: pr.draft ?? false,
  };
}
