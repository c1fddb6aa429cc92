// The nexs-publish check run from the App: on a pull request whose files may have changed, and when someone asks
// for a re-run. A failure to check is logged once with the delivery id and does not fail the delivery: tracking
// is what must not be lost, and a check can be re-run from the pull request's Checks tab.
import type { Context } from "probot";
import { readCheckRunRerequest } from "../core/check/rerequest.js";
import type { Logger } from "../core/common/logger.js";
import { DEFAULT_MAX_FILE_SIZE } from "../core/element/source.js";
import type { PullRequestView } from "../core/tracking/read-pull-request.js";
import { rerunElementCheck } from "../github/check/rerun-check.js";
import { runElementCheck } from "../github/check/run-check.js";
import type { GitHubClient } from "../github/client.js";
import type { AppConfig } from "./config.js";
import { contextLogger } from "./context-log.js";

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
    log.error(`check run on #${pr.number} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
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
    log.error(`re-run of the check failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
