// The check run on GitHub in the fewest requests: one create, already completed, carrying the first 50
// annotations, then one update per further 50 (GitHub appends the annotations of each update). A dry run
// logs what it would write and writes nothing.
import { annotationBatches, type CheckAnnotation } from "../../core/check/annotations.js";
import type { CheckConclusion } from "../../core/check/check-conclusion.js";
import { CHECK_NAME, checkExternalId } from "../../core/check/check-identity.js";
import type { CheckOutput } from "../../core/check/check-summary.js";
import type { Logger } from "../../core/common/logger.js";
import { isPlainObject } from "../../core/common/plain-object.js";
import { formatRepoRef, type RepoRef } from "../../core/names/repo-ref.js";
import type { GitHubClient } from "../client.js";
import { GitHubError, toGitHubError } from "../github-error.js";

export interface CheckRunWrite {
  collection: RepoRef;
  headSha: string;
  pullNumber: number;
  conclusion: CheckConclusion;
  output: CheckOutput;
  annotations: readonly CheckAnnotation[];
  dryRun: boolean;
}

export interface WrittenCheckRun {
  /** Undefined on a dry run. */
  id: number | undefined;
  /** Requests to the checks API: made, or that a dry run would make. */
  requests: number;
}

const CHECKS_PERMISSION =
  'Creating check runs needs a GitHub App installation token with "checks: write" (an Action\'s GITHUB_TOKEN ' +
  "needs `permissions: checks: write`); personal access tokens cannot create check runs.";

export async function writeCheckRun(client: GitHubClient, write: CheckRunWrite, log: Logger): Promise<WrittenCheckRun> {
  const { collection, headSha, output } = write;
  const [first = [], ...rest] = annotationBatches(write.annotations);
  const requests = 1 + rest.length;
  const where = formatRepoRef(collection);
  if (write.dryRun) {
    log.info(
      `dry run: would create check run ${CHECK_NAME} on ${headSha} of ${where} ` +
        `(${write.conclusion}: ${output.title}) ` +
        `with ${write.annotations.length} annotations in ${requests} checks requests`,
    );
    return { id: undefined, requests };
  }
  const created = await checksCall(`create the check run ${CHECK_NAME} on ${headSha} of ${where}`, () =>
    client.rest.checks.create({
      ...collection,
      name: CHECK_NAME,
      head_sha: headSha,
      external_id: checkExternalId(write.pullNumber),
      status: "completed",
      conclusion: write.conclusion,
      output: { title: output.title, summary: output.summary, annotations: [...first] },
    }),
  );
  const id = isPlainObject(created.data) ? created.data.id : undefined;
  if (typeof id !== "number" || !Number.isSafeInteger(id))
    throw new Error(`GitHub created the check run on ${headSha} of ${where} without an id`);
  for (const batch of rest) {
    await checksCall(`add annotations to check run ${id} of ${where}`, () =>
      client.rest.checks.update({
        ...collection,
        check_run_id: id,
        output: { title: output.title, summary: output.summary, annotations: [...batch] },
      }),
    );
  }
  log.info(`check run ${CHECK_NAME} ${id} on ${headSha}: ${write.conclusion}, ${write.annotations.length} annotations`);
  return { id, requests };
}

/**
 * GitHub refused to create or update the check run: the pull request is left without one (or without some of its
 * annotations). A caller tells this from a failure to read what was to be checked.
 */
export class CheckRunNotWritten extends GitHubError {}

/** A checks call whose refusal says which permission is missing rather than the generic hint. */
async function checksCall<T>(attempted: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const failure = toGitHubError(error, { attempted });
    const permission = failure.kind === "forbidden" || failure.kind === "not-found";
    const hint = permission ? CHECKS_PERMISSION : failure.hint;
    throw new CheckRunNotWritten(failure.kind, failure.status, attempted, failure.githubMessage, hint);
  }
}
