// `check_run.rerequested`: the check is run again for the re-requested run's commit and pull request, as a new
// check run (GitHub's advice for re-requests). The pull request comes from the payload, else from the run's
// external id (a fork's pull request arrives without `pull_requests`), else from the commit.
import type { CheckRunRerequest } from "../../core/check/rerequest.js";
import { type Logger, SILENT_LOGGER } from "../../core/common/logger.js";
import { isPlainObject } from "../../core/common/plain-object.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import { readPullRequest } from "../../core/tracking/read-pull-request.js";
import type { GitHubClient } from "../client.js";
import { attempt } from "../github-error.js";
import { fetchPullRequest } from "../read-pull-request.js";
import { type ElementCheckInput, type ElementCheckResult, runElementCheck } from "./run-check.js";

export type RerunCheckInput = Omit<ElementCheckInput, "collection" | "pullNumber" | "headSha" | "baseRef"> & {
  request: CheckRunRerequest;
};

/** The new check run's result; undefined when no open pull request of that commit was found (logged). */
export async function rerunElementCheck(
  client: GitHubClient,
  input: RerunCheckInput,
  env: { log?: Logger } = {},
): Promise<ElementCheckResult | undefined> {
  const log = env.log ?? SILENT_LOGGER;
  const { request, ...settings } = input;
  const { collection, headSha } = request;
  const where = formatRepoRef(collection);
  const number =
    request.pullNumbers[0] ?? request.externalPullNumber ?? (await openPullOfCommit(client, collection, headSha));
  if (number === undefined) {
    log.info(`re-requested check on ${headSha} of ${where}: no open pull request has this commit; nothing to check`);
    return undefined;
  }
  const pull = await fetchPullRequest(client, collection, number);
  if (!pull) throw new Error(`GitHub returned pull request ${where}#${number} without the fields a check needs`);
  if (pull.state !== "open") {
    log.info(`re-requested check on ${headSha} of ${where}: #${number} is closed; nothing to check`);
    return undefined;
  }
  log.info(`re-running the check of ${where}#${number} on ${headSha}`);
  return runElementCheck(
    client,
    { ...settings, collection, pullNumber: number, headSha, baseRef: pull.baseRef },
    { log },
  );
}

/** The open pull request of this repository whose head is the commit (or, failing that, that contains it). */
async function openPullOfCommit(
  client: GitHubClient,
  collection: RepoRef,
  headSha: string,
): Promise<number | undefined> {
  const where = formatRepoRef(collection);
  const { data } = await attempt(
    { attempted: `list the pull requests of commit ${headSha} of ${where}`, repository: where },
    () => client.rest.repos.listPullRequestsAssociatedWithCommit({ ...collection, commit_sha: headSha, per_page: 100 }),
  );
  const open = (Array.isArray(data) ? data : []).flatMap((raw: unknown) => {
    const pull = readPullRequest(raw);
    const base = isPlainObject(raw) && isPlainObject(raw.base) ? raw.base.repo : undefined;
    const baseName = isPlainObject(base) ? base.full_name : undefined;
    const ours = typeof baseName === "string" && baseName.toLowerCase() === where.toLowerCase();
    return pull && ours && pull.state === "open" ? [pull] : [];
  });
  return (open.find((pull) => pull.head === headSha) ?? open[0])?.number;
}
