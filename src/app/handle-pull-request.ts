// pull_request webhooks → tracking and the check run. Thin: the payload read into the core's
// view, the installation's client and this collection's state writer handed to the shared GitHub layer.
import type { Context } from "probot";
import { CHECKED_ACTIONS } from "../core/check/checked-actions.js";
import { readPullRequest } from "../core/tracking/read-pull-request.js";
import type { TrustPolicy } from "../core/tracking/trust-submission.js";
import { type TrackOutcome, trackPullRequest } from "../github/track/track-pull-request.js";
import type { AppConfig } from "./config.js";
import { contextLogger } from "./context-log.js";
import { deliveryFailure, failuresOf } from "./delivery-failure.js";
import { checkPullRequest } from "./handle-check.js";
import type { Tracker } from "./tracker.js";

export type PullRequestContext = Context<
  | "pull_request.opened"
  | "pull_request.reopened"
  | "pull_request.edited"
  | "pull_request.synchronize"
  | "pull_request.ready_for_review"
  | "pull_request.converted_to_draft"
  | "pull_request.closed"
>;

export function trustPolicy(config: AppConfig, collection: string): TrustPolicy {
  return {
    ...(config.signingKey !== undefined && { signingKey: config.signingKey }),
    ...(config.publisher !== undefined && { publisher: config.publisher }),
    branchTemplate: config.branchTemplate,
    collection,
  };
}

export async function handlePullRequest(
  context: PullRequestContext,
  config: AppConfig,
  tracker: Tracker,
): Promise<TrackOutcome> {
  const log = contextLogger(context);
  const pr = readPullRequest(context.payload.pull_request);
  if (!pr) {
    log.warn("the pull_request payload lacks a field tracking needs; ignored");
    return { kind: "ignored", reason: "unreadable-payload" };
  }
  const repository = context.payload.repository;
  const collection = { owner: repository.owner.login, repo: repository.name };
  // The check runs beside tracking: neither waits for the other, and a failed check never hides a status move.
  // Either failing fails the delivery once both have ended (see delivery-failure.ts).
  const check = CHECKED_ACTIONS.has(context.payload.action)
    ? checkPullRequest(context.octokit, collection, pr, config, log)
    : Promise.resolve();
  const tracking = trackPullRequest(
    {
      client: context.octokit,
      collection,
      policy: trustPolicy(config, repository.full_name),
      writer: tracker.writerFor(context.payload.installation?.id, collection, context.octokit),
      log,
    },
    pr,
    context.id,
  );
  const [tracked, checked] = await Promise.allSettled([tracking, check]);
  if (tracked.status === "fulfilled" && checked.status === "fulfilled") return tracked.value;
  throw deliveryFailure(
    failuresOf([
      { what: `tracking #${pr.number}`, result: tracked },
      { what: `check run on #${pr.number}`, result: checked },
    ]),
  );
}
