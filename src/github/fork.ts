import type { Logger } from "../core/common/logger.js";
import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import type { GitHubClient } from "./client.js";
import { type BranchHead, readBranchHead } from "./collection-read.js";
import { attempt, GitHubError, httpFailure, statusOf, toGitHubError } from "./github-error.js";

export interface EnsureForkOptions {
  /** The collection's base branch: it must be readable in the fork before anything is pushed there. */
  branch: string;
  /** The collection's current base head: when the fork's branch lags behind, it is synced (merge-upstream). */
  upstreamHead?: string;
  /** The fork's owner; read from the token (GET /user) when omitted. */
  owner?: string;
  sleep: (ms: number) => Promise<void>;
  /** Readiness polls while GitHub copies a new fork. Default 30. */
  attempts?: number;
  /** Wait between polls. Default 2000 ms. */
  intervalMs?: number;
  log?: Logger;
}

export interface ForkResult {
  /** Where to push; the PR head is `${repo.owner}:${branch}`. */
  repo: RepoRef;
  created: boolean;
  /** The fork's base branch was fast-forwarded to the collection's head. */
  synced: boolean;
  /** The fork's base branch head after the call. */
  head: BranchHead;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Fork mode: the token owner's fork of the collection, created when missing. GitHub answers 202 and copies
 * in the background, so the fork's base branch is polled (bounded, sleep injected) before it is used.
 */
export async function ensureFork(
  client: GitHubClient,
  upstream: RepoRef,
  options: EnsureForkOptions,
): Promise<ForkResult> {
  const upstreamName = formatRepoRef(upstream);
  const owner =
    options.owner ??
    (
      await attempt(
        { attempted: "find the token's user (fork mode needs a user token, not an App or GITHUB_TOKEN)" },
        () => client.rest.users.getAuthenticated(),
      )
    ).data.login;

  let fork: RepoRef = { owner, repo: upstream.repo };
  let created = false;
  const existing = await readRepo(client, fork);
  if (existing) {
    if (!existing.fork || !existing.parent || !same(existing.parent, upstreamName)) {
      throw new GitHubError(
        "validation",
        undefined,
        `use ${formatRepoRef(fork)} as the fork of ${upstreamName}`,
        "",
        `${formatRepoRef(fork)} exists and is not a fork of ${upstreamName}: rename or delete it, or publish without fork mode.`,
      );
    }
  } else {
    const { data } = await attempt({ attempted: `fork ${upstreamName}`, repository: upstreamName }, () =>
      client.rest.repos.createFork({ ...upstream, default_branch_only: true }),
    );
    fork = { owner: data.owner.login, repo: data.name };
    created = true;
    options.log?.info(`Forked ${upstreamName} to ${formatRepoRef(fork)}; waiting for GitHub to copy it.`);
  }

  const head = await waitForBranch(client, fork, options);
  if (!options.upstreamHead || head.commit === options.upstreamHead)
    return { repo: fork, created, synced: false, head };

  const where = formatRepoRef(fork);
  try {
    await client.rest.repos.mergeUpstream({ ...fork, branch: options.branch });
  } catch (error) {
    const failure = httpFailure(error);
    const hint =
      failure?.status === 409 || failure?.status === 422
        ? `The fork's ${options.branch} has commits the collection does not have: reset it to ${upstreamName}'s ${options.branch} or delete the fork.`
        : undefined;
    const converted = toGitHubError(error, { attempted: `sync ${where} with ${upstreamName}`, repository: where });
    throw hint
      ? new GitHubError(converted.kind, converted.status, converted.attempted, converted.githubMessage, hint)
      : converted;
  }
  const synced = (await readBranchHead(client, fork, options.branch)) ?? head;
  return { repo: fork, created, synced: true, head: synced };
}

async function readRepo(
  client: GitHubClient,
  repo: RepoRef,
): Promise<{ fork: boolean; parent: string | undefined } | undefined> {
  try {
    const { data } = await client.rest.repos.get({ ...repo });
    return { fork: data.fork, parent: data.parent?.full_name ?? data.source?.full_name };
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw toGitHubError(error, { attempted: `read ${formatRepoRef(repo)}` });
  }
}

async function waitForBranch(client: GitHubClient, fork: RepoRef, options: EnsureForkOptions): Promise<BranchHead> {
  const attempts = Math.max(1, options.attempts ?? 30);
  const interval = options.intervalMs ?? 2000;
  for (let poll = 1; ; poll++) {
    const head = await readBranchHead(client, fork, options.branch);
    if (head) return head;
    if (poll >= attempts) break;
    await options.sleep(interval);
  }
  throw new GitHubError(
    "not-found",
    404,
    `use the fork ${formatRepoRef(fork)}`,
    `branch ${options.branch} is not there yet`,
    `GitHub was still copying the fork after ${attempts} checks ${interval} ms apart: re-run in a few minutes.`,
  );
}
