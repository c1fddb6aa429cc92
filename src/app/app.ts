// The Probot application function: which webhooks the App handles. Every delivery is logged as `received` with
// its id, then handed to its handler inside the in-flight tracker (so a shutdown can wait for it).
import type { ApplicationFunction, Context } from "probot";
import type { AppConfig } from "./config.js";
import { handleCheckRerequest } from "./handle-check.js";
import { handlePullRequest, type PullRequestContext } from "./handle-pull-request.js";
import type { InFlight } from "./in-flight.js";
import { createTracker, type Tracker } from "./tracker.js";

/** The pull_request actions that can change a submission: its body, head, draft state or outcome. */
export const PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.reopened",
  "pull_request.edited",
  "pull_request.synchronize",
  "pull_request.ready_for_review",
  "pull_request.converted_to_draft",
  "pull_request.closed",
] as const;

/** "Re-run" on one of the App's check runs. */
export const CHECK_RUN_EVENTS = ["check_run.rerequested"] as const;

export type HandledEvent = (typeof PULL_REQUEST_EVENTS)[number] | (typeof CHECK_RUN_EVENTS)[number];

export interface ReceivedDelivery {
  /** X-GitHub-Delivery. */
  id: string;
  /** e.g. "pull_request.opened". */
  event: HandledEvent;
  /** Undefined when the payload names no installation (then context.octokit is unauthenticated). */
  installationId: number | undefined;
  repository: string;
}

export interface NexsAppOptions {
  /** Told of every delivery a handler receives, and awaited; tests record them (or hold a handler open). */
  onDelivery?: (delivery: ReceivedDelivery) => void | Promise<void>;
  /** Handlers run inside it, so a shutdown can wait for them. */
  inFlight?: InFlight;
  /** The per-collection state writers; tests share or inspect one. */
  tracker?: Tracker;
}

function isPullRequestContext(context: Context<HandledEvent>): context is PullRequestContext {
  return context.name === "pull_request";
}

function isCheckRunContext(context: Context<HandledEvent>): context is Context<"check_run.rerequested"> {
  return context.name === "check_run";
}

export function nexsApp(config: AppConfig, options: NexsAppOptions = {}): ApplicationFunction {
  return (app) => {
    app.log.info(
      {
        dryRun: config.dryRun,
        stateBranch: config.stateBranch,
        branchTemplate: config.branchTemplate,
        trust: trustMode(config),
      },
      "nexs-publish app loaded",
    );
    const tracker = options.tracker ?? createTracker({ stateBranch: config.stateBranch, dryRun: config.dryRun });
    const handle = async (event: HandledEvent, context: Context<HandledEvent>): Promise<void> => {
      const delivery: ReceivedDelivery = {
        id: context.id,
        event,
        installationId: context.payload.installation?.id,
        repository: context.payload.repository.full_name,
      };
      // context.log is Probot's child logger bound to the delivery id; `delivery` repeats it under a plain name.
      context.log.info({ delivery: delivery.id, event, repository: delivery.repository }, "received");
      await options.onDelivery?.(delivery);
      if (isPullRequestContext(context)) await handlePullRequest(context, config, tracker);
      else if (isCheckRunContext(context)) await handleCheckRerequest(context, config);
    };
    const run = (event: HandledEvent, context: Context<HandledEvent>): Promise<void> =>
      options.inFlight ? options.inFlight.track(() => handle(event, context)) : handle(event, context);

    app.on([...PULL_REQUEST_EVENTS], (context) => run(`pull_request.${context.payload.action}`, context));
    app.on([...CHECK_RUN_EVENTS], (context) => run(`check_run.${context.payload.action}`, context));
  };
}

/** How submission markers will be trusted, for the start-up log line (never the key itself). */
function trustMode(config: AppConfig): string {
  if (config.signingKey !== undefined) return "signature";
  if (config.publisher !== undefined) return `branch-and-author (${config.publisher})`;
  return "none (set NEXS_SIGNING_KEY or NEXS_PUBLISHER: no marker is trusted)";
}
