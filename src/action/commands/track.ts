// `command: track`, run in the collection for teams that cannot host the App: on a pull_request event it handles
// that PR exactly as the App handles the webhook; on schedule or workflow_dispatch it reconciles every open
// submission and every PR updated within `since`, since GitHub does not redeliver failed webhooks.

import { setTimeout as sleep } from "node:timers/promises";
import * as core from "@actions/core";
import { context } from "@actions/github";
import { CHECKED_ACTIONS } from "../../core/check/checked-actions.js";
import type { Env } from "../../core/common/env.js";
import type { Logger } from "../../core/common/logger.js";
import type { SubmissionStatus } from "../../core/state/status.js";
import { readPullRequest } from "../../core/tracking/read-pull-request.js";
import { runElementCheck } from "../../github/check/run-check.js";
import { createGitHubClient } from "../../github/client.js";
import { GitHubStateStore } from "../../github/state-store.js";
import { reconcile } from "../../github/track/reconcile.js";
import { createStateWriter } from "../../github/track/state-writer.js";
import { type TrackContext, trackPullRequest } from "../../github/track/track-pull-request.js";
import { INPUTS } from "../input-spec.js";
import { InputError, maskSecrets } from "../inputs.js";
import { safeText } from "../log.js";
import { PULL_REQUEST_EVENTS, readTrackInputs } from "../track-inputs.js";

const log: Logger = {
  debug: (message) => core.debug(safeText(message)),
  info: (message) => core.info(safeText(message)),
  warn: (message) => core.warning(safeText(message)),
  error: (message) => core.error(safeText(message)),
};
const octokitLog: Logger = { ...log, error: (message) => core.debug(safeText(message)) };

export async function run(env: Env): Promise<void> {
  maskSecrets(Object.values(INPUTS));
  const inputs = readTrackInputs(env);
  const { collection, event } = inputs;
  const apiUrl = env["GITHUB_API_URL"] || undefined;
  const client = createGitHubClient({
    token: inputs.token,
    ...(apiUrl !== undefined && { baseUrl: apiUrl }),
    log: octokitLog,
  });
  const store = new GitHubStateStore(client, { repo: collection, branch: inputs.stateBranch });
  const retry = { sleep: (ms: number) => sleep(ms), random: Math.random };
  const trackContext: TrackContext = {
    client,
    collection,
    policy: {
      ...(inputs.signingKey !== undefined && { signingKey: inputs.signingKey }),
      ...(inputs.publisher !== undefined && { publisher: inputs.publisher }),
      branchTemplate: inputs.branchTemplate,
      collection: `${collection.owner}/${collection.repo}`,
    },
    writer: createStateWriter(store, { dryRun: inputs.check.dryRun, windowMs: 0 }, retry),
    log,
  };
  const runId = `run ${env["GITHUB_RUN_ID"] ?? "local"}/${env["GITHUB_RUN_ATTEMPT"] ?? "1"}`;

  const transitions: Record<SubmissionStatus, number> = { pending: 0, draft: 0, merged: 0, rejected: 0 };
  let checked = 0;
  if (PULL_REQUEST_EVENTS.has(event)) {
    const pr = readPullRequest(context.payload.pull_request);
    if (!pr) throw new InputError(`the ${event} event's payload has no readable pull_request`);
    const action = typeof context.payload.action === "string" ? context.payload.action : "";
    const check = CHECKED_ACTIONS.has(action)
      ? runElementCheck(
          client,
          {
            collection,
            pullNumber: pr.number,
            headSha: pr.head,
            baseRef: pr.baseRef,
            ...inputs.check,
          },
          { log },
        )
      : undefined;
    const outcome = await trackPullRequest(trackContext, pr, runId);
    if (outcome.kind === "tracked" && outcome.effect?.statusChanged) transitions[outcome.effect.to]++;
    const result = await check;
    if (result)
      core.info(`Check run nexs-publish on #${pr.number}: ${result.conclusion} (${result.annotations} annotations).`);
    checked = 1;
  } else {
    const since = new Date(Date.now() - inputs.sinceMs);
    const result = await reconcile({ ...trackContext, store }, { since, runId });
    Object.assign(transitions, result.transitions);
    checked = result.checked;
    if (result.failed > 0)
      core.setFailed(`${result.failed} of ${result.checked} pull requests could not be tracked: see the log`);
  }
  core.setOutput("transitions", JSON.stringify(transitions));
  core.setOutput("checked", String(checked));
  core.info(`Tracked ${checked} pull ${checked === 1 ? "request" : "requests"}: ${JSON.stringify(transitions)}.`);
}
