// The nexs-publish check run from the App: on a pull request whose files may have changed, and when someone asks
// for a re-run. When the check run could not be written, or GitHub failed in a way that passes (a server error, a
// rate limit, no answer), the delivery fails (delivery-failure.ts): the pull request has no check run, and a failed
// delivery is what shows it where it can be redelivered. GitHub refusing to show the pull request's files (it or
// its repository is gone, or not visible to the App) is one error line instead: redelivering cannot change that,
// and it is not a pull request the App can put a check run on. Tracking runs beside the check and ends first.
import type { Context } from "probot";
import { readCheckRunRerequest } from "../core/check/rerequest.js";
import type { Logger } from "../core/common/logger.js";
import { DEFAULT_MAX_FILE_SIZE } from "../core/element/source.js";
import type { PullRequestView } from "../core/tracking/read-pull-request.js";
import { rerunElementCheck } from "../github/check/rerun-check.js";
import { runElementCheck } from "../github/check/run-check.js";
import { CheckRunNotWritten } from "../github/check/write-check-run.js";
import type { GitHubClient } from "../github/client.js";
import { GitHubError } from "../github/github-error.js";
import type { AppConfig } from "./config.js";
import { contextLogger } from "./context-log.js";
import { deliveryFailure } from "./delivery-failure.js";

function settings(config: AppConfig) {
  return {
    pathTemplate: config.pathTemplate,
    stateBranch: config.stateBranch,
    strict: config.strict,
    allowInstallHooks: config.allowInstallHooks,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    dryRun: config.dryRun,
  };
}

export async function checkPullRequest(
  client: GitHubClient,
  collection: { owner: string; repo: string },
  pr: PullRequestView,
  config: AppConfig,
  log: Logger,
): Promise<void> {
  try {
    const result = await runElementCheck(
      client,
      { collection, pullNumber: pr.number, headSha: pr.head, baseRef: pr.baseRef, ...settings(config) },
      { log },
    );
    log.info(`check run on #${pr.number}: ${result.conclusion} (${result.annotations} annotations)`);
  } catch (error) {
    if (failsDelivery(error)) throw error;
    log.error(`check run on #${pr.number} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Whether a failed check must fail its delivery (see the top of this file); an unexpected error does too. */
function failsDelivery(error: unknown): boolean {
  if (error instanceof CheckRunNotWritten || !(error instanceof GitHubError)) return true;
  return error.kind === "server" || error.kind === "rate-limited" || error.kind === "network";
}

export async function handleCheckRerequest(
  context: Context<"check_run.rerequested">,
  config: AppConfig,
): Promise<void> {
  const log = contextLogger(context);
  const reading = readCheckRunRerequest(context.payload);
  if (!reading.ok) {
    log.info(`check_run.rerequested ignored: ${reading.reason}`);
    return;
  }
  try {
    await rerunElementCheck(context.octokit, { ...settings(config), request: reading.request }, { log });
  } catch (error) {
    if (failsDelivery(error)) throw deliveryFailure([{ what: "re-run of the check", cause: error }]);
    log.error(`re-run of the check failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
