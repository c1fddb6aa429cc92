import { formatRepoRef, type RepoRef } from "../core/names/repo-ref.js";
import { type PullRequestView, readPullRequest } from "../core/tracking/read-pull-request.js";
import type { GitHubClient } from "./client.js";
import { attempt } from "./github-error.js";

/**
 * One `pulls.get`: the pull request as GitHub holds it now, read into tracking's view. A refusal is a
 * GitHubError; undefined when GitHub's answer lacks a field the view needs (the caller decides what that means).
 */
export async function fetchPullRequest(
  client: GitHubClient,
  collection: RepoRef,
  number: number,
): Promise<PullRequestView | undefined> {
  const where = formatRepoRef(collection);
  const { data } = await attempt({ attempted: `read pull request ${where}#${number}`, repository: where }, () =>
    client.rest.pulls.get({ ...collection, pull_number: number }),
  );
  return readPullRequest(data);
}
